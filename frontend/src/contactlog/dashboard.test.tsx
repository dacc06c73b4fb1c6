import React from 'react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { launchWorkspace2 } from '@openmrs/esm-framework';
import { Failure, page, renderWithApi, session, stubApi } from '../test/api-stub';
import BoundariesDashboard from './dashboard.component';
import Contacts from './contacts.component';
import Gifts from './gifts.component';
import Transfers from './transfers.component';

const patientUuid = 'patient-1';

const contact = {
  uuid: 'c1',
  display: 'c1',
  occurredAt: '2026-03-01T09:30:00.000+0000',
  direction: 'INBOUND',
  channel: 'PERSONAL_PHONE',
  provider: { uuid: 'provider-1', display: 'Amelia Hart' },
  summary: 'Called my personal mobile <b>twice</b>',
  category: 'BOUNDARY_CONCERN',
  concernKind: 'EXCESSIVE_CONTACT',
  severity: 'MEDIUM',
  actions: ['PATIENT_TOLD_OF_BOUNDARIES'],
  recordedBy: { uuid: 'user-1', display: 'Amelia Hart' },
  dateRecorded: '2026-03-01T10:00:00.000+0000',
  voided: false,
};

const gift = {
  uuid: 'g1',
  display: 'g1',
  description: 'Bottle of whisky',
  kind: 'CONSUMABLE',
  estimatedValue: 120,
  currency: 'GBP',
  recipientProvider: { uuid: 'provider-1', display: 'Amelia Hart' },
  donor: 'PATIENT',
  offeredOn: '2026-02-01',
  decision: 'ACCEPTED',
  requiresDeclaration: true,
  recordedBy: { uuid: 'user-1', display: 'Amelia Hart' },
  dateRecorded: '2026-02-01T10:00:00.000+0000',
  voided: false,
};

