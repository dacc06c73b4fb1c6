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

/** The API's filtered, counted answers the card and the tag ask for. */
const concernsPath = 'contact?patient=p1&startIndex=0&limit=1&category=BOUNDARY_CONCERN';
const toDeclarePath = 'gift?patient=p1&startIndex=0&limit=3&awaitingDeclaration=true&totalCount=true';
const counted = <T,>(results: Array<T>, totalCount: number) => ({ ...page(results, totalCount > results.length), totalCount });

describe('The Boundaries summary card', () => {
  it('shows a skeleton while loading', () => {
    stubApi({ contact: 'pending', gift: 'pending' });
    renderWithApi(<BoundariesSummaryCard patientUuid="p1" />);
    expect(screen.getByRole('progressbar')).toBeInTheDocument();
  });

  it('shows the counts the API gives over the whole log and lists the latest contacts', async () => {
    stubApi({
      contact: page([concern, routine]),
      [concernsPath]: counted([concern], 73),
      [toDeclarePath]: counted([undeclaredGift], 1),
    });
    renderWithApi(<BoundariesSummaryCard patientUuid="p1" />);
    expect(await screen.findByText('Open concerns: 73')).toBeInTheDocument();
    expect(screen.getByText('Gifts to declare: 1')).toBeInTheDocument();
    expect(screen.getByText('Friend request on Facebook')).toBeInTheDocument();
    expect(screen.getByText('Asked about results')).toBeInTheDocument();
    expect(screen.getByText(/Watch \(250 GBP/)).toBeInTheDocument();
  });

  it('asks for the latest contacts, the recent concerns and the gifts awaiting declaration, counted by the API', async () => {
    const requests = stubApi({ contact: page([]), [concernsPath]: counted([], 0), gift: counted([], 0) });
    renderWithApi(<BoundariesSummaryCard patientUuid="p1" />);
    await screen.findByText('No contacts recorded.');
    const paths = requests.map((r) => r.path);
    expect(paths).toContain('contact?patient=p1&startIndex=0&limit=3');
    expect(paths).toContain(toDeclarePath);
    const since = new Date();
    since.setMonth(since.getMonth() - 12);
    expect(paths).toContain(`${concernsPath}&fromDate=${since.toISOString().slice(0, 10)}&totalCount=true`);
  });

  it('lists the first gifts awaiting declaration and says how many more there are', async () => {
    const gifts = [1, 2, 3].map((n) => ({ ...undeclaredGift, uuid: `g${n}`, description: `Watch ${n}` }));
    stubApi({ contact: page([routine]), [concernsPath]: counted([], 0), [toDeclarePath]: counted(gifts, 62) });
    renderWithApi(<BoundariesSummaryCard patientUuid="p1" />);
    expect(await screen.findByText('Gifts to declare: 62')).toBeInTheDocument();
    expect(screen.getByText(/Watch 3 \(250 GBP/)).toBeInTheDocument();
    expect(screen.getByText('… and 59 more')).toBeInTheDocument();
  });

  it('says so when nothing is logged', async () => {
    stubApi({ contact: page([]), [concernsPath]: counted([], 0), gift: counted([], 0) });
    renderWithApi(<BoundariesSummaryCard patientUuid="p1" />);
    expect(await screen.findByText('No contacts recorded.')).toBeInTheDocument();
    expect(screen.getByText('Open concerns: 0')).toBeInTheDocument();
    expect(screen.getByText('Gifts to declare: 0')).toBeInTheDocument();
  });

  it('shows an error when the log cannot be read', async () => {
    stubApi({ contact: new Failure(500, 'Something went wrong on the server.'), gift: counted([], 0) });
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
  it('shows a recent boundary concern, as the API counts them, and a messaging restriction', async () => {
    stubApi({ [concernsPath]: counted([concern], 120), restriction: page([{ uuid: 'r1' }]) });
    renderWithApi(<BoundariesBannerTag patientUuid="p1" />);
    expect(await screen.findByText('Boundary concern')).toBeInTheDocument();
    expect(await screen.findByText('Messaging restricted')).toBeInTheDocument();
  });

  it('shows nothing when the API counts no recent concern and there is no restriction', async () => {
    const requests = stubApi({ [concernsPath]: counted([], 0), restriction: page([]) });
    const { container } = renderWithApi(<BoundariesBannerTag patientUuid="p1" />);
    await vi.waitFor(() => expect(requests.some((r) => r.path.startsWith('restriction'))).toBe(true));
    await vi.waitFor(() => expect(requests.some((r) => r.path.startsWith(concernsPath))).toBe(true));
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
