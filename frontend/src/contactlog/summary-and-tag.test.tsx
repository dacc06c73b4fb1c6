import React from 'react';
import { screen } from '@testing-library/react';
import { Failure, page, renderWithApi, stubApi } from '../test/api-stub';
import BoundariesBannerTag from './banner-tag.component';
import BoundariesSummaryCard from './summary-card.component';

const recent = new Date(Date.now() - 24 * 3600 * 1000).toISOString().replace('Z', '+0000');
const concern = {
  uuid: 'c1',
  occurredAt: recent,
  direction: 'INBOUND',
  channel: 'SOCIAL_MEDIA',
  summary: 'Friend request on Facebook',
  category: 'BOUNDARY_CONCERN',
  concernKind: 'SOCIAL_MEDIA_CONTACT',
  severity: 'LOW',
  actions: [],
  voided: false,
};
const routine = { ...concern, uuid: 'c2', category: 'ROUTINE', summary: 'Asked about results', channel: 'CLINIC_PHONE' };
const undeclaredGift = {
  uuid: 'g1',
  description: 'Watch',
  estimatedValue: 250,
  currency: 'GBP',
  offeredOn: '2026-01-10',
  requiresDeclaration: true,
  voided: false,
};

describe('The Boundaries summary card', () => {
  it('shows a skeleton while loading', () => {
    stubApi({ contact: 'pending', gift: 'pending' });
    renderWithApi(<BoundariesSummaryCard patientUuid="p1" />);
    expect(screen.getByRole('progressbar')).toBeInTheDocument();
  });

  it('counts open concerns and gifts to declare and lists the latest contacts', async () => {
    stubApi({ contact: page([concern, routine]), gift: page([undeclaredGift, { ...undeclaredGift, uuid: 'g2', declaredOn: '2026-01-11' }]) });
    renderWithApi(<BoundariesSummaryCard patientUuid="p1" />);
    expect(await screen.findByText('Open concerns: 1')).toBeInTheDocument();
    expect(await screen.findByText('Gifts to declare: 1')).toBeInTheDocument();
    expect(screen.getByText('Friend request on Facebook')).toBeInTheDocument();
    expect(screen.getByText('Asked about results')).toBeInTheDocument();
    expect(screen.getByText(/Watch \(250 GBP/)).toBeInTheDocument();
  });

  it('says so when nothing is logged', async () => {
    stubApi({ contact: page([]), gift: page([]) });
    renderWithApi(<BoundariesSummaryCard patientUuid="p1" />);
    expect(await screen.findByText('No contacts recorded.')).toBeInTheDocument();
    expect(screen.getByText('Open concerns: 0')).toBeInTheDocument();
  });

  it('shows an error when the log cannot be read', async () => {
    stubApi({ contact: new Failure(500, 'Something went wrong on the server.'), gift: page([]) });
    renderWithApi(<BoundariesSummaryCard patientUuid="p1" />);
    expect(await screen.findByText('Something went wrong on the server.')).toBeInTheDocument();
  });

  it('says the user is not allowed on a 403', async () => {
    stubApi({ contact: new Failure(403), gift: new Failure(403) });
    renderWithApi(<BoundariesSummaryCard patientUuid="p1" />);
    expect(await screen.findByText('You are not allowed to do this.')).toBeInTheDocument();
  });
});

describe('The tag under the patient banner', () => {
  it('shows an active boundary concern and a messaging restriction', async () => {
    stubApi({ contact: page([concern]), restriction: page([{ uuid: 'r1' }]) });
    renderWithApi(<BoundariesBannerTag patientUuid="p1" />);
    expect(await screen.findByText('Boundary concern')).toBeInTheDocument();
    expect(await screen.findByText('Messaging restricted')).toBeInTheDocument();
  });

  it('shows nothing for an old or voided concern and no restriction', async () => {
    const old = { ...concern, occurredAt: '2020-01-01T09:00:00.000+0000' };
    const requests = stubApi({ contact: page([old, { ...concern, uuid: 'c3', voided: true }, routine]), restriction: page([]) });
    const { container } = renderWithApi(<BoundariesBannerTag patientUuid="p1" />);
    await vi.waitFor(() => expect(requests.some((r) => r.path.startsWith('restriction'))).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(container).toBeEmptyDOMElement();
  });

  it('shows nothing to someone who may not read the log (403)', async () => {
    stubApi({ contact: new Failure(403), restriction: new Failure(403) });
    const { container } = renderWithApi(<BoundariesBannerTag patientUuid="p1" />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(container).toBeEmptyDOMElement();
  });

  it('shows nothing while loading', () => {
    stubApi({ contact: 'pending', restriction: 'pending' });
    const { container } = renderWithApi(<BoundariesBannerTag patientUuid="p1" />);
    expect(container).toBeEmptyDOMElement();
  });
});
