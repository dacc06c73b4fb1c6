import React from 'react';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { showSnackbar } from '@openmrs/esm-framework';
import { Failure, page, renderWithApi, stubApi } from '../test/api-stub';
import ContactFormWorkspace from './contact-form.workspace';
import GiftFormWorkspace from './gift-form.workspace';
import TransferFormWorkspace from './transfer-form.workspace';

const providers = page([
  { uuid: 'provider-1', display: 'Amelia Hart' },
  { uuid: 'provider-2', display: 'Rahul Mehta' },
]);

function workspaceProps() {
  return {
    closeWorkspace: vi.fn(() => Promise.resolve(true)),
    launchChildWorkspace: vi.fn(),
    workspaceProps: {},
    windowProps: {},
    groupProps: { patientUuid: 'patient-1' },
    workspaceName: 'w',
    windowName: 'boundaries',
    isRootWorkspace: true,
    showActionMenu: true,
  };
}

async function pickProvider(user: ReturnType<typeof userEvent.setup>, label: string | RegExp, name: string) {
  await user.click(screen.getByRole('combobox', { name: label }));
  await user.click(await screen.findByRole('option', { name }));
}

describe('The contact form workspace', () => {
  it('checks the form as the API does before sending anything', async () => {
    const requests = stubApi({ 'contact/providers': providers });
    renderWithApi(<ContactFormWorkspace {...workspaceProps()} />);
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Category'), 'BOUNDARY_CONCERN');
    await user.click(screen.getByLabelText('Other'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('Say whether the patient contacted the practice or the other way round.')).toBeInTheDocument();
    expect(screen.getByText('Choose the channel.')).toBeInTheDocument();
    expect(screen.getByText('Write a summary.')).toBeInTheDocument();
    expect(screen.getByText('Say who was involved: a provider, or yourself.')).toBeInTheDocument();
    expect(screen.getByText('A boundary concern needs its kind.')).toBeInTheDocument();
    expect(screen.getByText('A boundary concern needs its severity.')).toBeInTheDocument();
    expect(screen.getByText('Describe the other action taken.')).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('logs a contact with the session CSRF token and closes', async () => {
    const requests = stubApi({ 'contact/providers': providers, 'POST contact': { uuid: 'new' } });
    const props = workspaceProps();
    renderWithApi(<ContactFormWorkspace {...props} />);
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Direction'), 'INBOUND');
    await user.selectOptions(screen.getByLabelText('Channel'), 'PERSONAL_PHONE');
    await user.selectOptions(screen.getByLabelText('Category'), 'ROUTINE');
    await user.type(screen.getByLabelText('Summary'), 'Called my mobile');
    await user.click(screen.getByLabelText('I was involved myself'));
    await user.click(screen.getByLabelText('Patient told of boundaries'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(props.closeWorkspace).toHaveBeenCalledWith({ discardUnsavedChanges: true }));
    const post = requests.find((r) => r.method === 'POST');
    expect(post.path).toBe('contact');
    expect(post.headers['X-CSRF-Token']).toBe('token-1');
    expect(post.body).toMatchObject({
      patient: 'patient-1',
      direction: 'INBOUND',
      channel: 'PERSONAL_PHONE',
      category: 'ROUTINE',
      summary: 'Called my mobile',
      staffUser: 'user-1',
      actions: ['PATIENT_TOLD_OF_BOUNDARIES'],
    });
    expect(post.body.occurredAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00\.000[+-]\d{4}$/);
    expect(showSnackbar).toHaveBeenCalled();
  });

  it('shows the field errors of a 400 beside their fields', async () => {
    stubApi({
      'contact/providers': providers,
      'POST contact': new Failure(400, 'The request is not valid.', {
        occurredAt: [{ code: 'boundaries.error.occurredAt.future', message: 'The contact cannot be in the future.' }],
      }),
    });
    renderWithApi(<ContactFormWorkspace {...workspaceProps()} />);
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Direction'), 'OUTBOUND');
    await user.selectOptions(screen.getByLabelText('Channel'), 'EMAIL');
    await user.selectOptions(screen.getByLabelText('Category'), 'ROUTINE');
    await user.type(screen.getByLabelText('Summary'), 'Email');
    await pickProvider(user, /Provider involved/, 'Rahul Mehta');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('The contact cannot be in the future.')).toBeInTheDocument();
    expect(screen.getByText('The request is not valid.')).toBeInTheDocument();
  });

  it('says the user is not allowed when the API answers 403', async () => {
    stubApi({ 'contact/providers': providers, 'POST contact': new Failure(403, 'You are not allowed to do this.') });
    renderWithApi(<ContactFormWorkspace {...workspaceProps()} />);
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Direction'), 'OUTBOUND');
    await user.selectOptions(screen.getByLabelText('Channel'), 'EMAIL');
    await user.selectOptions(screen.getByLabelText('Category'), 'ROUTINE');
    await user.type(screen.getByLabelText('Summary'), 'Email');
    await user.click(screen.getByLabelText('I was involved myself'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('You are not allowed to do this.')).toBeInTheDocument();
  });
});

describe('The gift form workspace', () => {
  it('shows the live threshold assessment of the gift being typed', async () => {
    const requests = stubApi({
      'contact/providers': providers,
      'gift/assessment': {
        valueReachesThreshold: true,
        runningTotal: 150,
        runningTotalReachesThreshold: true,
        cashRefused: true,
        warnings: [
          { code: 'value', message: 'This gift is worth 100 GBP or more (or is in another currency): it must be declared in the gift register.' },
          { code: 'cash', message: 'This practice always refuses cash and vouchers.' },
        ],
      },
    });
    renderWithApi(<GiftFormWorkspace {...workspaceProps()} />);
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Kind of gift'), 'CASH_OR_VOUCHER');
    await user.type(screen.getByLabelText('Estimated value'), '150');
    expect(await screen.findByText(/must be declared in the gift register/)).toBeInTheDocument();
    expect(screen.getByText('This practice always refuses cash and vouchers.')).toBeInTheDocument();
    const assessment = requests.filter((r) => r.path.startsWith('gift/assessment')).pop();
    expect(assessment.path).toContain('patient=patient-1');
    expect(assessment.path).toContain('estimatedValue=150');
    expect(assessment.path).toContain('kind=CASH_OR_VOUCHER');
  });

  it('checks values as the API does', async () => {
    stubApi({ 'contact/providers': providers, 'gift/assessment': new Failure(400) });
    renderWithApi(<GiftFormWorkspace {...workspaceProps()} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Estimated value'), '12.345');
    await user.type(screen.getByLabelText('Currency'), 'PO');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('Describe the gift.')).toBeInTheDocument();
    expect(screen.getByText('Use at most two decimal places.')).toBeInTheDocument();
    expect(screen.getByText('Use a three-letter currency code such as GBP.')).toBeInTheDocument();
    expect(screen.getByText('Say to whom the gift was offered.')).toBeInTheDocument();
    expect(screen.getByText('Record what was decided.')).toBeInTheDocument();
  });

  it('records a gift', async () => {
    const requests = stubApi({ 'contact/providers': providers, 'gift/assessment': { warnings: [] }, 'POST gift': { uuid: 'g' } });
    const props = workspaceProps();
    renderWithApi(<GiftFormWorkspace {...props} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Description'), 'Chocolates');
    await user.selectOptions(screen.getByLabelText('Kind of gift'), 'CONSUMABLE');
    await user.type(screen.getByLabelText('Estimated value'), '15.50');
    await pickProvider(user, /Offered to \(provider\)/, 'Amelia Hart');
    await user.selectOptions(screen.getByLabelText('Offered by'), 'PATIENT');
    await user.selectOptions(screen.getByLabelText('Decision'), 'ACCEPTED');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(props.closeWorkspace).toHaveBeenCalled());
    const post = requests.find((r) => r.method === 'POST');
    expect(post.headers['X-CSRF-Token']).toBe('token-1');
    expect(post.body).toMatchObject({
      patient: 'patient-1',
      description: 'Chocolates',
      kind: 'CONSUMABLE',
      estimatedValue: 15.5,
      recipientProvider: 'provider-1',
      donor: 'PATIENT',
      decision: 'ACCEPTED',
    });
  });
});

describe('The transfer of care workspace', () => {
  it('refuses a transfer to the same provider and a letter date without a letter', async () => {
    stubApi({ 'contact/providers': providers });
    renderWithApi(<TransferFormWorkspace {...workspaceProps()} />);
    const user = userEvent.setup();
    await pickProvider(user, /From provider/, 'Amelia Hart');
    await pickProvider(user, /To provider/, 'Amelia Hart');
    await user.type(screen.getByLabelText('Date of the letter'), '2026-01-01');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('Care must move to a different provider.')).toBeInTheDocument();
    expect(screen.getByText('Give the reason for the transfer.')).toBeInTheDocument();
    expect(screen.getByText('A letter date only applies when the patient was told in writing.')).toBeInTheDocument();
  });

  it('records a transfer', async () => {
    const requests = stubApi({ 'contact/providers': providers, 'POST transfer': { uuid: 't' } });
    const props = workspaceProps();
    renderWithApi(<TransferFormWorkspace {...props} />);
    const user = userEvent.setup();
    await pickProvider(user, /From provider/, 'Amelia Hart');
    await pickProvider(user, /To provider/, 'Rahul Mehta');
    await user.type(screen.getByLabelText('Reason'), 'Boundary breach');
    await user.click(screen.getByLabelText('Ends the professional relationship'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(props.closeWorkspace).toHaveBeenCalled());
    expect(requests.find((r) => r.method === 'POST').body).toMatchObject({
      fromProvider: 'provider-1',
      toProvider: 'provider-2',
      reason: 'Boundary breach',
      endsRelationship: true,
    });
  });
});
