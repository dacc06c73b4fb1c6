// Renders a provider's boundaries (the effective boundaries, a preview or one version) as the patient sees them.
// Shared by the portal page, the clinician's preview and the history. Text is inserted with textContent only.

import { t } from './i18n.js';

export const CHANNELS = ['PORTAL', 'CLINIC_PHONE', 'PERSONAL_PHONE', 'EMAIL', 'SMS', 'VIDEO', 'SOCIAL_MEDIA',
  'MEETING_OUTSIDE_CLINIC'];

export const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

/** Creates an element with optional class and text. */
export function el(tag, className, text) {
  const element = document.createElement(tag);
  if (className) {
    element.className = className;
  }
  if (text !== undefined && text !== null) {
    element.textContent = text;
  }
  return element;
}

export function formatDate(iso) {
  if (!iso) {
    return '';
  }
  return new Date(iso).toLocaleDateString(document.documentElement.lang || undefined,
    { year: 'numeric', month: 'long', day: 'numeric' });
}

/** "within 2 working days", or null when no reply time is set. */
export function replyTimeText(data) {
  if (!data.replyTimeValue || !data.replyTimeUnit) {
    return null;
  }
  return t('boundaries.profile.replyWithin.' + data.replyTimeUnit, data.replyTimeValue);
}

/** "Monday, Tuesday … 09:00–17:00", or null when neither days nor hours are set. */
export function workingTimeText(data) {
  const days = (data.workingDays || []).map((day) => t('boundaries.day.' + day)).join(', ');
  const hours = data.workingHoursStart ? t('boundaries.profile.hoursRange', data.workingHoursStart, data.workingHoursEnd) : '';
  if (!days && !hours) {
    return null;
  }
  return [days || t('boundaries.profile.everyDay'), hours].filter(Boolean).join(' · ');
}

function isInherited(data, fields) {
  return Array.isArray(data.inherited) && [].concat(fields).some((field) => data.inherited.includes(field));
}

/**
 * A labelled paragraph for a field (or fields shown together), marked when it comes from the organisation default;
 * nothing when unset.
 */
function fieldBlock(data, fields, labelKey, value) {
  if (!value) {
    return null;
  }
  const block = el('div', 'boundaries-field');
  block.dataset.field = [].concat(fields)[0];
  block.append(el('h3', null, t(labelKey)));
  const text = el('p', 'boundaries-text', value);
  block.append(text);
  if (isInherited(data, fields)) {
    block.append(el('p', 'inherited-mark', t('boundaries.profile.fromDefault')));
  }
  return block;
}

function section(titleKey, blocks, className) {
  const present = blocks.filter(Boolean);
  if (present.length === 0) {
    return null;
  }
  const element = el('section', 'boundaries-section' + (className ? ' ' + className : ''));
  element.append(el('h2', 'section-title', t(titleKey)));
  present.forEach((block) => element.append(block));
  return element;
}

function channelTable(data) {
  const rules = (data.channelRules || []).filter((rule) => rule.stance);
  if (rules.length === 0) {
    return null;
  }
  const table = el('table', 'channels');
  const caption = el('caption', 'visually-hidden', t('boundaries.profile.channelsTitle'));
  table.append(caption);
  const body = el('tbody');
  rules.forEach((rule) => {
    const row = el('tr');
    row.dataset.channel = rule.channel;
    row.append(el('th', null, t('boundaries.channel.' + rule.channel)));
    const cell = el('td');
    cell.append(el('span', 'stance stance-' + rule.stance.toLowerCase(), t('boundaries.stance.' + rule.stance)));
    if (rule.note) {
      cell.append(el('span', 'channel-note', rule.note));
    }
    if (rule.inherited) {
      cell.append(el('span', 'inherited-mark', t('boundaries.profile.fromDefault')));
    }
    row.append(cell);
    body.append(row);
  });
  table.append(body);
  return table;
}

/**
 * Renders boundaries into a container (emptied first). {@code data} is an effective-boundaries or profile
 * representation from the REST API; {@code subtitle} an optional line under the name.
 */
export function renderBoundaries(container, data, subtitle) {
  container.replaceChildren();
  const article = el('article', 'boundaries');
  const header = el('header', 'boundaries-header');
  header.append(el('h1', 'boundaries-name', data.display || ''));
  if (subtitle) {
    header.append(el('p', 'muted', subtitle));
  }
  article.append(header);
  if (data.personalNote) {
    const note = el('blockquote', 'personal-note', data.personalNote);
    article.append(note);
  }
  const reply = replyTimeText(data);
  const working = workingTimeText(data);
  const sections = [
    section('boundaries.profile.channelsTitle', [channelTable(data)], 'channels-section'),
    section('boundaries.profile.repliesTitle', [
      fieldBlock(data, 'replyTime', 'boundaries.profile.replyTime', reply),
      fieldBlock(data, ['workingDays', 'workingHours'], 'boundaries.profile.workingTime', working),
      fieldBlock(data, 'readingTimes', 'boundaries.profile.readingTimes', data.readingTimes),
    ]),
    section('boundaries.profile.urgentTitle', [
      fieldBlock(data, 'emergencyInstructions', 'boundaries.profile.emergencyInstructions', data.emergencyInstructions),
      fieldBlock(data, 'outOfHoursInstructions', 'boundaries.profile.outOfHoursInstructions', data.outOfHoursInstructions),
    ], 'urgent'),
    section('boundaries.profile.topicsTitle', [
      fieldBlock(data, 'portalTopics', 'boundaries.profile.portalTopics', data.portalTopics),
      fieldBlock(data, 'appointmentTopics', 'boundaries.profile.appointmentTopics', data.appointmentTopics),
    ]),
    section('boundaries.profile.policiesTitle', [
      fieldBlock(data, 'giftPolicy', 'boundaries.profile.giftPolicy', data.giftPolicy),
      fieldBlock(data, 'socialMediaPolicy', 'boundaries.profile.socialMediaPolicy', data.socialMediaPolicy),
    ]),
  ].filter(Boolean);
  if (sections.length === 0 && !data.personalNote) {
    article.append(el('p', 'notice', t('boundaries.profile.nothingPublished')));
  }
  const grid = el('div', 'boundaries-grid');
  sections.forEach((s) => grid.append(s));
  article.append(grid);
  container.append(article);
  return article;
}
