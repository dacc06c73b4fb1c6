// The module's REST client for its pages: JSON in and out, the session's CSRF token on every state-changing
// request, and errors as ApiError carrying the server's message and field errors.

const RESOURCES_MARKER = '/moduleResources/boundaries/';

/** The web application's context path, e.g. "/openmrs". */
export const CONTEXT_PATH = location.pathname.split(RESOURCES_MARKER)[0];

export const API_BASE = CONTEXT_PATH + '/ws/rest/v1/boundaries';

/** Where the module's pages are served from. */
export const PAGES_BASE = CONTEXT_PATH + RESOURCES_MARKER;

let csrfToken = null;

export class ApiError extends Error {
  constructor(status, body) {
    const error = (body && body.error) || {};
    super(error.message || ('HTTP ' + status));
    this.status = status;
    this.code = error.code;
    this.fieldErrors = error.fieldErrors || {};
  }
}

export async function request(method, path, body) {
  const headers = { 'Accept': 'application/json' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (method !== 'GET' && csrfToken) {
    headers['X-CSRF-Token'] = csrfToken;
  }
  let response;
  try {
    response = await fetch(API_BASE + path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (networkFailure) {
    throw new ApiError(0, { error: { code: 'boundaries.error.network' } });
  }
  const text = await response.text();
  const parsed = text ? safeParse(text) : null;
  if (!response.ok) {
    throw new ApiError(response.status, parsed);
  }
  return parsed;
}

function safeParse(text) {
  try {
    return JSON.parse(text);
  } catch (notJson) {
    return null;
  }
}

export const get = (path) => request('GET', path);
export const post = (path, body) => request('POST', path, body === undefined ? {} : body);
export const put = (path, body) => request('PUT', path, body);
export const del = (path, body) => request('DELETE', path, body);

/** Who is signed in; remembers the CSRF token the session endpoint hands out. */
export async function currentSession() {
  let session;
  try {
    session = await get('/session');
  } catch (failure) {
    // the REST module refuses a cookie of an ended session with 401 before the module is asked: nobody is signed in
    if (failure.status !== 401) {
      throw failure;
    }
    session = { authenticated: false };
  }
  csrfToken = session.csrfToken || null;
  return session;
}

export async function signIn(username, password) {
  const session = await request('POST', '/session', { username, password });
  csrfToken = session.csrfToken;
  return session;
}

export async function signOut() {
  await request('DELETE', '/session');
  csrfToken = null;
}

/** The page a user lands on after sign-in, by what they are. */
export function homePageFor(session) {
  if (session.patient) {
    return PAGES_BASE + 'portal/index.html';
  }
  const privileges = session.privileges || [];
  if (privileges.includes('Boundaries: View Gift Register and Reports')
      || privileges.includes('Boundaries: Manage Organisation Boundaries')) {
    return PAGES_BASE + 'admin/index.html';
  }
  return PAGES_BASE + 'clinician/index.html';
}

/** Only pages of this module are valid targets after sign-in, so the parameter cannot send users elsewhere. */
export function safeNextPage(next) {
  if (typeof next !== 'string' || !next.startsWith(PAGES_BASE) || next.includes('//', 1) || next.includes('\\')) {
    return null;
  }
  return next;
}

export function signInPageFor(currentLocation) {
  return PAGES_BASE + 'signin.html?next=' + encodeURIComponent(currentLocation.pathname + currentLocation.search);
}
