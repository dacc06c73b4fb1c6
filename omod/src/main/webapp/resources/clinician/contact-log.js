// A patient's contact & gift log: contacts, gifts and transfers of care, newest first; add, correct and void
// (for those allowed); CSV export and a printable page. Without ?patient= it offers a patient search instead.

import { startPage } from '../common/page.js';
import { get, post, del } from '../common/api.js';
import { t, errorText } from '../common/i18n.js';
import {
  PRIV_ADD, PRIV_VOID, ENUMS, label, fillSelect, formatMoment, formatDay, todayIso, nowLocalInput, el, addTerm,
  csvHref, providerPicker, showFormError, clearFormErrors, requireChosen,
} from '../common/contact-log.js';

const PAGE_SIZE = 25;

const session = await startPage();
const privileges = session.privileges || [];
const can = { add: privileges.includes(PRIV_ADD), void: privileges.includes(PRIV_VOID) };
const patientUuid = new URLSearchParams(location.search).get('patient');
const pageError = document.getElementById('page-error');
const pageStatus = document.getElementById('page-status');

function showPageError(error) {
  pageStatus.hidden = true;
  pageError.textContent = errorText(error);
  pageError.hidden = false;
  pageError.focus();
}

function showStatus(key) {
  pageError.hidden = true;
  pageStatus.textContent = t(key);
  pageStatus.hidden = false;
}

function value(input) {
  const text = input.value.trim();
  return text === '' ? null : text;
}

// ----- no patient chosen: search for one

function offerPatientSearch() {
  document.getElementById('open-log').hidden = false;
  const results = document.getElementById('search-results');
  const none = document.getElementById('search-none');
  document.getElementById('search-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    results.replaceChildren();
    none.hidden = true;
    try {
      const body = await get('/patient?q=' + encodeURIComponent(event.target.q.value.trim()));
      body.results.forEach((patient) => {
        const link = el('a', null, patient.display);
        link.href = 'contact-log.html?patient=' + encodeURIComponent(patient.uuid);
        const item = el('li');
        item.append(link);
        results.append(item);
      });
      none.hidden = body.results.length > 0;
    } catch (failure) {
      showPageError(failure);
    }
  });
  document.getElementById('uuid-form').addEventListener('submit', (event) => {
    event.preventDefault();
    location.assign('contact-log.html?patient=' + encodeURIComponent(event.target.uuid.value.trim()));
  });
}

// ----- the three lists

const showVoided = document.getElementById('show-voided');

function pagedList(path, name, render) {
  const list = document.getElementById(name + '-list');
  const empty = document.getElementById(name + '-empty');
  const more = document.getElementById(name + '-more');
  let start = 0;
  async function load(reset) {
    if (reset) {
      start = 0;
      list.replaceChildren();
    }
    const params = new URLSearchParams({ patient: patientUuid, startIndex: start, limit: PAGE_SIZE });
    if (showVoided.checked) {
      params.set('includeVoided', 'true');
    }
    const body = await get(path + '?' + params);
    body.results.forEach((row) => list.append(render(row)));
    start += body.results.length;
    more.hidden = !(body.links || []).some((link) => link.rel === 'next');
    empty.hidden = list.children.length > 0;
    return body;
  }
  more.addEventListener('click', () => load(false).catch(showPageError));
  return { reload: () => load(true) };
}

function footer(row) {
  const parts = [el('p', 'entry-foot', t('boundaries.contactlog.recordedBy',
    row.recordedBy ? row.recordedBy.display : '', formatMoment(row.dateRecorded)))];
  if (row.voided) {
    parts.push(el('p', 'void-note', t('boundaries.contactlog.voidedBy',
      row.voidedBy ? row.voidedBy.display : '', formatMoment(row.dateVoided), row.voidReason || '')));
  }
  return parts;
}

/** The Void (and Correct) controls of a row; voiding asks for the reason inline. */
function rowActions(row, path, onVoided, correct) {
  const actions = el('div', 'entry-actions no-print');
  if (row.voided) {
    return actions;
  }
  if (can.void) {
    const voidButton = el('button', 'danger', t('boundaries.contactlog.void'));
    voidButton.type = 'button';
    voidButton.addEventListener('click', () => {
      voidButton.disabled = true;
      actions.after(voidForm(row, path, onVoided, () => { voidButton.disabled = false; }));
    });
    actions.append(voidButton);
  }
  if (correct && can.void && can.add) {
    const correctButton = el('button', null, t('boundaries.contactlog.correct'));
    correctButton.type = 'button';
    correctButton.addEventListener('click', () => correct(row));
    actions.append(correctButton);
  }
  return actions;
}

