import { get, PAGES_BASE } from '../common/api.js';
import { startPage } from '../common/page.js';
import { t, errorText } from '../common/i18n.js';
import { el, replyTimeText } from '../common/boundaries-view.js';

await startPage();
const list = document.getElementById('providers');
const error = document.getElementById('providers-error');

/** Every provider of the pool, following the API's next links. */
async function allProviders() {
  const providers = [];
  let page = await get('/profile/providers?limit=100');
  providers.push(...page.results);
  while (page.links && page.links.length) {
    const next = new URL(page.links[0].uri, location.href);
    page = await get('/profile/providers' + next.search);
    providers.push(...page.results);
  }
  return providers;
}

function card(provider) {
  const item = el('li', 'card provider');
  const link = el('a', 'provider-name', provider.display);
  link.href = PAGES_BASE + 'portal/boundaries.html?provider=' + encodeURIComponent(provider.provider.uuid);
  const heading = el('h2');
  heading.append(link);
  item.append(heading);
  const portal = provider.channelRules.find((rule) => rule.channel === 'PORTAL');
  if (portal && portal.stance) {
    const line = el('p', null, t('boundaries.channel.PORTAL') + ': ');
    line.append(el('span', 'stance stance-' + portal.stance.toLowerCase(), t('boundaries.stance.' + portal.stance)));
    item.append(line);
    if (portal.note) {
      item.append(el('p', 'channel-note', portal.note));
    }
  }
  const reply = replyTimeText(provider);
  if (reply) {
    item.append(el('p', null, t('boundaries.providers.usuallyReplies', reply)));
  }
  if (provider.needsAcknowledgement === true) {
    item.append(el('p', 'badge badge-todo', t('boundaries.providers.pleaseRead')));
  } else if (provider.needsAcknowledgement === false && provider.hasBoundaries) {
    item.append(el('p', 'badge badge-done', t('boundaries.providers.read')));
  }
  return item;
}

try {
  const providers = await allProviders();
  list.replaceChildren(...providers.map(card));
  if (providers.length === 0) {
    list.replaceChildren(el('li', 'muted', t('boundaries.providers.none')));
  }
} catch (failure) {
  error.textContent = errorText(failure);
  error.hidden = false;
}
