// The managers' reports for a period, on screen and as CSV: ?report=gifts, the gift register (every gift offered,
// across patients, by provider, decision and threshold), or ?report=concerns, the boundary concern report (concerns
// counted by provider and kind, by severity).

import { startPage } from '../common/page.js';
import { get } from '../common/api.js';
import { t } from '../common/i18n.js';
import {
  fillSelect, label, formatDay, todayIso, el, csvHref, providerPicker, showFormError, clearFormErrors, requireChosen,
} from '../common/contact-log.js';

const REPORTS = {
  gifts: {
    title: 'boundaries.contactlog.register.title',
    path: '/report/gifts',
    paged: true,
    extraParams: (form) => ({
      ...(form.decision.value ? { decision: form.decision.value } : {}),
      ...(form.aboveThreshold.checked ? { aboveThreshold: 'true' } : {}),
    }),
    row: (gift) => [
      formatDay(gift.offeredOn),
      gift.patient.display,
      gift.description + ' — ' + label('GiftKind', gift.kind),
      { text: gift.estimatedValue + ' ' + gift.currency, num: true },
      [gift.recipientProvider, gift.recipientUser].filter(Boolean).map((who) => who.display).join(' / '),
      label('GiftDonor', gift.donor) + (gift.donorName ? ' — ' + gift.donorName : ''),
      label('GiftDecision', gift.decision),
      gift.declaredOn || !gift.requiresDeclaration ? formatDay(gift.declaredOn)
        : t('boundaries.contactlog.gift.requiresDeclaration'),
    ],
    shown: (result) => {
      document.getElementById('policy').textContent = t('boundaries.contactlog.gift.policy',
        result.policy.threshold, result.policy.currency);
    },
  },
  concerns: {
    title: 'boundaries.contactlog.concerns.title',
    path: '/report/concerns',
    paged: false,
    extraParams: () => ({}),
    row: (line) => [
      line.provider ? line.provider.display : t('boundaries.contactlog.report.noProvider'),
      label('ConcernKind', line.kind),
      { text: String(line.low), num: true },
      { text: String(line.medium), num: true },
      { text: String(line.high), num: true },
      { text: String(line.total), num: true },
    ],
    shown: () => {},
  },
};

await startPage();
const name = new URLSearchParams(location.search).get('report') === 'concerns' ? 'concerns' : 'gifts';
const report = REPORTS[name];
document.getElementById('title').textContent = t(report.title);
document.title = t(report.title);

const form = document.getElementById('report-form');
form.querySelectorAll('.gifts-only').forEach((part) => { part.hidden = name !== 'gifts'; });
fillSelect(form.decision, 'GiftDecision', 'boundaries.contactlog.report.anyDecision');
const table = document.getElementById(name + '-table');
const body = table.querySelector('tbody');
const none = document.getElementById('none');
const more = document.getElementById('more');
const csv = document.getElementById('csv');
const provider = providerPicker(form.provider);
const today = todayIso();
form.fromDate.value = today.slice(0, 4) + '-01-01';
form.toDate.value = today;
let params = null;
let start = 0;

async function load() {
  const query = new URLSearchParams(params);
  if (report.paged) {
    query.set('startIndex', start);
    query.set('limit', 100);
  }
  const result = await get(report.path + '?' + query);
  result.results.forEach((item) => {
    const tr = el('tr');
    report.row(item).forEach((cell) => tr.append(el('td', cell.num ? 'num' : null, cell.text === undefined ? cell : cell.text)));
    body.append(tr);
  });
  start += result.results.length;
  table.hidden = body.children.length === 0;
  none.hidden = body.children.length > 0;
  more.hidden = !(result.links || []).some((link) => link.rel === 'next');
  report.shown(result);
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  clearFormErrors(form);
  const providerUuid = provider.value();
  if (!requireChosen(form, 'provider', providerUuid)) {
    return;
  }
  params = { fromDate: form.fromDate.value, toDate: form.toDate.value, ...report.extraParams(form) };
  if (providerUuid) {
    params.provider = providerUuid;
  }
  start = 0;
  body.replaceChildren();
  try {
    await load();
    csv.href = csvHref(report.path, params);
    csv.hidden = false;
  } catch (failure) {
    csv.hidden = true;
    showFormError(form, failure);
  }
});
more.addEventListener('click', () => load().catch((failure) => showFormError(form, failure)));
