// A patient's acknowledgements of providers' boundaries, for staff: record that the patient read the signed-in
// provider's boundaries in clinic, and void one recorded by mistake. Opened with ?patient=<uuid> (from the chart).

import { get, post, del } from '../common/api.js';
import { startPage } from '../common/page.js';
import { t, errorText } from '../common/i18n.js';
import { el, formatDate } from '../common/boundaries-view.js';

const session = await startPage();
const patient = new URLSearchParams(location.search).get('patient');
const message = document.getElementById('page-message');
const record = document.getElementById('record');
const recordStatus = document.getElementById('record-status');
const recordButton = document.getElementById('record-button');
const list = document.getElementById('acknowledgements');

function show(text, kind) {
  message.textContent = text;
  message.className = kind;
  message.hidden = false;
}

async function loadStatus() {
  if (!session.providerUuid) {
    return;
  }
  const status = await get('/acknowledgement/status?patient=' + encodeURIComponent(patient)
    + '&provider=' + encodeURIComponent(session.providerUuid));
  document.getElementById('patient-name').textContent = status.patient.display;
  record.hidden = false;
  recordButton.hidden = !status.needsAcknowledgement;
  recordStatus.textContent = status.needsAcknowledgement ? t('boundaries.inClinic.needed')
    : t('boundaries.inClinic.upToDate');
}

function row(acknowledgement) {
  const tr = el('tr');
  tr.append(el('td', null, acknowledgement.provider.display), el('td', null, String(acknowledgement.version)),
    el('td', null, formatDate(acknowledgement.dateAcknowledged)),
    el('td', null, t('boundaries.method.' + acknowledgement.method)),
    el('td', null, acknowledgement.recordedBy ? acknowledgement.recordedBy.display : ''));
  const cell = el('td');
  const voidButton = el('button', 'danger', t('boundaries.inClinic.void'));
  voidButton.type = 'button';
  voidButton.addEventListener('click', async () => {
    const reason = window.prompt(t('boundaries.inClinic.voidReason'));
    if (reason === null) {
      return;
    }
    try {
      await del('/acknowledgement/' + encodeURIComponent(acknowledgement.uuid) + '?reason=' + encodeURIComponent(reason));
      show(t('boundaries.inClinic.voided'), 'success');
      await refresh();
    } catch (failure) {
      show(errorText(failure), 'error');
    }
  });
  cell.append(voidButton);
  tr.append(cell);
  return tr;
}

async function loadList() {
  const page = await get('/acknowledgement?limit=100&patient=' + encodeURIComponent(patient));
  if (page.results.length === 0) {
    list.replaceChildren(el('p', 'muted', t('boundaries.inClinic.none')));
    return;
  }
  const table = el('table');
  const head = el('tr');
  ['provider', 'version', 'date', 'method', 'recordedBy', 'actions']
    .forEach((key) => head.append(el('th', null, t('boundaries.inClinic.column.' + key))));
  const thead = el('thead');
  thead.append(head);
  const body = el('tbody');
  page.results.forEach((acknowledgement) => body.append(row(acknowledgement)));
  table.append(thead, body);
  list.replaceChildren(table);
}

async function refresh() {
  await Promise.all([loadStatus(), loadList()]);
}

recordButton.addEventListener('click', async () => {
  recordButton.disabled = true;
  try {
    await post('/acknowledgement', { patient, provider: session.providerUuid });
    show(t('boundaries.inClinic.recorded'), 'success');
    await refresh();
  } catch (failure) {
    show(errorText(failure), 'error');
  } finally {
    recordButton.disabled = false;
  }
});

if (!patient) {
  show(t('boundaries.inClinic.noPatient'), 'error');
} else {
  try {
    await refresh();
  } catch (failure) {
    show(errorText(failure), 'error');
  }
}
