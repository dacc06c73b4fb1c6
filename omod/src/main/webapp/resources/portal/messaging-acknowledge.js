// Acknowledging a provider's boundaries from the compose screen, through the boundaries feature's resource.

import { post } from '../common/api.js';

export function acknowledgeBoundaries(providerUuid) {
  return post('/acknowledgement', { provider: providerUuid });
}
