import { browser, name } from '../../package.json';

/** Where the SPA lives, as on an O3 server: /openmrs/spa/ */
export const spaBase = '/openmrs/spa/';

/** The module's built bundle (frontend/dist), served under the SPA at boundaries-app/ (by the runner, in tests). */
const dist = `${spaBase}boundaries-app/`;

export const bundle = {
  name,
  /** The remote's global, as the openmrs rspack config names it (library type var) */
  global: name.replace(/[/\-@]/g, '_'),
  url: dist + browser.slice(browser.lastIndexOf('/') + 1),
  routes: `${dist}routes.json`,
};
