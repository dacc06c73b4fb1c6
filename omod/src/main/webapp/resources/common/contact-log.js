// Shared by the contact & gift log pages (clinician) and the managers' reports (admin): the log's closed lists,
// labels from the module's messages, date formatting, a provider picker and form error display.
// User data is always inserted with textContent.

import { get, API_BASE } from './api.js';
import { t, errorText } from './i18n.js';

export const PRIV_VIEW = 'Boundaries: View Contact Log';
export const PRIV_ADD = 'Boundaries: Add Contact Log';
export const PRIV_VOID = 'Boundaries: Void Contact Log';
export const PRIV_REPORTS = 'Boundaries: View Gift Register and Reports';

// Mirrors of the Java enums in org.openmrs.module.boundaries.contactlog
export const ENUMS = {
  ContactDirection: ['INBOUND', 'OUTBOUND'],
  ContactChannel: ['PORTAL_MESSAGE', 'CLINIC_PHONE', 'PERSONAL_PHONE', 'EMAIL', 'SMS', 'VIDEO', 'SOCIAL_MEDIA',
    'IN_PERSON', 'LETTER', 'OTHER'],
  ContactCategory: ['ROUTINE', 'BOUNDARY_CONCERN', 'GIFT', 'COMPLAINT', 'CARE_TRANSFER', 'OTHER'],
  ConcernKind: ['ROMANTIC_OR_SEXUAL', 'PERSONAL_RELATIONSHIP', 'SOCIAL_MEDIA_CONTACT', 'EXCESSIVE_CONTACT',
    'HARASSMENT_OR_THREAT', 'FINANCIAL', 'OTHER'],
  ConcernSeverity: ['LOW', 'MEDIUM', 'HIGH'],
  ActionTaken: ['PATIENT_TOLD_OF_BOUNDARIES', 'DECLINED', 'NO_REPLY_ON_PERSONAL_CHANNEL', 'CARE_TRANSFERRED',
    'PRACTICE_MANAGER_INFORMED', 'DEFENCE_ORGANISATION_CONTACTED', 'OTHER'],
  GiftKind: ['CASH_OR_VOUCHER', 'CONSUMABLE', 'PERSONAL_ITEM', 'BEQUEST', 'HOSPITALITY'],
  GiftDonor: ['PATIENT', 'RELATIVE', 'OTHER'],
  GiftDecision: ['ACCEPTED', 'DECLINED', 'RETURNED', 'PASSED_TO_ORGANISATION', 'PASSED_TO_CHARITY'],
};

export function label(enumName, value) {
  return value ? t('boundaries.contactlog.' + enumName + '.' + value) : '';
}

/** Fills a <select> with an enum's values, after an optional first "choose" option with an empty value. */
export function fillSelect(select, enumName, emptyKey) {
  select.replaceChildren();
  if (emptyKey) {
    select.append(new Option(t(emptyKey), ''));
  }
  ENUMS[enumName].forEach((value) => select.append(new Option(label(enumName, value), value)));
}

export function lang() {
  return document.documentElement.lang || undefined;
}

export function formatMoment(iso) {
  return iso ? new Date(iso).toLocaleString(lang(), { dateStyle: 'medium', timeStyle: 'short' }) : '';
}

/** A yyyy-MM-dd day, shown in the user's language without shifting it through a time zone. */
export function formatDay(day) {
  if (!day) {
    return '';
  }
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d).toLocaleDateString(lang(), { dateStyle: 'medium' });
}

export function todayIso() {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
}

/** Value for an <input type="datetime-local"> holding the current local time. */
export function nowLocalInput() {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().slice(0, 16);
}

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

/** Appends a <dt>/<dd> pair to a <dl> when the value is not empty. */
export function addTerm(dl, labelKey, value) {
  if (value === undefined || value === null || value === '') {
    return;
  }
  dl.append(el('dt', null, t(labelKey)), el('dd', null, value));
}

/** The CSV link of a resource with the same parameters as the screen. */
export function csvHref(path, params) {
  const query = new URLSearchParams(params);
  query.set('format', 'csv');
  return API_BASE + path + '?' + query.toString();
}

/**
 * Turns a text input into a provider picker: typing searches the module's provider endpoint, the matches fill a
 * <datalist>, and value() gives the uuid of the chosen provider (null when empty, undefined when typed but not chosen).
 */
export function providerPicker(input) {
  const list = document.createElement('datalist');
  list.id = input.id + '-options';
  input.after(list);
  input.setAttribute('list', list.id);
  input.autocomplete = 'off';
  const chosen = new Map();
  let timer = null;
  async function search() {
    const q = input.value.trim();
    try {
      const body = await get('/contact/providers?limit=20&q=' + encodeURIComponent(q));
      list.replaceChildren();
      body.results.forEach((provider) => {
        const text = provider.display + (provider.identifier ? ' (' + provider.identifier + ')' : '');
        chosen.set(text, provider.uuid);
        list.append(new Option(text));
      });
    } catch (ignored) {
      // the picker stays as it was; saving will report any real problem
    }
  }
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(search, 250);
  });
  input.addEventListener('focus', search, { once: true });
  return {
    value() {
      const text = input.value.trim();
      if (!text) {
        return null;
      }
      return chosen.get(text);
    },
    set(provider) {
      if (!provider) {
        input.value = '';
        return;
      }
      const text = provider.display + (provider.identifier ? ' (' + provider.identifier + ')' : '');
      chosen.set(text, provider.uuid);
      input.value = text;
    },
  };
}

/** Shows an ApiError on a form: each field error next to its field, everything else in the form's error box. */
export function showFormError(form, error) {
  clearFormErrors(form);
  const box = form.querySelector('.form-error');
  let unplaced = false;
  Object.entries(error.fieldErrors || {}).forEach(([field, problems]) => {
    const slot = form.querySelector('[data-error-for="' + CSS.escape(field) + '"]');
    const text = problems.map((problem) => problem.message).join(' ');
    if (slot) {
      slot.textContent = text;
      slot.hidden = false;
      const input = form.elements[field];
      if (input && input.setAttribute) {
        input.setAttribute('aria-invalid', 'true');
      }
    } else {
      unplaced = true;
    }
  });
  if (unplaced || !Object.keys(error.fieldErrors || {}).length) {
    box.textContent = errorText(error);
    box.hidden = false;
  }
  const first = form.querySelector('[aria-invalid="true"]');
  if (first) {
    first.focus();
  } else {
    box.focus();
  }
}

export function clearFormErrors(form) {
  form.querySelectorAll('[data-error-for]').forEach((slot) => { slot.hidden = true; slot.textContent = ''; });
  form.querySelectorAll('[aria-invalid]').forEach((input) => input.removeAttribute('aria-invalid'));
  const box = form.querySelector('.form-error');
  box.hidden = true;
  box.textContent = '';
}

/** Marks a provider field as not chosen from the list; returns false so callers can stop. */
export function requireChosen(form, field, value) {
  if (value === undefined) {
    showFormError(form, { fieldErrors: { [field]: [{ message: t('boundaries.contactlog.providerHint') }] } });
    return false;
  }
  return true;
}
