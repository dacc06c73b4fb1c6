import { get, post } from '../common/api.js';
import { startPage } from '../common/page.js';
import { t, errorText } from '../common/i18n.js';
import { el, formatDate, showError } from '../common/messaging.js';
import { fillColleagues } from './messaging-staff.js';

const error = document.getElementById('error');
const form = document.getElementById('coverage-form');

function cell(text, dir) {
  const td = el('td', null, text);
  if (dir) {
    td.dir = dir;
  }
  return td;
}

function endButton(path) {
  const td = el('td');
  const button = el('button', null, t('boundaries.messaging.end'));
  button.type = 'button';
  button.addEventListener('click', async () => {
    try {
      await post(path + '/end');
      await refresh();
    } catch (failure) {
      showError(error, errorText(failure));
    }
  });
  td.append(button);
  return td;
}

async function loadCoverages() {
  const page = await get('/coverage?limit=100');
  const rows = page.results.map((coverage) => {
    const row = el('tr');
    row.append(cell(coverage.provider.display), cell(coverage.coveringProvider.display),
      cell(formatDate(coverage.startDate)), cell(formatDate(coverage.endDate) || t('boundaries.messaging.untilEnded')),
      cell(coverage.note || '', 'auto'), endButton('/coverage/' + encodeURIComponent(coverage.uuid)));
    return row;
  });
  document.getElementById('coverages').replaceChildren(...rows);
  document.getElementById('no-coverage').hidden = rows.length > 0;
}

async function loadRestrictions() {
  const page = await get('/restriction?limit=100');
  const rows = page.results.map((restriction) => {
    const row = el('tr');
    row.append(cell(restriction.patient.display), cell(restriction.provider.display), cell(restriction.routeTo.display),
      cell(t('boundaries.messaging.cause.' + restriction.cause)), cell(formatDate(restriction.startDate)),
      endButton('/restriction/' + encodeURIComponent(restriction.uuid)));
    return row;
  });
  document.getElementById('restrictions').replaceChildren(...rows);
  document.getElementById('no-restriction').hidden = rows.length > 0;
}

async function refresh() {
  showError(error, '');
  await Promise.all([loadCoverages(), loadRestrictions()]);
}

/** A datetime-local value (the user's local time) as an ISO instant, or undefined when empty. */
function instant(value) {
  return value ? new Date(value).toISOString() : undefined;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const formError = document.getElementById('coverage-error');
  showError(formError, '');
  if (!form.endDate.value) {
    showError(formError, t('boundaries.messaging.coverage.endRequired'));
    return;
  }
  try {
    await post('/coverage', {
      coveringProvider: form.coveringProvider.value,
      startDate: instant(form.startDate.value),
      endDate: instant(form.endDate.value),
      note: form.note.value || undefined,
    });
    form.reset();
    await refresh();
  } catch (failure) {
    showError(formError, errorText(failure));
  }
});

await startPage();
try {
  await Promise.all([refresh(), fillColleagues(form.coveringProvider)]);
} catch (failure) {
  showError(error, errorText(failure));
}