function voidForm(row, path, onVoided, onClosed) {
  const form = el('form', 'void-form');
  form.noValidate = true;
  const id = 'void-' + row.uuid;
  const labelElement = el('label', null, t('boundaries.contactlog.void.prompt'));
  labelElement.htmlFor = id;
  const reason = el('textarea');
  reason.id = id;
  reason.name = 'reason';
  reason.rows = 2;
  reason.maxLength = 255;
  reason.required = true;
  const slot = el('p', 'field-error');
  slot.dataset.errorFor = 'reason';
  slot.hidden = true;
  const box = el('p', 'error form-error');
  box.hidden = true;
  box.tabIndex = -1;
  box.setAttribute('role', 'alert');
  const confirm = el('button', 'danger', t('boundaries.contactlog.void'));
  confirm.type = 'submit';
  const cancel = el('button', null, t('boundaries.contactlog.cancel'));
  cancel.type = 'button';
  const buttons = el('div', 'form-actions');
  buttons.append(confirm, cancel);
  form.append(el('div', 'field'), box, buttons);
  form.firstChild.append(labelElement, reason, slot);
  cancel.addEventListener('click', () => { form.remove(); onClosed(); });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearFormErrors(form);
    if (!reason.value.trim()) {
      showFormError(form, { fieldErrors: { reason: [{ message: t('boundaries.contactlog.void.prompt') }] } });
      return;
    }
    confirm.disabled = true;
    try {
      await del(path + '/' + encodeURIComponent(row.uuid) + '?reason=' + encodeURIComponent(reason.value.trim()));
      showStatus('boundaries.contactlog.voidedDone');
      await onVoided();
    } catch (failure) {
      showFormError(form, failure);
      confirm.disabled = false;
    }
  });
  setTimeout(() => reason.focus());
  return form;
}

function entryItem(row, head, dl) {
  const item = el('li');
  if (row.voided) {
    item.classList.add('voided-entry');
  }
  const body = el('div', 'entry-body');
  body.append(head, ...dl);
  item.append(body, ...footer(row));
  return item;
}

function badge(text, kind) {
  return el('span', 'badge' + (kind ? ' ' + kind : ''), text);
}

function renderContact(row) {
  const head = el('p', 'entry-head');
  head.append(el('span', null, formatMoment(row.occurredAt)), el('span', null, label('ContactDirection', row.direction)),
    el('span', null, label('ContactChannel', row.channel)),
    badge(label('ContactCategory', row.category), row.category === 'BOUNDARY_CONCERN' ? 'concern' : ''));
  const dl = el('dl');
  addTerm(dl, 'boundaries.contactlog.field.concernKind', label('ConcernKind', row.concernKind));
  addTerm(dl, 'boundaries.contactlog.field.severity', label('ConcernSeverity', row.severity));
  addTerm(dl, 'boundaries.contactlog.field.provider', row.provider && row.provider.display);
  addTerm(dl, 'boundaries.contactlog.field.staffUser', row.staffUser && row.staffUser.display);
  addTerm(dl, 'boundaries.contactlog.field.actions', row.actions.map((a) => label('ActionTaken', a)).join(', '));
  addTerm(dl, 'boundaries.contactlog.field.actionsNote', row.actionsNote);
  addTerm(dl, 'boundaries.contactlog.field.followUpDate', formatDay(row.followUpDate));
  addTerm(dl, 'boundaries.contactlog.field.relatedMessageUuid', row.relatedMessageUuid);
  addTerm(dl, 'boundaries.contactlog.field.corrects', row.corrects && row.corrects.display);
  const item = entryItem(row, head, [el('p', 'summary', row.summary), dl]);
  // an entry written by a transfer of care is corrected by voiding the transfer, in the transfers section
  item.append(rowActions(row, '/contact', () => contacts.reload(),
    row.category === 'CARE_TRANSFER' ? null : correctContact));
  return item;
}

