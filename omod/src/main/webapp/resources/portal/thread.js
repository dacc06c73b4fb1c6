import { get, post } from '../common/api.js';
import { startPage } from '../common/page.js';
import { t, errorText } from '../common/i18n.js';
import { el, param, timeElement, formatDate, categoryLabel, attachCounter, renderMessage, showError, afterReply }
  from '../common/messaging.js';

const uuid = param('uuid');
const form = document.getElementById('reply-form');
const body = document.getElementById('reply-body');
let updateCounter = null;
let shown = null;

function render(thread) {
  shown = thread;
  document.getElementById('thread').hidden = false;
  document.getElementById('subject').textContent = thread.subject;
  const meta = document.getElementById('meta');
  meta.replaceChildren(el('span', null, t('boundaries.messaging.with', thread.provider.display)),
    el('span', null, categoryLabel(thread.category)), timeElement(thread.dateCreated));
  const expect = document.getElementById('expect');
  expect.hidden = !thread.awaitingReply || !thread.replyDueBy;
  expect.textContent = thread.replyDueBy ? t('boundaries.messaging.portal.expect', formatDate(thread.replyDueBy)) : '';
  const messages = document.getElementById('messages');
  messages.replaceChildren(...thread.messages.map((message) => renderMessage(message, { staff: false })));
  document.getElementById('closed-notice').hidden = !thread.closed;
  form.hidden = thread.closed;
  if (!updateCounter) {
    updateCounter = attachCounter(body, document.getElementById('reply-counter'), thread.maxLength);
  }
}

async function load() {
  try {
    const thread = await get('/thread/' + encodeURIComponent(uuid));
    render(thread);
    if (thread.unread) {
      await post('/thread/' + encodeURIComponent(uuid) + '/read');
    }
  } catch (failure) {
    showError(document.getElementById('error'), errorText(failure));
  }
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const error = document.getElementById('reply-error');
  showError(error, '');
  if (!body.value.trim()) {
    showError(error, t('boundaries.error.body.required'));
    return;
  }
  const send = document.getElementById('reply-send');
  send.disabled = true;
  try {
    const result = await post('/thread/' + encodeURIComponent(uuid) + '/message', { body: body.value });
    body.value = '';
    updateCounter();
    const thread = afterReply(shown, result);
    render(thread || await get('/thread/' + encodeURIComponent(uuid)));
  } catch (failure) {
    showError(error, errorText(failure));
  } finally {
    send.disabled = false;
  }
});

await startPage();
await load();
