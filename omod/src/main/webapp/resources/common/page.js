// What every signed-in page of the module does first: load the strings, make sure someone is signed in
// (else go to the sign-in page), show who, and wire the sign-out button.

import { currentSession, signOut, signInPageFor, PAGES_BASE } from './api.js';
import { loadMessages, t } from './i18n.js';

export async function startPage() {
  await loadMessages();
  const session = await currentSession();
  if (!session.authenticated) {
    location.assign(signInPageFor(location));
    return new Promise(() => {});
  }
  const whoami = document.getElementById('whoami');
  if (whoami) {
    whoami.textContent = t('boundaries.signedInAs', session.user.display);
  }
  const signout = document.getElementById('signout');
  if (signout) {
    signout.addEventListener('click', async () => {
      await signOut();
      location.assign(PAGES_BASE + 'signin.html');
    });
  }
  return session;
}