function renderGift(row) {
  const head = el('p', 'entry-head');
  head.append(el('span', null, formatDay(row.offeredOn)), el('span', null, row.description),
    badge(label('GiftDecision', row.decision)));
  if (row.requiresDeclaration) {
    head.append(badge(t('boundaries.contactlog.gift.requiresDeclaration'), 'warn'));
  }
  const dl = el('dl');
  addTerm(dl, 'boundaries.contactlog.field.kind', label('GiftKind', row.kind));
  addTerm(dl, 'boundaries.contactlog.field.estimatedValue', row.estimatedValue + ' ' + row.currency);
  addTerm(dl, 'boundaries.contactlog.field.recipientProvider', row.recipientProvider && row.recipientProvider.display);
  addTerm(dl, 'boundaries.contactlog.field.recipient', row.recipientUser && row.recipientUser.display);
  addTerm(dl, 'boundaries.contactlog.field.donor',
    label('GiftDonor', row.donor) + (row.donorName ? ' — ' + row.donorName : ''));
  addTerm(dl, 'boundaries.contactlog.field.reason', row.reason);
  addTerm(dl, 'boundaries.contactlog.field.declaredOn', formatDay(row.declaredOn));
  addTerm(dl, 'boundaries.contactlog.field.corrects', row.corrects && row.corrects.display);
  const item = entryItem(row, head, [dl]);
  item.append(rowActions(row, '/gift', () => gifts.reload(), correctGift));
  return item;
}

function yesNo(flag) {
  return t(flag ? 'boundaries.contactlog.yes' : 'boundaries.contactlog.no');
}

function renderTransfer(row) {
  const head = el('p', 'entry-head');
  head.append(el('span', null, t('boundaries.contactlog.transfer.moves', row.fromProvider.display,
    row.toProvider.display, formatDay(row.effectiveDate))));
  if (row.endsRelationship) {
    head.append(badge(t('boundaries.contactlog.transfer.endsLabel'), 'concern'));
  }
  const dl = el('dl');
  addTerm(dl, 'boundaries.contactlog.field.reason', row.reason);
  addTerm(dl, 'boundaries.contactlog.field.patientWarnedFirst', yesNo(row.patientWarnedFirst));
  addTerm(dl, 'boundaries.contactlog.field.toldInWriting', yesNo(row.toldInWriting));
  addTerm(dl, 'boundaries.contactlog.field.letterDate', formatDay(row.letterDate));
  addTerm(dl, 'boundaries.contactlog.field.recordsPassedOn', formatDay(row.recordsPassedOn));
  const item = entryItem(row, head, [dl]);
  item.append(rowActions(row, '/transfer', () => Promise.all([transfers.reload(), contacts.reload()])));
  return item;
}

const contacts = pagedList('/contact', 'contact', renderContact);
const gifts = pagedList('/gift', 'gift', renderGift);
const transfers = pagedList('/transfer', 'transfer', renderTransfer);

// ----- forms

function setUpForm(formId, openButtonId, onSubmit, reset) {
  const form = document.getElementById(formId);
  const open = document.getElementById(openButtonId);
  open.hidden = !can.add;
  function close() {
    form.hidden = true;
    open.hidden = !can.add;
  }
  function show() {
    clearFormErrors(form);
    form.hidden = false;
    open.hidden = true;
    form.querySelector('input, select, textarea').focus();
  }
  open.addEventListener('click', () => {
    form.reset();
    reset(form);
    show();
  });
  form.querySelector('.cancel').addEventListener('click', close);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearFormErrors(form);
    const submit = form.querySelector('button[type="submit"]');
    submit.disabled = true;
    try {
      if (await onSubmit(form) !== false) {
        close();
        showStatus('boundaries.contactlog.saved');
      }
    } catch (failure) {
      showFormError(form, failure);
    } finally {
      submit.disabled = false;
    }
  });
  return { form, show };
}

function setCorrecting(form, uuid) {
  form.dataset.corrects = uuid || '';
  form.querySelectorAll('.correcting').forEach((part) => { part.hidden = !uuid; });
}

