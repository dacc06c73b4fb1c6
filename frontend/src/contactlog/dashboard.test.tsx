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
    expect(screen.getByText('Personal phone')).toBeInTheDocument();
    expect(screen.getByText('Boundary concern')).toBeInTheDocument();
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
