// Every string a page shows comes from the module's messages.properties (boundaries.* keys), fetched once per page
// in the user's locale (or ?lang=xx). Text is always inserted with textContent.

import { API_BASE } from './api.js';

let messages = {};

export async function loadMessages() {
  const lang = new URLSearchParams(location.search).get('lang');
  const query = lang ? '?locale=' + encodeURIComponent(lang) : '';
  const response = await fetch(API_BASE + '/messages' + query, { credentials: 'same-origin' });
  if (response.ok) {
    const body = await response.json();
    messages = body.messages || {};
    document.documentElement.lang = body.locale || 'en';
  }
  translate(document);
}

/** The message for a key with {0}, {1}... replaced by the arguments; the key itself when it is unknown. */
export function t(key, ...args) {
  let text = Object.prototype.hasOwnProperty.call(messages, key) ? messages[key] : key;
  args.forEach((arg, i) => {
    text = text.split('{' + i + '}').join(String(arg));
  });
  return text;
}

/** Fills data-i18n (text), data-i18n-placeholder, data-i18n-title and data-i18n-aria-label in a subtree. */
export function translate(root) {
  root.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  root.querySelectorAll('[data-i18n-placeholder]').forEach((el) => { el.placeholder = t(el.dataset.i18nPlaceholder); });
  root.querySelectorAll('[data-i18n-title]').forEach((el) => { el.title = t(el.dataset.i18nTitle); });
  root.querySelectorAll('[data-i18n-aria-label]').forEach((el) => {
    el.setAttribute('aria-label', t(el.dataset.i18nAriaLabel));
  });
  const title = document.querySelector('title[data-i18n]');
  if (title) {
    document.title = t(title.dataset.i18n);
  }
}

/** A user-facing message for an ApiError: the server's (already localized) message, else a generic one. */
export function errorText(error) {
  if (error && error.code === 'boundaries.error.network') {
    return t('boundaries.error.network');
  }
  return (error && error.message) || t('boundaries.error.internal');
}
