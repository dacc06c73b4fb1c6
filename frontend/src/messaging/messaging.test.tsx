import React from 'react';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { launchWorkspace2 } from '@openmrs/esm-framework';
import { Failure, page, renderWithApi, session, stubApi } from '../test/api-stub';
import InboxWidget from './inbox-widget.component';
import PatientThreads from './patient-threads.component';
import ThreadWorkspace from './thread.workspace';

const overdue = {
  uuid: 't1',
  subject: 'Repeat prescription',
  category: 'PRESCRIPTION_RENEWAL',
  patient: { uuid: 'p1', display: 'Jane Doe' },
  provider: { uuid: 'provider-1', display: 'Amelia Hart' },
  closed: false,
  lastMessageAt: '2026-03-01T09:30:00.000+0000',
  unread: true,
  awaitingReply: true,
  replyDueBy: '2026-03-03T09:30:00.000+0000',
  overdue: true,
};
const thread = {
  ...overdue,
  maxLength: 1500,
  messages: [
    {
      uuid: 'm1',
      sequence: 1,
      senderRole: 'PATIENT',
      sender: { uuid: 'u9', display: 'Jane Doe' },
      dateSent: '2026-03-01T09:30:00.000+0000',
      voided: false,
      body: 'Could you <script>renew</script> it?',
    },
    { uuid: 'm2', sequence: 2, senderRole: 'AUTOMATIC', dateSent: '2026-03-01T09:30:01.000+0000', voided: false, body: 'Thank you' },
  ],
};
const summary = { open: 3, unread: 1, awaitingReply: 2, overdue: 1, closed: 4 };

