// Building blocks shared by the portal's and the clinician's messaging pages. Every piece of user data goes in with
// textContent, so message bodies (HTML, scripts, very long words, emoji, right-to-left text) show as typed and stay inert.

import { t } from './i18n.js';

/** An element with optional class and text. */
export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text !== undefined && text !== null) {
    node.textContent = text;
  }
  return node;
}

export function param(name) {
  return new URLSearchParams(location.search).get(name);
}

/** A date from the API (yyyy-MM-ddTHH:mm:ss.SSS+0000) in the page's language. */
export function formatDate(iso) {
  if (!iso) {
    return '';
  }
  const date = new Date(iso.replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
  return date.toLocaleString(document.documentElement.lang || undefined,
    { dateStyle: 'medium', timeStyle: 'short' });
}

/** A <time> element for an API date. */
export function timeElement(iso) {
  const time = el('time', null, formatDate(iso));
  if (iso) {
    time.dateTime = iso.replace(/([+-]\d\d)(\d\d)$/, '$1:$2');
  }
  return time;
}

export function categoryLabel(category) {
  return t('boundaries.messaging.category.' + category);
}

/** Fills a <select> with the thread categories. */
export function fillCategories(select) {
  ['CLINICAL_QUESTION', 'PRESCRIPTION_RENEWAL', 'APPOINTMENT', 'TEST_RESULTS', 'ADMINISTRATIVE', 'OTHER']
    .forEach((category) => {
      const option = el('option', null, categoryLabel(category));
      option.value = category;
      select.append(option);
    });
}

/**
 * Keeps a "characters left" counter under a text area and marks it when the text is too long. Lengths are counted
 * as the server counts them (UTF-16 code units, which is what String.length gives).
 */
export function attachCounter(textarea, output, max) {
  const update = () => {
    const left = max - textarea.value.length;
    output.textContent = t('boundaries.messaging.counter', left, max);
    output.classList.toggle('over', left < 0);
    textarea.setAttribute('aria-invalid', String(left < 0));
  };
  textarea.addEventListener('input', update);
  update();
  return update;
}

/** Who a message is from, as the reader sees it. */
function senderLabel(message, staff) {
  switch (message.senderRole) {
    case 'AUTOMATIC':
      return t('boundaries.messaging.sender.automatic');
    case 'STAFF_NOTE':
      return t('boundaries.messaging.sender.note', message.sender ? message.sender.display : '');
    case 'PATIENT':
      return staff ? t('boundaries.messaging.sender.patient', message.sender ? message.sender.display : '')
        : t('boundaries.messaging.sender.you');
    default:
      return message.sender ? message.sender.display : '';
  }
}

/**
 * The thread as it is after a reply, from the thread as shown and the reply's answer (the new message and the thread's
 * summary); null when the page must read the thread again: someone else wrote in between (or, for a patient, a staff
 * note is hidden there), or the reply started a wait for an answer, which adds the automatic acknowledgement.
 */
export function afterReply(shown, answer) {
  const last = shown.messages.length ? shown.messages[shown.messages.length - 1].sequence : 0;
  if (answer.message.sequence !== last + 1 || (answer.thread.awaitingReply && !shown.awaitingReply)) {
    return null;
  }
  return { ...answer.thread, messages: [...shown.messages, answer.message], maxLength: shown.maxLength };
}

/**
 * One message as an <article>: who, when, the body (or that it was withdrawn), read mark, and for staff the void
 * details. `actions` (staff) receives the article's footer to add buttons to.
 */
export function renderMessage(message, { staff, actions } = {}) {
  const article = el('article', 'message ' + message.senderRole.toLowerCase());
  article.dataset.uuid = message.uuid;
  if (message.voided) {
    article.classList.add('is-voided');
  }
  const header = el('header', 'message-head');
  header.append(el('span', 'message-sender', senderLabel(message, staff)), ' ', timeElement(message.dateSent));
  if (staff && message.flagged) {
    header.append(' ', el('span', 'badge concern', t('boundaries.messaging.flagged')));
  }
  article.append(header);
  if (message.voided) {
    article.append(el('p', 'muted', staff ? t('boundaries.messaging.voidedBy',
      message.voidedBy ? message.voidedBy.display : '', formatDate(message.dateVoided), message.voidReason || '')
      : t('boundaries.messaging.withdrawn')));
  }
  if (message.body !== null && message.body !== undefined) {
    const body = el('p', 'message-body' + (message.voided ? ' voided' : ''), message.body);
    body.dir = 'auto';
    article.append(body);
  }
  const footer = el('footer', 'message-foot');
  if (message.readByRecipient) {
    footer.append(el('span', 'muted', t(message.senderRole === 'PATIENT'
      ? 'boundaries.messaging.readByStaff' : 'boundaries.messaging.readByPatient')));
  }
  if (actions) {
    actions(footer, message);
  }
  if (footer.childNodes.length) {
    article.append(footer);
  }
  return article;
}

/**
 * One thread in a list: a link to thread.html with the subject, who the thread is with, its category and last
 * message time, then the badges the caller passes.
 */
export function threadListItem(thread, withWhom, badges) {
  const item = el('li', thread.unread ? 'unread' : '');
  const link = el('a');
  link.href = 'thread.html?uuid=' + encodeURIComponent(thread.uuid);
  const subject = el('span', 'subject', thread.subject);
  subject.dir = 'auto';
  const meta = el('span', 'thread-meta');
  meta.append(el('span', null, withWhom), el('span', null, categoryLabel(thread.category)),
    timeElement(thread.lastMessageAt), ...badges);
  link.append(subject, meta);
  item.append(link);
  return item;
}

/** Shows an error (or hides the box when text is empty). */
export function showError(box, text) {
  box.textContent = text || '';
  box.hidden = !text;
}