// contacts
const contactProvider = providerPicker(document.getElementById('c-provider'));
const actionsBox = document.getElementById('c-actions');
ENUMS.ActionTaken.forEach((action) => {
  const line = el('label', 'checkline');
  const box = el('input');
  box.type = 'checkbox';
  box.name = 'actions';
  box.value = action;
  line.append(box, el('span', null, label('ActionTaken', action)));
  actionsBox.append(line);
});
const contactForm = setUpForm('contact-form', 'add-contact', async (form) => {
  const provider = contactProvider.value();
  if (!requireChosen(form, 'provider', provider)) {
    return false;
  }
  const concern = form.category.value === 'BOUNDARY_CONCERN';
  const body = {
    patient: patientUuid,
    occurredAt: form.occurredAt.value ? new Date(form.occurredAt.value).toISOString() : null,
    direction: form.direction.value || null,
    channel: form.channel.value || null,
    category: form.category.value || null,
    concernKind: concern ? form.concernKind.value || null : null,
    severity: concern ? form.severity.value || null : null,
    provider,
    staffUser: form.me.checked ? session.user.uuid : null,
    summary: value(form.summary),
    actions: [...form.querySelectorAll('input[name="actions"]:checked')].map((box) => box.value),
    actionsNote: value(form.actionsNote),
    followUpDate: form.followUpDate.value || null,
    relatedMessageUuid: value(form.relatedMessageUuid),
  };
  if (form.dataset.corrects) {
    body.corrects = form.dataset.corrects;
    body.correctionReason = value(form.correctionReason);
  }
  await post('/contact', body);
  await contacts.reload();
  return true;
}, (form) => {
  setCorrecting(form, null);
  form.occurredAt.value = nowLocalInput();
  contactProvider.set(null);
  showConcernFields();
});
const concernFields = document.getElementById('c-concern');
function showConcernFields() {
  concernFields.hidden = contactForm.form.category.value !== 'BOUNDARY_CONCERN';
}
contactForm.form.category.addEventListener('change', showConcernFields);

function correctContact(row) {
  const form = contactForm.form;
  form.reset();
  setCorrecting(form, row.uuid);
  const local = new Date(row.occurredAt);
  form.occurredAt.value = new Date(local.getTime() - local.getTimezoneOffset() * 60000).toISOString().slice(0, 16);
  ['direction', 'channel', 'category', 'concernKind', 'severity'].forEach((field) => {
    form[field].value = row[field] || '';
  });
  contactProvider.set(row.provider);
  form.me.checked = !!row.staffUser && row.staffUser.uuid === session.user.uuid;
  form.summary.value = row.summary;
  form.querySelectorAll('input[name="actions"]').forEach((box) => { box.checked = row.actions.includes(box.value); });
  form.actionsNote.value = row.actionsNote || '';
  form.followUpDate.value = row.followUpDate || '';
  form.relatedMessageUuid.value = row.relatedMessageUuid || '';
  showConcernFields();
  contactForm.show();
  form.scrollIntoView();
}

// gifts
const giftProvider = providerPicker(document.getElementById('g-recipientProvider'));
const warnings = document.getElementById('gift-warnings');
let assessTimer = null;
function assessSoon() {
  clearTimeout(assessTimer);
  assessTimer = setTimeout(assess, 300);
}
async function assess() {
  const form = giftForm.form;
  if (form.estimatedValue.value === '' || !form.offeredOn.value) {
    warnings.hidden = true;
    return;
  }
  const params = new URLSearchParams({ patient: patientUuid, estimatedValue: form.estimatedValue.value,
    offeredOn: form.offeredOn.value });
  ['currency', 'kind', 'decision'].forEach((field) => {
    if (form[field].value.trim()) {
      params.set(field, form[field].value.trim().toUpperCase());
    }
  });
  if (form.dataset.corrects) {
    params.set('corrects', form.dataset.corrects);
  }
  try {
    const assessment = await get('/gift/assessment?' + params);
    warnings.replaceChildren(...assessment.warnings.map((warning) => el('li', null, warning.message)));
    warnings.hidden = assessment.warnings.length === 0;
  } catch (ignored) {
    // saving reports any real problem with these values
    warnings.hidden = true;
  }
}
const giftForm = setUpForm('gift-form', 'add-gift', async (form) => {
  const recipientProvider = giftProvider.value();
  if (!requireChosen(form, 'recipientProvider', recipientProvider)) {
    return false;
  }
  const amount = form.estimatedValue.value.trim();
  const body = {
    patient: patientUuid,
    description: value(form.description),
    kind: form.kind.value || null,
    estimatedValue: amount === '' ? null : amount,
    currency: value(form.currency),
    recipientProvider,
    recipientUser: form.me.checked ? session.user.uuid : null,
    donor: form.donor.value || null,
    donorName: value(form.donorName),
    offeredOn: form.offeredOn.value || null,
    decision: form.decision.value || null,
    reason: value(form.reason),
    declaredOn: form.declaredOn.value || null,
  };
  if (form.dataset.corrects) {
    body.corrects = form.dataset.corrects;
    body.correctionReason = value(form.correctionReason);
  }
  await post('/gift', body);
  await gifts.reload();
  return true;
}, (form) => {
  setCorrecting(form, null);
  form.offeredOn.value = todayIso();
  giftProvider.set(null);
  warnings.hidden = true;
});
['estimatedValue', 'currency', 'kind', 'decision', 'offeredOn'].forEach((field) => {
  giftForm.form[field].addEventListener('input', assessSoon);
  giftForm.form[field].addEventListener('change', assessSoon);
});

