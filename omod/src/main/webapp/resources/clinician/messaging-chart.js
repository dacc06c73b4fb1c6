// A patient's portal threads for their chart: used by the chart page's messaging section and by
// messaging-patient.html. Expects, inside the container, the elements of messaging-patient.html's section.

import { get } from '../common/api.js';
import { t, errorText } from '../common/i18n.js';
import { el, threadListItem, showError } from '../common/messaging.js';

function threadItem(thread) {
  const badges = [el('span', 'badge', t(thread.closed ? 'boundaries.messaging.closed' : 'boundaries.messaging.open'))];
  if (thread.flagged) {
    badges.push(el('span', 'badge concern', t('boundaries.messaging.flagged')));
  }
  return threadListItem(thread, thread.provider.display, badges);
}

export async function showPatientThreads(container, patientUuid) {
  const list = container.querySelector('#chart-threads');
  const more = container.querySelector('#chart-more');
  const error = container.querySelector('#chart-error');
  let next = 0;
  const load = async () => {
    try {
      const page = await get('/thread?patient=' + encodeURIComponent(patientUuid) + '&limit=25&startIndex=' + next);
      page.results.forEach((thread) => list.append(threadItem(thread)));
      container.querySelector('#chart-empty').hidden = list.children.length > 0;
      more.hidden = !(page.links || []).some((link) => link.rel === 'next');
      next += page.results.length;
    } catch (failure) {
      showError(error, errorText(failure));
    }
  };
  more.addEventListener('click', load);
  await load();
}
