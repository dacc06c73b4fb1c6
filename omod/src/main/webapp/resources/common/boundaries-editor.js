// The boundaries editor shared by "My boundaries" (a provider's own profile) and the organisation default: edit the
// draft, preview it exactly as patients will see it, publish it, and read the published history.

import { get, put, post, del } from './api.js';
import { t, errorText } from './i18n.js';
import { startPage } from './page.js';
import { CHANNELS, DAYS, el, formatDate, renderBoundaries } from './boundaries-view.js';

const STANCES = ['WELCOME', 'LIMITED', 'NOT_ACCEPTED'];

const TEXT_FIELDS = [
  ['readingTimes', 'replies', 500],
  ['emergencyInstructions', 'urgent', 1000],
  ['outOfHoursInstructions', 'urgent', 1000],
  ['portalTopics', 'topics', 1000],
  ['appointmentTopics', 'topics', 1000],
  ['giftPolicy', 'policies', 1000],
  ['socialMediaPolicy', 'policies', 1000],
  ['personalNote', 'policies', 500],
];

function query(provider) {
  return '?provider=' + encodeURIComponent(provider);
}

function field(id, labelKey, control, hintText) {
  const wrapper = el('div', 'field');
  const label = el('label', null, t(labelKey));
  label.htmlFor = id;
  wrapper.append(label, control);
  if (hintText) {
    const hint = el('p', 'hint', hintText);
    hint.id = id + '-hint';
    control.setAttribute('aria-describedby', hint.id);
    wrapper.append(hint);
  }
  const error = el('p', 'field-error');
  error.id = id + '-error';
  error.hidden = true;
  wrapper.append(error);
  return wrapper;
}

function option(value, text) {
  const element = el('option', null, text);
  element.value = value;
  return element;
}

/** The hint under a field that the organisation default would fill. */
function defaultHint(organisationDefault, value) {
  return organisationDefault && value ? t('boundaries.editor.defaultValue', value) : null;
}

function fieldset(legendKey) {
  const set = el('fieldset', 'card');
  set.append(el('legend', null, t(legendKey)));
  return set;
}

/**
 * Starts the editor in {@code root} for a provider uuid, or "default" for the organisation default.
 */