describe('The portal inbox on the home page', () => {
  it('shows a skeleton while loading', () => {
    stubApi({ 'inbox/summary': 'pending', thread: 'pending' });
    renderWithApi(<InboxWidget />);
    expect(screen.getByRole('progressbar')).toBeInTheDocument();
  });

  it('shows the counts and the overdue threads first', async () => {
    const requests = stubApi({ 'inbox/summary': summary, 'thread?filter': page([overdue]) });
    renderWithApi(<InboxWidget />);
    expect(await screen.findByRole('button', { name: 'Overdue (1)' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Open (3)' })).toBeInTheDocument();
    expect(await screen.findByText('Repeat prescription')).toBeInTheDocument();
    expect(screen.getByText(/^Overdue since/)).toBeInTheDocument();
    expect(requests.some((r) => r.path === 'thread?filter=overdue&startIndex=0&limit=10')).toBe(true);
  });

  it('says so when there is nothing to answer', async () => {
    stubApi({ 'inbox/summary': { ...summary, overdue: 0 }, 'thread?filter': page([]) });
    renderWithApi(<InboxWidget />);
    expect(await screen.findByText('No threads here.')).toBeInTheDocument();
  });

  it('shows errors, and no permission on a 403', async () => {
    stubApi({ 'inbox/summary': new Failure(403), 'thread?filter': new Failure(403) });
    renderWithApi(<InboxWidget />);
    expect(await screen.findByText('You are not allowed to do this.')).toBeInTheDocument();
  });

  it('shows a server error', async () => {
    stubApi({ 'inbox/summary': new Failure(500, 'Something went wrong on the server.'), 'thread?filter': page([]) });
    renderWithApi(<InboxWidget />);
    expect(await screen.findByText('Something went wrong on the server.')).toBeInTheDocument();
  });

  it('opens a thread in place, marks it read and sends a reply with the CSRF token', async () => {
    const requests = stubApi({
      'inbox/summary': summary,
      'thread?filter': page([overdue]),
      'thread/t1': thread,
      'POST thread/t1/read': {},
      'POST thread/t1/message': { message: {}, thread: {} },
    });
    renderWithApi(<InboxWidget />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Open' }));
    expect(await screen.findByText('Could you <script>renew</script> it?')).toBeInTheDocument();
    expect(screen.getByText(/Jane Doe \(patient\)/)).toBeInTheDocument();
    expect(screen.getByText(/Automatic reply/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('Your reply'), 'Done, collect it tomorrow.');
    expect(screen.getByText('1474 of 1500 characters left')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'POST' && r.path === 'thread/t1/message')).toBe(true));
    const reply = requests.find((r) => r.path === 'thread/t1/message');
    expect(reply.body).toEqual({ body: 'Done, collect it tomorrow.' });
    expect(reply.headers['X-CSRF-Token']).toBe('token-1');
    expect(requests.some((r) => r.method === 'POST' && r.path === 'thread/t1/read')).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Back to the inbox' }));
    expect(await screen.findByRole('button', { name: 'Overdue (1)' })).toBeInTheDocument();
  });
});

describe('A thread in the chart workspace', () => {
  const props = {
    closeWorkspace: vi.fn(),
    launchChildWorkspace: vi.fn(),
    workspaceProps: { threadUuid: 't1' },
    windowProps: {},
    groupProps: {},
    workspaceName: 'boundaries-thread-workspace',
    windowName: 'boundaries',
    isRootWorkspace: true,
    showActionMenu: true,
  };

  it('refuses an empty reply', async () => {
    const requests = stubApi({ 'thread/t1': { ...thread, unread: false } });
    renderWithApi(<ThreadWorkspace {...props} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Send' }));
    expect(screen.getByText('Write a message.')).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('flags the thread as a boundary concern', async () => {
    const requests = stubApi({ 'thread/t1': { ...thread, unread: false }, 'POST thread/t1/flag': {} });
    renderWithApi(<ThreadWorkspace {...props} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Flag thread as a boundary concern' }));
    await user.click(screen.getByRole('button', { name: 'Flag and add to the contact log' }));
    expect(screen.getByText('A boundary concern needs its kind.')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Kind of concern'), 'ROMANTIC_OR_SEXUAL');
    await user.selectOptions(screen.getByLabelText('Severity'), 'HIGH');
    await user.type(screen.getByLabelText('What happened'), 'Asked me out');
    await user.click(screen.getByLabelText('Declined'));
    await user.click(screen.getByRole('button', { name: 'Flag and add to the contact log' }));
    await waitFor(() => expect(requests.some((r) => r.path === 'thread/t1/flag')).toBe(true));
    expect(requests.find((r) => r.path === 'thread/t1/flag').body).toEqual({
      concernKind: 'ROMANTIC_OR_SEXUAL',
      severity: 'HIGH',
      summary: 'Asked me out',
      actions: ['DECLINED'],
    });
  });

  it('offers no flag to someone who may not add to the contact log, and shows a 409', async () => {
    stubApi({
      session: { ...session, privileges: ['Boundaries: Manage Portal Messages'] },
      'thread/t1': { ...thread, unread: false },
      'POST thread/t1/message': new Failure(409, 'This conversation is closed. Start a new message, or reopen it first.'),
    });
    renderWithApi(<ThreadWorkspace {...props} />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Your reply'), 'Hello');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(await screen.findByText('This conversation is closed. Start a new message, or reopen it first.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Flag thread as a boundary concern' })).not.toBeInTheDocument();
  });

  it('says the user is not allowed to read the thread on a 403', async () => {
    stubApi({ 'thread/t1': new Failure(403) });
    renderWithApi(<ThreadWorkspace {...props} />);
    expect(await screen.findByText('You are not allowed to do this.')).toBeInTheDocument();
  });
});

describe("The patient's threads on the chart", () => {
  it('lists them and opens one in the workspace', async () => {
    stubApi({ 'thread?patient': page([overdue]) });
    renderWithApi(<PatientThreads patientUuid="p1" />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Open' }));
    expect(launchWorkspace2).toHaveBeenCalledWith('boundaries-thread-workspace', { threadUuid: 't1' });
  });

  it('says so when there are none', async () => {
    stubApi({ 'thread?patient': page([]) });
    renderWithApi(<PatientThreads patientUuid="p1" />);
    expect(await screen.findByText('This patient has no portal messages.')).toBeInTheDocument();
  });
});
