import { currentSession, signIn, homePageFor, safeNextPage } from './api.js';
import { loadMessages, t, errorText } from './i18n.js';

const form = document.getElementById('signin-form');
const error = document.getElementById('signin-error');
const submit = document.getElementById('signin-submit');

function showError(text) {
  error.textContent = text;
  error.hidden = false;
}

function destinationFor(session) {
  return safeNextPage(new URLSearchParams(location.search).get('next')) || homePageFor(session);
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  error.hidden = true;
  const username = form.username.value.trim();
  const password = form.password.value;
  if (!username || !password) {
    showError(t('boundaries.session.credentialsRequired'));
    return;
  }
  submit.disabled = true;
  submit.textContent = t('boundaries.signin.working');
  try {
    const session = await signIn(username, password);
    location.assign(destinationFor(session));
  } catch (failure) {
    showError(errorText(failure));
    form.password.value = '';
    form.password.focus();
  } finally {
    submit.disabled = false;
    submit.textContent = t('boundaries.signin.submit');
  }
});

await loadMessages();
const session = await currentSession();
if (session.authenticated) {
  location.assign(destinationFor(session));
}