export async function startEditor(root, provider) {
  const editingDefault = provider === 'default';
  const [draft, organisationDefault] = await Promise.all([
    get('/profile/draft' + query(provider)),
    editingDefault ? Promise.resolve(null) : get('/profile' + query('default')),
  ]);

  const status = el('p', 'muted');
  status.id = 'draft-status';
  status.setAttribute('role', 'status');
  const form = el('form');
  form.id = 'boundaries-form';
  form.noValidate = true;

  // Channels
  const channels = fieldset('boundaries.profile.channelsTitle');
  channels.append(el('p', 'hint', t('boundaries.editor.channelsHelp')));
  CHANNELS.forEach((channel) => {
    const inheritedRule = organisationDefault && organisationDefault.channelRules.find((r) => r.channel === channel);
    const select = el('select');
    select.id = 'f-channel-' + channel;
    select.name = 'channel-' + channel;
    select.append(option('', inheritedRule && inheritedRule.stance
      ? t('boundaries.editor.useDefaultStance', t('boundaries.stance.' + inheritedRule.stance))
      : t('boundaries.editor.notStated')));
    STANCES.forEach((stance) => select.append(option(stance, t('boundaries.stance.' + stance))));
    const note = el('input');
    note.type = 'text';
    note.id = 'f-channel-' + channel + '-note';
    note.maxLength = 500;
    const row = el('div', 'channel-row');
    row.dataset.channel = channel;
    row.append(field(select.id, 'boundaries.channel.' + channel, select),
      field(note.id, 'boundaries.editor.channelNote', note));
    channels.append(row);
  });

  // Replies
  const replies = fieldset('boundaries.profile.repliesTitle');
  const replyValue = el('input');
  replyValue.type = 'number';
  replyValue.id = 'f-replyTimeValue';
  replyValue.min = '1';
  replyValue.max = '120';
  replyValue.inputMode = 'numeric';
  const replyUnit = el('select');
  replyUnit.id = 'f-replyTimeUnit';
  replyUnit.append(option('', t('boundaries.editor.notStated')),
    option('WORKING_HOURS', t('boundaries.unit.WORKING_HOURS')), option('WORKING_DAYS', t('boundaries.unit.WORKING_DAYS')));
  const inheritedReply = organisationDefault && organisationDefault.replyTimeValue
    ? t('boundaries.profile.replyWithin.' + organisationDefault.replyTimeUnit, organisationDefault.replyTimeValue) : null;
  const replyRow = el('div', 'inline-fields');
  replyRow.append(field(replyValue.id, 'boundaries.editor.replyTimeValue', replyValue, defaultHint(organisationDefault, inheritedReply)),
    field(replyUnit.id, 'boundaries.editor.replyTimeUnit', replyUnit));
  replies.append(replyRow);

  const days = el('fieldset', 'days');
  days.id = 'f-workingDays';
  days.append(el('legend', null, t('boundaries.editor.workingDays')));
  DAYS.forEach((day) => {
    const box = el('input');
    box.type = 'checkbox';
    box.id = 'f-day-' + day;
    box.value = day;
    const label = el('label', 'check', null);
    label.append(box, document.createTextNode(' ' + t('boundaries.day.' + day)));
    days.append(label);
  });
  if (organisationDefault && organisationDefault.workingDays.length) {
    days.append(el('p', 'hint', t('boundaries.editor.defaultValue',
      organisationDefault.workingDays.map((day) => t('boundaries.day.' + day)).join(', '))));
  }
  const daysError = el('p', 'field-error');
  daysError.id = 'f-workingDays-error';
  daysError.hidden = true;
  days.append(daysError);
  replies.append(days);

  const start = el('input');
  start.type = 'time';
  start.id = 'f-workingHoursStart';
  const end = el('input');
  end.type = 'time';
  end.id = 'f-workingHoursEnd';
  const inheritedHours = organisationDefault && organisationDefault.workingHoursStart
    ? t('boundaries.profile.hoursRange', organisationDefault.workingHoursStart, organisationDefault.workingHoursEnd) : null;
  const hoursRow = el('div', 'inline-fields');
  hoursRow.append(field(start.id, 'boundaries.editor.workingHoursStart', start, defaultHint(organisationDefault, inheritedHours)),
    field(end.id, 'boundaries.editor.workingHoursEnd', end));
  replies.append(hoursRow);

  const groups = {
    replies,
    urgent: fieldset('boundaries.profile.urgentTitle'),
    topics: fieldset('boundaries.profile.topicsTitle'),
    policies: fieldset('boundaries.profile.policiesTitle'),
  };
  TEXT_FIELDS.forEach(([name, group, max]) => {
    const area = el('textarea');
    area.id = 'f-' + name;
    area.rows = 3;
    area.maxLength = max;
    groups[group].append(field(area.id, 'boundaries.profile.' + name, area,
      defaultHint(organisationDefault, organisationDefault && organisationDefault[name])));
  });
  form.append(channels, groups.replies, groups.urgent, groups.topics, groups.policies);

  const message = el('p', null);
  message.id = 'form-message';
  message.setAttribute('role', 'alert');
  message.hidden = true;
  const actions = el('div', 'actions');
  const buttons = {};
  [['save', 'primary'], ['preview', ''], ['publish', 'primary'], ['discard', 'danger']].forEach(([name, kind]) => {
    const button = el('button', kind, t('boundaries.editor.' + name));
    button.type = 'button';
    button.id = name + '-button';
    buttons[name] = button;
    actions.append(button);
  });
  form.append(message, actions);

  const previewSection = el('section', 'card preview');
  previewSection.id = 'preview';
  previewSection.hidden = true;
  const previewTitle = el('h2', null, t('boundaries.editor.previewTitle'));
  previewTitle.tabIndex = -1;
  const previewBody = el('div');
  previewBody.id = 'preview-body';
  previewSection.append(previewTitle, previewBody);

  const historySection = el('section', 'card');
  historySection.id = 'history';
  historySection.append(el('h2', null, t('boundaries.editor.historyTitle')));
  const historyList = el('div', 'table-scroll');
  historySection.append(historyList);

  root.replaceChildren(status, form, previewSection, historySection);

  function fill(profile) {
    CHANNELS.forEach((channel) => {
      const rule = profile.channelRules.find((r) => r.channel === channel);
      form.querySelector('#f-channel-' + channel).value = rule ? rule.stance : '';
      form.querySelector('#f-channel-' + channel + '-note').value = rule && rule.note ? rule.note : '';
    });
    replyValue.value = profile.replyTimeValue == null ? '' : String(profile.replyTimeValue);
    replyUnit.value = profile.replyTimeUnit || '';
    DAYS.forEach((day) => { form.querySelector('#f-day-' + day).checked = profile.workingDays.includes(day); });
    start.value = profile.workingHoursStart || '';
    end.value = profile.workingHoursEnd || '';
    TEXT_FIELDS.forEach(([name]) => { form.querySelector('#f-' + name).value = profile[name] || ''; });
    status.textContent = profile.saved ? t('boundaries.editor.draftSaved', profile.display)
      : profile.version ? t('boundaries.editor.startingFrom', profile.version) : t('boundaries.editor.startingEmpty');
    draftSaved = profile.saved;
    buttons.discard.disabled = !draftSaved;
  }

  let draftSaved = false;
  let sentChannels = [];

  function collect() {
    sentChannels = CHANNELS.filter((channel) => form.querySelector('#f-channel-' + channel).value);
    const body = {
      channelRules: sentChannels.map((channel) => ({
        channel,
        stance: form.querySelector('#f-channel-' + channel).value,
        note: form.querySelector('#f-channel-' + channel + '-note').value,
      })),
      replyTimeValue: /^\d+$/.test(replyValue.value.trim()) ? Number(replyValue.value.trim())
        : (replyValue.value.trim() || null),
      replyTimeUnit: replyUnit.value || null,
      workingDays: DAYS.filter((day) => form.querySelector('#f-day-' + day).checked),
      workingHoursStart: start.value || null,
      workingHoursEnd: end.value || null,
    };
    TEXT_FIELDS.forEach(([name]) => { body[name] = form.querySelector('#f-' + name).value; });
    return body;
  }

  /** The element id a server field error belongs to: channelRules[i].x points at the i-th channel sent. */
  function elementIdFor(fieldName) {
    const rule = /^channelRules\[(\d+)]\.?(\w*)$/.exec(fieldName);
    if (rule) {
      const channel = sentChannels[Number(rule[1])];
      return rule[2] === 'note' ? 'f-channel-' + channel + '-note' : 'f-channel-' + channel;
    }
    return 'f-' + fieldName;
  }

  function clearErrors() {
    message.hidden = true;
    form.querySelectorAll('.field-error').forEach((p) => { p.hidden = true; p.textContent = ''; });
    form.querySelectorAll('[aria-invalid]').forEach((c) => c.removeAttribute('aria-invalid'));
  }

  function show(text, kind) {
    message.textContent = text;
    message.className = kind;
    message.hidden = false;
  }

  function showFailure(failure) {
    let first = null;
    Object.entries(failure.fieldErrors || {}).forEach(([name, problems]) => {
      const id = elementIdFor(name);
      const control = form.querySelector('#' + CSS.escape(id));
      const error = form.querySelector('#' + CSS.escape(id + '-error'));
      if (control && error) {
        control.setAttribute('aria-invalid', 'true');
        error.textContent = problems.map((p) => p.message).join(' ');
        error.hidden = false;
        first = first || control;
      }
    });
    show(errorText(failure), 'error');
    if (first) {
      first.focus();
    }
  }

  async function save() {
    clearErrors();
    const saved = await put('/profile/draft' + query(provider), collect());
    fill(saved);
    return saved;
  }

  async function run(action) {
    Object.values(buttons).forEach((b) => { b.disabled = true; });
    try {
      await action();
    } catch (failure) {
      showFailure(failure);
    } finally {
      Object.values(buttons).forEach((b) => { b.disabled = false; });
      buttons.discard.disabled = !draftSaved;
    }
  }

  function showPreview(data, subtitle) {
    renderBoundaries(previewBody, data, subtitle);
    previewSection.hidden = false;
    previewTitle.focus();
  }

  async function loadHistory() {
    const history = await get('/profile/history' + query(provider) + '&v=full&limit=20');
    historyList.replaceChildren();
    if (history.results.length === 0) {
      historyList.append(el('p', 'muted', t('boundaries.editor.noHistory')));
      return;
    }
    const table = el('table');
    const head = el('tr');
    ['boundaries.editor.version', 'boundaries.editor.published', 'boundaries.editor.publishedBy', null]
      .forEach((key) => head.append(el('th', null, key ? t(key) : '')));
    const thead = el('thead');
    thead.append(head);
    const body = el('tbody');
    history.results.forEach((version) => {
      const row = el('tr');
      row.append(el('td', null, String(version.version)), el('td', null, formatDate(version.publishedDate)),
        el('td', null, version.auditInfo && version.auditInfo.creator ? version.auditInfo.creator.display : ''));
      const view = el('button', 'link', t('boundaries.editor.view'));
      view.type = 'button';
      view.addEventListener('click', () => showPreview(version, t('boundaries.profile.versionPublished',
        version.version, formatDate(version.publishedDate))));
      const cell = el('td');
      cell.append(view);
      row.append(cell);
      body.append(row);
    });
    table.append(thead, body);
    historyList.append(table);
  }

  buttons.save.addEventListener('click', () => run(async () => {
    await save();
    show(t('boundaries.editor.saved'), 'success');
  }));
  buttons.preview.addEventListener('click', () => run(async () => {
    await save();
    const preview = await get('/profile/draft/preview' + query(provider));
    showPreview(preview, t('boundaries.editor.previewSubtitle'));
  }));
  buttons.publish.addEventListener('click', () => run(async () => {
    if (!window.confirm(t('boundaries.editor.confirmPublish'))) {
      return;
    }
    await save();
    const published = await post('/profile/publish' + query(provider));
    fill(await get('/profile/draft' + query(provider)));
    await loadHistory();
    show(t('boundaries.editor.publishedMessage', published.version), 'success');
  }));
  buttons.discard.addEventListener('click', () => run(async () => {
    if (!window.confirm(t('boundaries.editor.confirmDiscard'))) {
      return;
    }
    await del('/profile/draft' + query(provider));
    fill(await get('/profile/draft' + query(provider)));
    show(t('boundaries.editor.discarded'), 'success');
  }));

  fill(draft);
  await loadHistory();
}

/**
 * What an editor page does: sign-in check, then the editor for the provider {@code providerFor(session)} names
 * (a provider uuid or "default"), or a message saying why there is nothing to edit.
 */
export async function openEditorPage(providerFor) {
  const session = await startPage();
  const root = document.getElementById('editor');
  const provider = providerFor(session);
  if (!provider) {
    root.replaceChildren(el('p', 'notice', t('boundaries.editor.notAProvider')));
    return;
  }
  try {
    await startEditor(root, provider);
  } catch (failure) {
    root.replaceChildren(el('p', 'error', errorText(failure)));
  }
}
