// A thread as a printable record: every message in order, voided ones with who voided them and why, staff notes,
// flags and read receipts, with when it was printed.

import { get } from '../common/api.js';
import { startPage } from '../common/page.js';
import { t, errorText } from '../common/i18n.js';
import { el, param, formatDate, categoryLabel, renderMessage, showError } from '../common/messaging.js';

function fact(list, labelKey, value) {
  list.append(el('dt', null, t(labelKey)));
  const dd = el('dd', null, value);
  dd.dir = 'auto';
  list.append(dd);
}

function render(thread) {
  const facts = document.getElementById('facts');
  fact(facts, 'boundaries.messaging.export.patient', thread.patient.display);
  fact(facts, 'boundaries.messaging.subject', thread.subject);
  fact(facts, 'boundaries.messaging.category', categoryLabel(thread.category));
  fact(facts, 'boundaries.messaging.export.addressedTo', thread.addressedTo.display);
  fact(facts, 'boundaries.messaging.export.assignedTo', thread.provider.display);
  fact(facts, 'boundaries.messaging.export.started', formatDate(thread.dateCreated));
  fact(facts, 'boundaries.messaging.export.status', thread.closed
    ? t('boundaries.messaging.closedOn', formatDate(thread.dateClosed)) : t('boundaries.messaging.export.open'));
  fact(facts, 'boundaries.messaging.export.flagged', t(thread.flagged ? 'boundaries.messaging.yes' : 'boundaries.messaging.no'));
  fact(facts, 'boundaries.messaging.export.reference', thread.uuid);
  document.getElementById('messages').replaceChildren(
    ...thread.messages.map((message) => {
      const article = renderMessage(message, { staff: true });
      article.querySelector('.message-head').prepend(el('span', 'muted', '#' + message.sequence));
      return article;
    }));
  document.getElementById('receipts').replaceChildren(...thread.readReceipts.map((receipt) => {
    const row = el('tr');
    row.append(el('td', null, receipt.reader.display), el('td', null, '#' + receipt.upToSequence),
      el('td', null, formatDate(receipt.dateRead)));
    return row;
  }));
  document.getElementById('printed').textContent = t('boundaries.messaging.export.printedAt',
    new Date().toLocaleString(document.documentElement.lang || undefined));
  document.getElementById('record').hidden = false;
}

await startPage();
document.getElementById('print').addEventListener('click', () => window.print());
try {
  render(await get('/thread/' + encodeURIComponent(param('uuid')) + '?v=full'));
} catch (failure) {
  showError(document.getElementById('error'), errorText(failure));
}
