import React from 'react';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Failure, page, renderWithApi, session, stubApi } from './test/api-stub';
import Root from './root.component';

const draft = {
  saved: false,
  version: 2,
  channelRules: [{ channel: 'PORTAL', stance: 'WELCOME', note: null }],
  replyTimeValue: 2,
  replyTimeUnit: 'WORKING_DAYS',
  workingDays: ['MONDAY'],
  workingHoursStart: '09:00',
  workingHoursEnd: '17:00',
  personalNote: 'Hello',
};

describe('The Boundaries page', () => {
  it('edits and publishes the clinician’s boundaries', async () => {
    const requests = stubApi({
      'profile/draft': draft,
      'PUT profile/draft': { ...draft, saved: true },
      'POST profile/publish': { version: 3 },
    });
    renderWithApi(<Root />);
    expect(await screen.findByText('No draft yet: starting from published version 2.')).toBeInTheDocument();
    const user = userEvent.setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Social media' }), 'NOT_ACCEPTED');
    await user.click(screen.getByRole('button', { name: 'Publish' }));
    expect(await screen.findByText('Version 3 published.')).toBeInTheDocument();
    const put = requests.find((r) => r.method === 'PUT');
    expect(put.path).toBe('profile/draft?provider=provider-1');
    expect(put.headers['X-CSRF-Token']).toBe('token-1');
    expect(put.body.channelRules).toEqual([
      { channel: 'PORTAL', stance: 'WELCOME', note: null },
      { channel: 'SOCIAL_MEDIA', stance: 'NOT_ACCEPTED', note: null },
    ]);
    expect(put.body).toMatchObject({ replyTimeValue: 2, replyTimeUnit: 'WORKING_DAYS', personalNote: 'Hello', giftPolicy: null });
  });

  it('shows the API’s field errors of a draft', async () => {
    stubApi({
      'profile/draft': draft,
      'PUT profile/draft': new Failure(400, 'The request is not valid.', {
        workingHoursEnd: [{ code: 'x', message: 'Working hours must end after they start.' }],
      }),
    });
    renderWithApi(<Root />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Save draft' }));
    expect(await screen.findByText('Working hours must end after they start.')).toBeInTheDocument();
  });

  it('tells a user without a provider record that there is nothing to edit', async () => {
    stubApi({ session: { ...session, providerUuid: null, provider: false } });
    renderWithApi(<Root />);
    expect(await screen.findByText('Your account is not linked to a provider, so there are no boundaries to edit.')).toBeInTheDocument();
  });

  it('shows the gift register and the concern report to managers', async () => {
    const requests = stubApi({
      session: { ...session, privileges: ['Boundaries: View Gift Register and Reports'] },
      'report/gifts': page([
        { uuid: 'g1', offeredOn: '2026-01-02', patient: { uuid: 'p', display: 'Jane Doe' }, description: 'Watch', estimatedValue: 250, currency: 'GBP', decision: 'DECLINED' },
      ]),
      'report/concerns': page([{ provider: { uuid: 'x', display: 'Amelia Hart' }, kind: 'FINANCIAL', low: 1, medium: 0, high: 2, total: 3 }]),
    });
    renderWithApi(<Root />);
    const user = userEvent.setup();
    expect(await screen.findByRole('tab', { name: 'Gift register' })).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'My boundaries' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Run report' }));
    expect(await screen.findByText('Watch')).toBeInTheDocument();
    expect(screen.getByText('Declined')).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Boundary concern report' }));
    await user.click(screen.getByRole('button', { name: 'Run report' }));
    expect(await screen.findByText('Financial')).toBeInTheDocument();
    expect(requests.some((r) => r.path.startsWith('report/concerns?fromDate='))).toBe(true);
  });

  it('says a user without the module’s privileges is not allowed', async () => {
    stubApi({ session: { ...session, privileges: [] } });
    renderWithApi(<Root />);
    expect(await screen.findByText('You are not allowed to do this.')).toBeInTheDocument();
  });

  it('shows an error when the session cannot be read', async () => {
    stubApi({ session: new Failure(500, 'Something went wrong on the server.') });
    renderWithApi(<Root />);
    await waitFor(() => expect(screen.getByText('Something went wrong on the server.')).toBeInTheDocument());
  });
});
