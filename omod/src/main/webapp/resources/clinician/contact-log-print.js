// The printable contact & gift log of one patient: every entry, gift and transfer of care (voided ones struck
// through with their reason, for those allowed to see them), with who printed it and when.

import { startPage } from '../common/page.js';
import { get } from '../common/api.js';
import { t, errorText } from '../common/i18n.js';
import { PRIV_VOID, label, formatMoment, formatDay, el } from '../common/contact-log.js';

const session = await startPage();
const patientUuid = new URLSearchParams(location.search).get('patient') || '';
const includeVoided = (session.privileges || []).includes(PRIV_VOID);

async function all(path) {
  const rows = [];
  let start = 0;
  let more = true;
  while (more) {
    const params = new URLSearchParams({ patient: patientUuid, startIndex: start, limit: 100 });
    if (includeVoided) {
      params.set('includeVoided', 'true');
    }
    const body = await get(path + '?' + params);
    rows.push(...body.results);
    start += body.results.length;
    more = (body.links || []).some((link) => link.rel === 'next');
  }
  return rows;
}

function recorded(row) {
  let text = (row.recordedBy ? row.recordedBy.display : '') + ', ' + formatMoment(row.dateRecorded);
  if (row.voided) {
    text += ' — ' + t('boundaries.contactlog.voidedBy', row.voidedBy ? row.voidedBy.display : '',
      formatMoment(row.dateVoided), row.voidReason || '');
  }
  return text;
}

function fill(tableId, rows, cells) {
  const body = document.querySelector('#' + tableId + ' tbody');
  rows.forEach((row) => {
    const tr = el('tr', row.voided ? 'voided' : '');
    cells(row).forEach((text) => tr.append(el('td', null, text)));
    body.append(tr);
  });
}

try {
  const [patient, contacts, gifts, transfers] = await Promise.all([
    get('/patient/' + encodeURIComponent(patientUuid)), all('/contact'), all('/gift'), all('/transfer')]);
  document.getElementById('patient-name').textContent = patient.display;
  document.getElementById('generated').textContent = t('boundaries.contactlog.print.generated', session.user.display,
    formatMoment(new Date().toISOString()));
  document.getElementById('back').href = 'contact-log.html?patient=' + encodeURIComponent(patientUuid);
  fill('contacts-table', contacts, (row) => [
    formatMoment(row.occurredAt) + ' · ' + label('ContactDirection', row.direction),
    label('ContactChannel', row.channel),
    label('ContactCategory', row.category)
      + (row.concernKind ? ' — ' + label('ConcernKind', row.concernKind) + ', ' + label('ConcernSeverity', row.severity) : ''),
    row.summary,
    row.actions.map((action) => label('ActionTaken', action)).join(', ') + (row.actionsNote ? ' — ' + row.actionsNote : ''),
    recorded(row)]);
  fill('gifts-table', gifts, (row) => [
    formatDay(row.offeredOn), row.description + ' (' + label('GiftKind', row.kind) + ')',
    row.estimatedValue + ' ' + row.currency,
    [row.recipientProvider, row.recipientUser].filter(Boolean).map((who) => who.display).join(' / '),
    label('GiftDecision', row.decision) + (row.reason ? ' — ' + row.reason : ''), recorded(row)]);
  fill('transfers-table', transfers, (row) => [
    formatDay(row.effectiveDate), row.fromProvider.display, row.toProvider.display,
    (row.endsRelationship ? t('boundaries.contactlog.transfer.endsLabel') + ' — ' : '') + row.reason, recorded(row)]);
  document.getElementById('document').hidden = false;
  document.getElementById('print').addEventListener('click', () => window.print());
} catch (failure) {
  const error = document.getElementById('page-error');
  error.textContent = errorText(failure);
  error.hidden = false;
} finally {
  document.getElementById('loading').hidden = true;
}