function correctGift(row) {
  const form = giftForm.form;
  form.reset();
  setCorrecting(form, row.uuid);
  ['description', 'kind', 'currency', 'donor', 'decision'].forEach((field) => { form[field].value = row[field] || ''; });
  form.estimatedValue.value = row.estimatedValue;
  form.donorName.value = row.donorName || '';
  form.offeredOn.value = row.offeredOn || '';
  form.declaredOn.value = row.declaredOn || '';
  form.reason.value = row.reason || '';
  giftProvider.set(row.recipientProvider);
  form.me.checked = !!row.recipientUser && row.recipientUser.uuid === session.user.uuid;
  giftForm.show();
  form.scrollIntoView();
  assess();
}

// transfers
const fromProvider = providerPicker(document.getElementById('t-fromProvider'));
const toProvider = providerPicker(document.getElementById('t-toProvider'));
const letterField = document.getElementById('t-letter');
const transferForm = setUpForm('transfer-form', 'add-transfer', async (form) => {
  const from = fromProvider.value();
  const to = toProvider.value();
  if (!requireChosen(form, 'fromProvider', from) || !requireChosen(form, 'toProvider', to)) {
    return false;
  }
  await post('/transfer', {
    patient: patientUuid,
    fromProvider: from,
    toProvider: to,
    reason: value(form.reason),
    endsRelationship: form.endsRelationship.checked,
    patientWarnedFirst: form.patientWarnedFirst.checked,
    toldInWriting: form.toldInWriting.checked,
    letterDate: form.toldInWriting.checked ? form.letterDate.value || null : null,
    recordsPassedOn: form.recordsPassedOn.value || null,
    effectiveDate: form.effectiveDate.value || null,
  });
  await Promise.all([transfers.reload(), contacts.reload()]);
  return true;
}, (form) => {
  form.effectiveDate.value = todayIso();
  fromProvider.set(null);
  toProvider.set(null);
  letterField.hidden = true;
});
transferForm.form.toldInWriting.addEventListener('change', (event) => { letterField.hidden = !event.target.checked; });

// ----- the page

async function openLog() {
  document.querySelectorAll('select[data-enum]').forEach((select) => {
    fillSelect(select, select.dataset.enum, 'boundaries.contactlog.choose');
  });
  // transfers of care are recorded with their own form, which writes their entry
  contactForm.form.category.querySelector('option[value="CARE_TRANSFER"]').remove();
  const patient = await get('/patient/' + encodeURIComponent(patientUuid));
  document.getElementById('patient-name').textContent = patient.display;
  document.title = t('boundaries.contactlog.title') + ' — ' + patient.display;
  document.getElementById('log').hidden = false;
  document.getElementById('show-voided-line').hidden = !can.void;
  document.getElementById('print-link').href = 'contact-log-print.html?patient=' + encodeURIComponent(patientUuid);
  document.getElementById('threads-link').href = 'messaging-patient.html?patient=' + encodeURIComponent(patientUuid);
  document.getElementById('acknowledgements-link').href =
    'boundaries-acknowledgements.html?patient=' + encodeURIComponent(patientUuid);
  function exportLinks() {
    const params = { patient: patientUuid, includeVoided: showVoided.checked };
    document.getElementById('export-contacts').href = csvHref('/contact', params);
    document.getElementById('export-gifts').href = csvHref('/gift', params);
  }
  exportLinks();
  showVoided.addEventListener('change', () => {
    exportLinks();
    Promise.all([contacts.reload(), gifts.reload(), transfers.reload()]).catch(showPageError);
  });
  const [, giftBody] = await Promise.all([contacts.reload(), gifts.reload(), transfers.reload()]);
  document.getElementById('gift-policy').textContent = t('boundaries.contactlog.gift.policy',
    giftBody.policy.threshold, giftBody.policy.currency);
  giftForm.form.currency.placeholder = giftBody.policy.currency;
}

if (!patientUuid) {
  offerPatientSearch();
} else {
  try {
    await openLog();
  } catch (failure) {
    showPageError(failure);
  }
}
