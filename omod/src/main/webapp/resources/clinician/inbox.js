import { get } from '../common/api.js';
import { startPage } from '../common/page.js';
import { t, errorText } from '../common/i18n.js';
import { el, param, formatDate, threadListItem, showError } from '../common/messaging.js';

const FILTERS = ['open', 'unread', 'awaitingReply', 'overdue', 'closed'];
const list = document.getElementById('threads');
const more = document.getElementById('more');
const error = document.getElementById('error');
let filter = FILTERS.includes(param('filter')) ? param('filter') : 'open';
let next = 0;

function threadItem(thread) {
  const badges = [];
  if (thread.provider.uuid !== thread.addressedTo.uuid) {
    badges.push(el('span', null, t('boundaries.messaging.inbox.for', thread.provider.display)));
  }
  if (thread.unread) {
    badges.push(el('span', 'badge unread', t('boundaries.messaging.unread')));
  }
  if (thread.overdue) {
    badges.push(el('span', 'badge overdue', t('boundaries.messaging.overdueSince', formatDate(thread.replyDueBy))));
  } else if (thread.awaitingReply && thread.replyDueBy) {
    badges.push(el('span', 'badge', t('boundaries.messaging.dueBy', formatDate(thread.replyDueBy))));
  }
  if (thread.flagged) {
    badges.push(el('span', 'badge concern', t('boundaries.messaging.flagged')));
  }
  return threadListItem(thread, thread.patient.display, badges);
}

async function loadSummary() {
  const summary = await get('/inbox/summary');
  const filters = document.getElementById('filters');
  filters.replaceChildren(...FILTERS.map((name) => {
    const item = el('li');
    const button = el('button', null, t('boundaries.messaging.filter.' + name, summary[name]));
    button.type = 'button';
    button.dataset.filter = name;
    button.setAttribute('aria-pressed', String(name === filter));
    button.addEventListener('click', () => select(name));
    item.append(button);
    return item;
  }));
}

async function loadPage() {
  const page = await get('/thread?filter=' + filter + '&limit=25&startIndex=' + next);
  page.results.forEach((thread) => list.append(threadItem(thread)));
  document.getElementById('empty').hidden = list.children.length > 0;
  more.hidden = !(page.links || []).some((link) => link.rel === 'next');
  next += page.results.length;
}

async function select(name) {
  filter = name;
  next = 0;
  list.replaceChildren();
  history.replaceState(null, '', '?filter=' + name);
  await refresh();
}

async function refresh() {
  showError(error, '');
  try {
    await Promise.all([loadSummary(), loadPage()]);
  } catch (failure) {
    showError(error, errorText(failure));
  }
}

await startPage();
more.addEventListener('click', () => loadPage().catch((failure) => showError(error, errorText(failure))));
await refresh();
