import { get, post, del } from '../common/api.js';
import { startPage } from '../common/page.js';
import { t, errorText } from '../common/i18n.js';
import { el, param, timeElement, formatDate, categoryLabel, attachCounter, renderMessage, showError, afterReply }
  from '../common/messaging.js';
import { fillColleagues, CONCERN_KINDS, SEVERITIES, ACTIONS } from './messaging-staff.js';

const uuid = param('uuid');
const path = '/thread/' + encodeURIComponent(uuid);
const body = document.getElementById('reply-body');
const actionError = document.getElementById('action-error');
const forms = ['assign-form', 'flag-form', 'restrict-form', 'void-form'].map((id) => document.getElementById(id));
let thread = null;
let flaggedMessage = null;
let voidedMessage = null;
let updateCounter = null;

function showOnly(form) {
  forms.forEach((other) => { other.hidden = other !== form || !other.hidden; });
  if (!form.hidden) {
    form.querySelector('select, input, textarea').focus();
  }
}

function messageActions(footer, message) {
  if (message.senderRole === 'STAFF_NOTE' || message.senderRole === 'AUTOMATIC') {
    return;
  }
  const flag = el('button', 'link', t('boundaries.messaging.action.flagMessage'));
  flag.type = 'button';
  flag.addEventListener('click', () => {
    flaggedMessage = message;
    document.getElementById('flag-title').textContent = t('boundaries.messaging.action.flagMessage');
    showOnly(forms[1]);
  });
  footer.append(flag);
  if (!message.voided) {
    const voidButton = el('button', 'link', t('boundaries.messaging.action.void'));
    voidButton.type = 'button';
    voidButton.addEventListener('click', () => {
      voidedMessage = message;
      showOnly(forms[3]);
    });
    footer.append(voidButton);
  }
}

function render(current) {
  thread = current;
  document.getElementById('thread').hidden = false;
  document.getElementById('subject').textContent = current.subject;
  document.getElementById('meta').replaceChildren(
    el('span', null, t('boundaries.messaging.patient', current.patient.display)),
    el('span', null, t('boundaries.messaging.assignedTo', current.provider.display)),
    el('span', null, categoryLabel(current.category)), timeElement(current.dateCreated));
  const status = document.getElementById('status');
  status.replaceChildren();
  if (current.closed) {
    status.append(el('span', 'badge', t('boundaries.messaging.closedOn', formatDate(current.dateClosed))));
  } else if (current.overdue) {
    status.append(el('span', 'badge overdue', t('boundaries.messaging.overdueSince', formatDate(current.replyDueBy))));
  } else if (current.awaitingReply && current.replyDueBy) {
    status.append(el('span', 'badge', t('boundaries.messaging.dueBy', formatDate(current.replyDueBy))));
  }
  if (current.flagged) {
    status.append(el('span', 'badge concern', t('boundaries.messaging.flagged')));
  }
  document.getElementById('close').hidden = current.closed;
  document.getElementById('reopen').hidden = !current.closed;
  document.getElementById('reply-form').hidden = current.closed;
  document.getElementById('export').href = 'messaging-export.html?uuid=' + encodeURIComponent(current.uuid);
  document.getElementById('patient-threads').href = 'messaging-patient.html?patient='
    + encodeURIComponent(current.patient.uuid);
  document.getElementById('messages').replaceChildren(
    ...current.messages.map((message) => renderMessage(message, { staff: true, actions: messageActions })));
  if (!updateCounter) {
    updateCounter = attachCounter(body, document.getElementById('reply-counter'), current.maxLength);
  }
}

async function reload() {
  render(await get(path));
}

/** Runs a thread action and shows the thread as it is afterwards. */
async function act(action) {
  showError(actionError, '');
  try {
    await action();
    forms.forEach((form) => { form.hidden = true; form.reset(); });
    await reload();
  } catch (failure) {
    showError(actionError, errorText(failure));
  }
}

document.getElementById('close').addEventListener('click', () => act(() => post(path + '/close')));
document.getElementById('reopen').addEventListener('click', () => act(() => post(path + '/reopen')));
document.getElementById('show-assign').addEventListener('click', () => showOnly(forms[0]));
document.getElementById('show-restrict').addEventListener('click', () => showOnly(forms[2]));
document.getElementById('show-flag').addEventListener('click', () => {
  flaggedMessage = null;
  document.getElementById('flag-title').textContent = t('boundaries.messaging.action.flagThread');
  showOnly(forms[1]);
});

forms[0].addEventListener('submit', (event) => {
  event.preventDefault();
  act(() => post(path + '/assign', { provider: forms[0].provider.value, note: forms[0].note.value }));
});
forms[1].addEventListener('submit', (event) => {
  event.preventDefault();
  const actions = [...forms[1].querySelectorAll('input[name="actions"]:checked')].map((box) => box.value);
  const request = {
    concernKind: forms[1].concernKind.value,
    severity: forms[1].severity.value,
    summary: forms[1].summary.value,
    actions,
  };
  if (flaggedMessage) {
    request.message = flaggedMessage.uuid;
  }
  act(() => post(path + '/flag', request));
});
forms[2].addEventListener('submit', (event) => {
  event.preventDefault();
  act(() => post('/restriction', {
    patient: thread.patient.uuid, provider: thread.provider.uuid,
    routeTo: forms[2].routeTo.value, reason: forms[2].reason.value,
  }));
});
forms[3].addEventListener('submit', (event) => {
  event.preventDefault();
  const reason = forms[3].reason.value.trim();
  if (!reason) {
    showError(actionError, t('boundaries.error.voidReason.required'));
    return;
  }
  act(() => del(path + '/message/' + encodeURIComponent(voidedMessage.uuid) + '?reason=' + encodeURIComponent(reason)));
});

document.getElementById('reply-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const error = document.getElementById('reply-error');
  showError(error, '');
  if (!body.value.trim()) {
    showError(error, t('boundaries.error.body.required'));
    return;
  }
  const send = document.getElementById('reply-send');
  send.disabled = true;
  try {
    const result = await post(path + '/message', { body: body.value });
    body.value = '';
    updateCounter();
    const current = afterReply(thread, result);
    render(current || await get(path));
  } catch (failure) {
    showError(error, errorText(failure));
  } finally {
    send.disabled = false;
  }
});

function fillOptions(select, values, prefix) {
  select.replaceChildren(...values.map((value) => {
    const option = el('option', null, t(prefix + value));
    option.value = value;
    return option;
  }));
}

await startPage();
fillOptions(document.getElementById('flag-kind'), CONCERN_KINDS, 'boundaries.messaging.concernKind.');
fillOptions(document.getElementById('flag-severity'), SEVERITIES, 'boundaries.messaging.severity.');
document.getElementById('flag-actions').append(...ACTIONS.map((action) => {
  const label = el('label');
  const box = el('input');
  box.type = 'checkbox';
  box.name = 'actions';
  box.value = action;
  label.append(box, t('boundaries.messaging.actionTaken.' + action));
  return label;
}));
try {
  const current = await get(path);
  render(current);
  if (current.unread) {
    await post(path + '/read');
  }
  await Promise.all([fillColleagues(forms[0].provider), fillColleagues(forms[2].routeTo)]);
} catch (failure) {
  showError(document.getElementById('error'), errorText(failure));
}