describe('Contacts on the Boundaries dashboard', () => {
  it('shows a skeleton while the log loads', () => {
    stubApi({ contact: 'pending' });
    renderWithApi(<Contacts patientUuid={patientUuid} />);
    expect(screen.getByRole('progressbar')).toBeInTheDocument();
  });

  it('says so when nothing was recorded', async () => {
    stubApi({ contact: page([]) });
    renderWithApi(<Contacts patientUuid={patientUuid} />);
    expect(await screen.findByText('No contacts recorded.')).toBeInTheDocument();
  });

  it('lists contacts with their labels, user text as text and a CSV export', async () => {
    stubApi({ contact: page([contact]) });
    renderWithApi(<Contacts patientUuid={patientUuid} />);
    expect(await screen.findByText('Called my personal mobile <b>twice</b>')).toBeInTheDocument();
    const table = within(screen.getByRole('table'));
    expect(table.getByText('Personal phone')).toBeInTheDocument();
    expect(table.getByText('Boundary concern')).toBeInTheDocument();
    expect(screen.getByText(/Excessive contact · Medium/)).toBeInTheDocument();
    expect(screen.getByText('Patient told of boundaries')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Export contacts (CSV)' })).toHaveAttribute(
      'href',
      expect.stringContaining('/boundaries/contact?patient=patient-1&format=csv'),
    );
  });

  it('pages through the log and asks for voided entries on request', async () => {
    const requests = stubApi({ contact: page([contact], true) });
    renderWithApi(<Contacts patientUuid={patientUuid} />);
    await screen.findByText('Called my personal mobile <b>twice</b>');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByLabelText('Show voided entries'));
    const paths = requests.filter((r) => r.path.startsWith('contact')).map((r) => r.path);
    expect(paths).toContain('contact?patient=patient-1&startIndex=10&limit=10');
    expect(paths).toContain('contact?patient=patient-1&startIndex=0&limit=10&includeVoided=true');
  });

  it('filters by category, kind and days, from the first page, with the CSV link carrying the filter', async () => {
    const requests = stubApi({ contact: page([contact], true) });
    renderWithApi(<Contacts patientUuid={patientUuid} />);
    await screen.findByText('Called my personal mobile <b>twice</b>');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.selectOptions(screen.getByLabelText('Category'), 'BOUNDARY_CONCERN');
    await user.selectOptions(screen.getByLabelText('Kind of concern'), 'EXCESSIVE_CONTACT');
    await user.type(screen.getByLabelText('From'), '2026-01-01');
    const filtered = 'contact?patient=patient-1&startIndex=0&limit=10&category=BOUNDARY_CONCERN&concernKind=EXCESSIVE_CONTACT&fromDate=2026-01-01';
    await vi.waitFor(() => expect(requests.map((r) => r.path)).toContain(filtered));
    expect(screen.getByRole('link', { name: 'Export contacts (CSV)' })).toHaveAttribute(
      'href',
      expect.stringContaining('contact?patient=patient-1&format=csv&category=BOUNDARY_CONCERN&concernKind=EXCESSIVE_CONTACT&fromDate=2026-01-01'),
    );
  });

  it('forgets the kind of concern when another category is chosen', async () => {
    const requests = stubApi({ contact: page([contact]) });
    renderWithApi(<Contacts patientUuid={patientUuid} />);
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByLabelText('Category'), 'BOUNDARY_CONCERN');
    await user.selectOptions(screen.getByLabelText('Kind of concern'), 'FINANCIAL');
    await user.selectOptions(screen.getByLabelText('Category'), 'ROUTINE');
    expect(screen.queryByLabelText('Kind of concern')).not.toBeInTheDocument();
    await vi.waitFor(() =>
      expect(requests.map((r) => r.path)).toContain('contact?patient=patient-1&startIndex=0&limit=10&category=ROUTINE'),
    );
  });

  it('refuses an end date before the start date as the API does, and does not ask for it', async () => {
    const requests = stubApi({ contact: page([contact]) });
    renderWithApi(<Contacts patientUuid={patientUuid} />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('From'), '2026-03-01');
    await user.type(screen.getByLabelText('To'), '2026-02-01');
    expect(await screen.findByText('The end date is before the start date.')).toBeInTheDocument();
    expect(requests.some((r) => r.path.includes('toDate=2026-02-01'))).toBe(false);
  });

  it('says so when the filter leaves nothing', async () => {
    stubApi({ contact: page([contact]), 'contact?patient=patient-1&startIndex=0&limit=10&category=GIFT': page([]) });
    renderWithApi(<Contacts patientUuid={patientUuid} />);
    await screen.findByText('Called my personal mobile <b>twice</b>');
    await userEvent.setup().selectOptions(screen.getByLabelText('Category'), 'GIFT');
    expect(await screen.findByText('No contacts recorded.')).toBeInTheDocument();
  });

  it('strikes a voided entry through and says who voided it and why', async () => {
    stubApi({
      contact: page([
        { ...contact, voided: true, voidedBy: { uuid: 'u2', display: 'Rahul Mehta' }, dateVoided: '2026-03-02T09:00:00.000+0000', voidReason: 'Wrong chart' },
      ]),
    });
    renderWithApi(<Contacts patientUuid={patientUuid} />);
    expect(await screen.findByText(/Voided by Rahul Mehta on .*: Wrong chart/)).toBeInTheDocument();
  });

  it('shows the server error when the log cannot be read', async () => {
    stubApi({ contact: new Failure(500, 'The database cannot be reached just now.') });
    renderWithApi(<Contacts patientUuid={patientUuid} />);
    expect(await screen.findByText('The database cannot be reached just now.')).toBeInTheDocument();
  });

  it('says the user is not allowed when the API answers 403', async () => {
    stubApi({ contact: new Failure(403, 'You are not allowed to do this.') });
    renderWithApi(<Contacts patientUuid={patientUuid} />);
    expect(await screen.findByText('You are not allowed to do this.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});

describe('Voiding an entry from the chart', () => {
  async function openVoid(answers: Parameters<typeof stubApi>[0]) {
    const requests = stubApi({ contact: page([contact]), ...answers });
    renderWithApi(<Contacts patientUuid={patientUuid} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Void' }));
    return { requests, user, dialog: within(screen.getByRole('dialog')) };
  }

  it('is offered only to holders of the void privilege', async () => {
    stubApi({ session: { ...session, privileges: ['Boundaries: View Contact Log'] }, contact: page([contact]) });
    renderWithApi(<Contacts patientUuid={patientUuid} />);
    await screen.findByText('Called my personal mobile <b>twice</b>');
    expect(screen.queryByRole('button', { name: 'Void' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Show voided entries')).not.toBeInTheDocument();
  });

  it('is not offered on an entry already voided', async () => {
    stubApi({ contact: page([{ ...contact, voided: true, voidReason: 'Wrong chart' }]) });
    renderWithApi(<Contacts patientUuid={patientUuid} />);
    await screen.findByText(/Wrong chart/);
    expect(screen.queryByRole('button', { name: 'Void' })).not.toBeInTheDocument();
  });

  it('asks for a reason before sending anything', async () => {
    const { requests, user, dialog } = await openVoid({});
    await user.click(dialog.getByRole('button', { name: 'Void entry' }));
    expect(await dialog.findByText('Give a reason.')).toBeInTheDocument();
    await user.click(dialog.getByLabelText('Reason'));
    await user.paste('x'.repeat(256));
    await user.click(dialog.getByRole('button', { name: 'Void entry' }));
    expect(await dialog.findByText('The reason is longer than 255 characters.')).toBeInTheDocument();
    expect(requests.some((r) => r.method === 'DELETE')).toBe(false);
  });

  it('voids with the reason and the CSRF token, then reads the log again', async () => {
    const { requests, user, dialog } = await openVoid({ 'DELETE contact/c1': { ...contact, voided: true } });
    await user.type(dialog.getByLabelText('Reason'), ' Wrong chart & patient ');
    await user.click(dialog.getByRole('button', { name: 'Void entry' }));
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const sent = requests.find((r) => r.method === 'DELETE');
    expect(sent?.path).toBe('contact/c1?reason=Wrong%20chart%20%26%20patient');
    expect(sent?.headers['X-CSRF-Token']).toBe('token-1');
    await vi.waitFor(() => expect(requests.filter((r) => r.path.startsWith('contact?')).length).toBeGreaterThan(1));
  });

  it('shows the API\'s field error beside the reason on a 400', async () => {
    const { user, dialog } = await openVoid({
      'DELETE contact/c1': new Failure(400, 'Invalid request.', { reason: [{ code: 'boundaries.error.voidReason.required', message: 'Give a reason.' }] }),
    });
    await user.type(dialog.getByLabelText('Reason'), 'Duplicate');
    await user.click(dialog.getByRole('button', { name: 'Void entry' }));
    expect(await dialog.findByText('Give a reason.')).toBeInTheDocument();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('says the user is not allowed when the API answers 403', async () => {
    const { user, dialog } = await openVoid({ 'DELETE contact/c1': new Failure(403, 'Forbidden') });
    await user.type(dialog.getByLabelText('Reason'), 'Duplicate');
    await user.click(dialog.getByRole('button', { name: 'Void entry' }));
    expect(await dialog.findByText('You are not allowed to do this.')).toBeInTheDocument();
  });

  it('shows the API\'s message when the entry was voided meanwhile (409)', async () => {
    const { user, dialog } = await openVoid({ 'DELETE contact/c1': new Failure(409, 'This entry is already voided.') });
    await user.type(dialog.getByLabelText('Reason'), 'Duplicate');
    await user.click(dialog.getByRole('button', { name: 'Void entry' }));
    expect(await dialog.findByText('This entry is already voided.')).toBeInTheDocument();
  });

  it('voids a gift through the gift endpoint', async () => {
    const requests = stubApi({
      gift: { ...page([gift]), policy: { threshold: 100, currency: 'GBP', refuseCash: true } },
      'gift/assessment': new Failure(403),
      'DELETE gift/g1': { ...gift, voided: true },
    });
    renderWithApi(<Gifts patientUuid={patientUuid} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Void' }));
    await user.type(within(screen.getByRole('dialog')).getByLabelText('Reason'), 'Recorded twice');
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Void entry' }));
    await vi.waitFor(() => expect(requests.find((r) => r.method === 'DELETE')?.path).toBe('gift/g1?reason=Recorded%20twice'));
  });
});

describe('Gifts on the Boundaries dashboard', () => {
  it('shows the threshold, the 12-month total and the gifts that must be declared', async () => {
    stubApi({
      gift: { ...page([gift]), policy: { threshold: 100, currency: 'GBP', refuseCash: true } },
      'gift/assessment': { runningTotal: 120, runningTotalReachesThreshold: true, valueReachesThreshold: false, cashRefused: false, warnings: [] },
    });
    renderWithApi(<Gifts patientUuid={patientUuid} />);
    expect(await screen.findByText('Bottle of whisky')).toBeInTheDocument();
    expect(screen.getByText(/Declaration threshold: 100 GBP\./)).toBeInTheDocument();
    expect(await screen.findByText(/last 12 months: 120 GBP/)).toBeInTheDocument();
    expect(screen.getByText('Must be declared')).toBeInTheDocument();
    expect(screen.getByText('At or over the declaration threshold')).toBeInTheDocument();
  });

  it('narrows to the gifts awaiting declaration, from the first page, in the list and the CSV link', async () => {
    const requests = stubApi({
      gift: { ...page([gift], true), policy: { threshold: 100, currency: 'GBP', refuseCash: true } },
      'gift/assessment': new Failure(403),
    });
    renderWithApi(<Gifts patientUuid={patientUuid} />);
    await screen.findByText('Bottle of whisky');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByLabelText('Awaiting declaration only'));
    await vi.waitFor(() =>
      expect(requests.map((r) => r.path)).toContain('gift?patient=patient-1&startIndex=0&limit=10&awaitingDeclaration=true'),
    );
    expect(screen.getByRole('link', { name: 'Export gifts (CSV)' })).toHaveAttribute(
      'href',
      expect.stringContaining('gift?patient=patient-1&format=csv&awaitingDeclaration=true'),
    );
  });

  it('says so when no gift was recorded', async () => {
    stubApi({ gift: { ...page([]), policy: { threshold: 100, currency: 'GBP' } }, 'gift/assessment': new Failure(403) });
    renderWithApi(<Gifts patientUuid={patientUuid} />);
    expect(await screen.findByText('No gifts recorded.')).toBeInTheDocument();
  });

  it('says the user is not allowed when the API answers 403', async () => {
    stubApi({ gift: new Failure(403), 'gift/assessment': new Failure(403) });
    renderWithApi(<Gifts patientUuid={patientUuid} />);
    expect(await screen.findByText('You are not allowed to do this.')).toBeInTheDocument();
  });
});

describe('Transfers of care on the Boundaries dashboard', () => {
  it('says how care moved', async () => {
    stubApi({
      transfer: page([
        {
          ...contact,
          uuid: 't1',
          fromProvider: { uuid: 'p1', display: 'Amelia Hart' },
          toProvider: { uuid: 'p2', display: 'Rahul Mehta' },
          reason: 'Boundary breach',
          endsRelationship: true,
          effectiveDate: '2026-03-05',
        },
      ]),
    });
    renderWithApi(<Transfers patientUuid={patientUuid} />);
    expect(await screen.findByText(/Care moves from Amelia Hart to Rahul Mehta from/)).toBeInTheDocument();
    expect(screen.getByText('Ends the professional relationship')).toBeInTheDocument();
  });

  it('says so when there is none, and shows errors', async () => {
    stubApi({ transfer: page([]) });
    renderWithApi(<Transfers patientUuid={patientUuid} />);
    expect(await screen.findByText('No transfers of care recorded.')).toBeInTheDocument();
  });
});

describe('The Boundaries dashboard', () => {
  it('opens the chart workspaces for someone who may add to the log', async () => {
    stubApi({ contact: page([]), gift: page([]), transfer: page([]), thread: page([]), acknowledgement: page([]), 'gift/assessment': new Failure(403) });
    renderWithApi(<BoundariesDashboard patientUuid={patientUuid} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add a contact' }));
    await user.click(screen.getByRole('button', { name: 'Record a gift' }));
    await user.click(screen.getByRole('button', { name: 'Record a transfer of care' }));
    expect(vi.mocked(launchWorkspace2).mock.calls.map((call) => call[0])).toEqual([
      'boundaries-contact-form-workspace',
      'boundaries-gift-form-workspace',
      'boundaries-transfer-form-workspace',
    ]);
  });

  it('offers no forms to someone who may only read', async () => {
    stubApi({
      session: { ...session, privileges: ['Boundaries: View Contact Log'] },
      contact: page([]),
      gift: page([]),
      transfer: page([]),
      thread: new Failure(403),
      acknowledgement: new Failure(403),
      'gift/assessment': new Failure(403),
    });
    renderWithApi(<BoundariesDashboard patientUuid={patientUuid} />);
    const tabs = await screen.findByRole('tablist');
    expect(within(tabs).getByRole('tab', { name: 'Portal messages' })).toBeInTheDocument();
    expect(await screen.findByText('No contacts recorded.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add a contact' })).not.toBeInTheDocument();
  });
});
