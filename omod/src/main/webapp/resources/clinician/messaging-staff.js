// What the clinician's messaging pages share: the colleague picker and the contact log's concern vocabulary.

import { get } from '../common/api.js';
import { el } from '../common/messaging.js';

export const CONCERN_KINDS = ['ROMANTIC_OR_SEXUAL', 'PERSONAL_RELATIONSHIP', 'SOCIAL_MEDIA_CONTACT', 'EXCESSIVE_CONTACT',
  'HARASSMENT_OR_THREAT', 'FINANCIAL', 'OTHER'];

export const SEVERITIES = ['LOW', 'MEDIUM', 'HIGH'];

export const ACTIONS = ['PATIENT_TOLD_OF_BOUNDARIES', 'DECLINED', 'NO_REPLY_ON_PERSONAL_CHANNEL', 'CARE_TRANSFERRED',
  'PRACTICE_MANAGER_INFORMED', 'DEFENCE_ORGANISATION_CONTACTED', 'OTHER'];

let colleagues = null;

/** Fills a <select> with the organisation's active providers other than the signed-in one. */
export async function fillColleagues(select) {
  if (!colleagues) {
    colleagues = (await get('/colleague')).results;
  }
  select.replaceChildren(...colleagues.map((colleague) => {
    const option = el('option', null, colleague.display);
    option.value = colleague.uuid;
    return option;
  }));
}
