import { get, post } from '../common/api.js';
import { startPage } from '../common/page.js';
import { t, errorText } from '../common/i18n.js';
import { el, param, fillCategories, attachCounter, showError } from '../common/messaging.js';
import { acknowledgeBoundaries } from './messaging-acknowledge.js';

const select = document.getElementById('provider');
const form = document.getElementById('compose-form');
const body = document.getElementById('body');
let recipient = null;
let updateCounter = null;

function term(list, labelKey, value) {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && !value.length)) {
    return;
  }
  const text = Array.isArray(value) ? value.join(', ') : String(value);
  list.append(el('dt', null, t(labelKey)));
  const dd = el('dd', null, text);
  dd.dir = 'auto';
  list.append(dd);
}

function showTerms(current) {
  const answeredBy = current.answeredBy.display;
  const terms = current.boundaries;
  document.getElementById('terms-title').textContent = t('boundaries.messaging.compose.termsOf', answeredBy);
  const list = document.getElementById('terms-list');
  list.replaceChildren();
  if (terms.replyTimeValue && terms.replyTimeUnit) {
    term(list, 'boundaries.messaging.compose.replyTime',
      t('boundaries.messaging.replyTime.' + terms.replyTimeUnit, terms.replyTimeValue));
  }
  term(list, 'boundaries.messaging.compose.readingTimes', terms.readingTimes);
  term(list, 'boundaries.messaging.compose.portalTopics', terms.portalTopics);
  term(list, 'boundaries.messaging.compose.notToSend', terms.appointmentTopics);
  term(list, 'boundaries.messaging.compose.outOfHours', terms.outOfHoursInstructions);
  const emergency = document.getElementById('emergency');
  emergency.hidden = !terms.emergencyInstructions;
  emergency.textContent = terms.emergencyInstructions
    ? t('boundaries.messaging.compose.emergency', terms.emergencyInstructions) : '';
  document.getElementById('terms').hidden = false;
}

async function choose(providerUuid) {
  recipient = null;
  ['terms', 'acknowledge', 'route'].forEach((id) => { document.getElementById(id).hidden = true; });
  form.hidden = true;
  if (!providerUuid) {
    return;
  }
  try {
    recipient = await get('/recipient/' + encodeURIComponent(providerUuid));
  } catch (failure) {
    showError(document.getElementById('error'), errorText(failure));
    return;
  }
  const route = document.getElementById('route');
  route.hidden = !recipient.routeReason;
  route.textContent = recipient.routeReason ? t('boundaries.messaging.route.' + recipient.routeReason,
    recipient.provider.display, recipient.answeredBy.display) : '';
  showTerms(recipient);
  const acknowledge = document.getElementById('acknowledge');
  acknowledge.hidden = !recipient.acknowledgementNeeded;
  document.getElementById('acknowledge-text').textContent =
    t('boundaries.messaging.compose.acknowledgeText', recipient.answeredBy.display);
  document.getElementById('acknowledge-read').href = 'boundaries.html?provider='
    + encodeURIComponent(recipient.answeredBy.uuid);
  form.hidden = recipient.acknowledgementNeeded;
  if (!updateCounter) {
    updateCounter = attachCounter(body, document.getElementById('counter'), recipient.maxLength);
  }
}

document.getElementById('acknowledge-button').addEventListener('click', async () => {
  const error = document.getElementById('acknowledge-error');
  showError(error, '');
  try {
    await acknowledgeBoundaries(recipient.answeredBy.uuid);
    await choose(select.value);
  } catch (failure) {
    showError(error, errorText(failure));
  }
});

select.addEventListener('change', () => choose(select.value));

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const error = document.getElementById('form-error');
  showError(error, '');
  const request = {
    provider: select.value,
    category: form.category.value,
    subject: form.subject.value.trim(),
    body: body.value,
  };
  if (!request.category || !request.subject || !request.body.trim()) {
    showError(error, t('boundaries.messaging.compose.incomplete'));
    return;
  }
  if (request.body.length > recipient.maxLength) {
    showError(error, t('boundaries.error.body.tooLong', recipient.maxLength));
    return;
  }
  const send = document.getElementById('send');
  send.disabled = true;
  try {
    const thread = await post('/thread', request);
    location.assign('thread.html?uuid=' + encodeURIComponent(thread.uuid));
  } catch (failure) {
    showError(error, errorText(failure));
    send.disabled = false;
  }
});

await startPage();
fillCategories(form.category);
try {
  const recipients = await get('/recipient');
  recipients.results.forEach((entry) => {
    const option = el('option', null, entry.routeReason
      ? t('boundaries.messaging.compose.via', entry.provider.display, entry.answeredBy.display) : entry.provider.display);
    option.value = entry.provider.uuid;
    select.append(option);
  });
  const preselected = param('provider');
  if (preselected && recipients.results.some((entry) => entry.provider.uuid === preselected)) {
    select.value = preselected;
    await choose(preselected);
  }
} catch (failure) {
  showError(document.getElementById('error'), errorText(failure));
}
