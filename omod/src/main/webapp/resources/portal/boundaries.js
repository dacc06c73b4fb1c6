import { get, post } from '../common/api.js';
import { startPage } from '../common/page.js';
import { t, errorText } from '../common/i18n.js';
import { formatDate, renderBoundaries } from '../common/boundaries-view.js';

const session = await startPage();
const provider = new URLSearchParams(location.search).get('provider');
const container = document.getElementById('boundaries');
const error = document.getElementById('boundaries-error');
const panel = document.getElementById('acknowledgement');
const statusLine = document.getElementById('acknowledgement-status');
const button = document.getElementById('acknowledge-button');

function fail(failure) {
  error.textContent = errorText(failure);
  error.hidden = false;
}

function subtitle(boundaries) {
  if (boundaries.version) {
    return t('boundaries.profile.versionPublished', boundaries.version, formatDate(boundaries.publishedDate));
  }
  return boundaries.hasBoundaries ? t('boundaries.profile.organisationDefaultShown') : null;
}

async function showStatus(boundaries) {
  if (!session.patient || !boundaries.hasBoundaries) {
    panel.hidden = true;
    return;
  }
  const status = await get('/acknowledgement/status?provider=' + encodeURIComponent(provider));
  panel.hidden = false;
  button.hidden = !status.needsAcknowledgement;
  statusLine.textContent = status.needsAcknowledgement ? t('boundaries.acknowledgement.please')
    : t('boundaries.acknowledgement.done');
}

button.addEventListener('click', async () => {
  button.disabled = true;
  try {
    const saved = await post('/acknowledgement', { provider });
    button.hidden = true;
    statusLine.textContent = t('boundaries.acknowledgement.thanks', formatDate(saved.dateAcknowledged));
    statusLine.focus();
  } catch (failure) {
    fail(failure);
  } finally {
    button.disabled = false;
  }
});

document.getElementById('print-button').addEventListener('click', () => window.print());

if (!provider) {
  fail({ message: t('boundaries.providers.noneChosen') });
} else {
  try {
    const boundaries = await get('/profile?provider=' + encodeURIComponent(provider));
    renderBoundaries(container, boundaries, subtitle(boundaries));
    document.title = boundaries.display;
    await showStatus(boundaries);
  } catch (failure) {
    container.replaceChildren();
    fail(failure);
  }
}
