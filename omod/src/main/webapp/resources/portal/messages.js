import { get } from '../common/api.js';
import { startPage } from '../common/page.js';
import { t, errorText } from '../common/i18n.js';
import { el, threadListItem, showError } from '../common/messaging.js';

const list = document.getElementById('threads');
const more = document.getElementById('more');
const error = document.getElementById('error');
let next = 0;

function threadItem(thread) {
  const badges = [];
  if (thread.unread) {
    badges.push(el('span', 'badge unread', t('boundaries.messaging.unread')));
  }
  if (thread.closed) {
    badges.push(el('span', 'badge', t('boundaries.messaging.closed')));
  }
  return threadListItem(thread, thread.provider.display, badges);
}

async function loadPage() {
  try {
    const page = await get('/thread?limit=25&startIndex=' + next);
    page.results.forEach((thread) => list.append(threadItem(thread)));
    document.getElementById('empty').hidden = list.children.length > 0;
    const hasMore = (page.links || []).some((link) => link.rel === 'next');
    more.hidden = !hasMore;
    next += page.results.length;
  } catch (failure) {
    showError(error, errorText(failure));
  }
}

/** Tells the patient, politely, where messages for some providers go now. */
async function loadRoutingNotices() {
  const notices = document.getElementById('routing-notices');
  const recipients = await get('/recipient');
  recipients.results.filter((recipient) => recipient.routeReason).forEach((recipient) => {
    notices.append(el('li', 'notice', t('boundaries.messaging.route.' + recipient.routeReason,
      recipient.provider.display, recipient.answeredBy.display)));
  });
}

await startPage();
more.addEventListener('click', loadPage);
await Promise.all([loadPage(), loadRoutingNotices().catch((failure) => showError(error, errorText(failure)))]);
