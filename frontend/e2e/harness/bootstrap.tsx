/**
 * The O3 harness (test-only): a small host page standing in for the O3 app shell and the patient chart, for the
 * end-to-end test. It loads the module's BUILT bundle (frontend/dist, a Module Federation remote) the way the app
 * shell does, initialises its share scope with this page's React, i18next, SWR... and framework, runs its
 * `startupApp`, loads its translations, reads its routes.json and mounts its pages, extensions and workspaces into
 * the slots of a tiny home page and patient chart.
 */
import React, { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import i18next from 'i18next';
import { mountRootParcel, start, type Parcel } from 'single-spa';
import { registerModuleLoad } from '@openmrs/esm-config';
import { setupApiModule } from '@openmrs/esm-api';
import {
  closeWorkspace2,
  launchWorkspaceGroup2,
  navigate,
  openmrsFetch,
  registerWorkspaces,
  sessionEndpoint,
  Snackbars,
  useWorkspaceState,
} from '@openmrs/esm-framework';
import { bundle, spaBase } from './bundle';
import './harness.scss';

/** routes.json, as `npm run build` writes it into dist/ */
interface Routes {
  pages: Array<{ component: string; route: string }>;
  extensions: Array<{ name: string; component: string; slot: string; order?: number; meta?: Record<string, any> }>;
  workspaces2: Array<{ name: string; component: string; window: string }>;
  workspaceWindows2: Array<{ name: string; icon?: string; group: string; order?: number }>;
}

type Lifecycle = () => Promise<object>;

interface App {
  startupApp(): void;
  importTranslation(file: string): Promise<Record<string, string> | { default: Record<string, string> }>;
  [component: string]: unknown;
}

interface Session {
  authenticated: boolean;
  user?: { display: string };
  locale?: string;
}

declare global {
  interface Window {
    openmrsBase: string;
    spaBase: string;
    getOpenmrsSpaBase(): string;
    i18next: typeof i18next;
  }
}

/** Mounts one of the bundle's lifecycles (getAsyncLifecycle / getSyncLifecycle) as a single-spa parcel. */
function Mount({ app, component, props }: { app: App; component: string; props: object }) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const lifecycle = app[component] as Lifecycle;
    if (typeof lifecycle !== 'function') {
      throw new Error(`The bundle exports no component ${component}`);
    }
    const parcel: Parcel = mountRootParcel(lifecycle as any, { domElement: element.current, ...props });
    return () => {
      parcel.mountPromise.then(() => parcel.unmount());
    };
    // the props are fixed for a mount: the callers key a Mount by what would change them
  }, [app, component]);
  return <div ref={element} data-component={component} />;
}

function Slot({ app, routes, name, props }: { app: App; routes: Routes; name: string; props: object }) {
  const extensions = routes.extensions
    .filter((extension) => extension.slot === name)
    .sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
  return (
    <div data-slot={name}>
      {extensions.map((extension) => (
        <Mount key={extension.name} app={app} component={extension.component} props={props} />
      ))}
    </div>
  );
}

function usePath() {
  const [path, setPath] = useState(window.location.pathname);
  useEffect(() => {
    const changed = () => setPath(window.location.pathname);
    window.addEventListener('popstate', changed);
    return () => window.removeEventListener('popstate', changed);
  }, []);
  return path.startsWith(spaBase) ? path.slice(spaBase.length) : '';
}

const toBase64 = (text: string) => window.btoa(String.fromCharCode(...new TextEncoder().encode(text)));

/** The host's sign-in, as the O3 login page does it: GET /session with Basic credentials. */
function Login({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [failed, setFailed] = useState(false);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const { data } = await openmrsFetch<Session>(sessionEndpoint, {
      headers: { Authorization: `Basic ${toBase64(`${username}:${password}`)}` },
    });
    setFailed(!data.authenticated);
    if (data.authenticated) {
      onSignedIn(data);
    }
  };
  return (
    <form className="harness-login" onSubmit={submit}>
      <h1>OpenMRS</h1>
      <label htmlFor="username">Username</label>
      <input id="username" autoComplete="username" className="cds--text-input" value={username} onChange={(e) => setUsername(e.target.value)} />
      <label htmlFor="password">Password</label>
      <input id="password" type="password" autoComplete="current-password" className="cds--text-input" value={password} onChange={(e) => setPassword(e.target.value)} />
      {failed && <p role="alert">Invalid username or password</p>}
      <button id="login-submit" type="submit" className="cds--btn cds--btn--primary">
        Log in
      </button>
    </form>
  );
}

function TopBar({ app, routes, session }: { app: App; routes: Routes; session: Session }) {
  return (
    <header className="harness-topbar">
      <a href={`${spaBase}home`} onClick={follow}>
        OpenMRS
      </a>
      <div className="harness-app-menu">
        <Slot app={app} routes={routes} name="app-menu-slot" props={{}} />
      </div>
      <span className="harness-user">{session.user?.display}</span>
    </header>
  );
}

/** In-page navigation, as the app shell's links do. */
function follow(event: React.MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  navigate({ to: event.currentTarget.getAttribute('href') });
}

function WorkspaceWindow({ app }: { app: App }) {
  const { open, group } = useWorkspaceState();
  if (!open) {
    return null;
  }
  return (
    <aside className="harness-workspace-window" data-workspace={open.name}>
      <Mount
        key={open.name + JSON.stringify(open.workspaceProps)}
        app={app}
        component={open.component}
        props={{
          workspaceName: open.name,
          windowName: open.windowName,
          workspaceProps: open.workspaceProps,
          windowProps: open.windowProps,
          groupProps: group?.props ?? null,
          isRootWorkspace: true,
          showActionMenu: true,
          closeWorkspace: closeWorkspace2,
          launchChildWorkspace: () => Promise.reject(new Error('No child workspaces in the harness')),
        }}
      />
    </aside>
  );
}

function PatientChart({ app, routes, patientUuid, dashboard }: { app: App; routes: Routes; patientUuid: string; dashboard?: string }) {
  const [patient, setPatient] = useState<{ display: string; identifier?: string }>();
  const [groupOpen, setGroupOpen] = useState(false);
  useEffect(() => {
    launchWorkspaceGroup2('patient-chart', { patientUuid }).then(() => setGroupOpen(true));
    openmrsFetch<{ display: string; identifier?: string }>(`/ws/rest/v1/boundaries/patient/${patientUuid}`).then(({ data }) =>
      setPatient(data),
    );
  }, [patientUuid]);
  const link = routes.extensions.find((extension) => extension.slot === 'patient-chart-dashboard-slot' && extension.meta?.path === dashboard);
  const chartBase = `\${openmrsSpaBase}/patient/${patientUuid}/chart`;
  if (!groupOpen) {
    return null;
  }
  return (
    <div className="harness-chart">
      <nav className="harness-left-nav" aria-label="Patient chart">
        <a className="cds--side-nav__link" href={`${spaBase}patient/${patientUuid}/chart`} onClick={follow}>
          Patient summary
        </a>
        <Slot app={app} routes={routes} name="patient-chart-dashboard-slot" props={{ basePath: chartBase }} />
      </nav>
      <main className="harness-chart-main">
        <div className="harness-banner">
          <strong>{patient?.display}</strong> <span>{patient?.identifier}</span>
          <Slot app={app} routes={routes} name="patient-banner-tags-slot" props={{ patientUuid }} />
        </div>
        <div className="harness-dashboard" key={dashboard ?? 'summary'}>
          {dashboard ? (
            link ? (
              <Slot app={app} routes={routes} name={link.meta.slot} props={{ patientUuid }} />
            ) : (
              <p>No dashboard {dashboard}</p>
            )
          ) : (
            <Slot app={app} routes={routes} name="patient-chart-summary-dashboard-slot" props={{ patientUuid }} />
          )}
        </div>
      </main>
      <WorkspaceWindow app={app} />
      <div className="harness-action-menu">
        {routes.workspaceWindows2
          .filter((workspaceWindow) => workspaceWindow.group === 'patient-chart' && workspaceWindow.icon)
          .map((workspaceWindow) => (
            <Mount key={workspaceWindow.name} app={app} component={workspaceWindow.icon} props={{}} />
          ))}
      </div>
    </div>
  );
}

function Harness({ app, routes }: { app: App; routes: Routes }) {
  const path = usePath();
  const [session, setSession] = useState<Session>();
  useEffect(() => {
    openmrsFetch<Session>(sessionEndpoint).then(({ data }) => setSession(data));
  }, []);
  if (!session) {
    return null;
  }
  if (!session.authenticated) {
    return <Login onSignedIn={setSession} />;
  }
  const chart = path.match(/^patient\/([^/]+)\/chart(?:\/([^/]+))?\/?$/);
  const page = routes.pages.find((candidate) => candidate.route === path.replace(/\/$/, ''));
  return (
    <>
      <TopBar app={app} routes={routes} session={session} />
      {chart ? (
        <PatientChart key={chart[1]} app={app} routes={routes} patientUuid={chart[1]} dashboard={chart[2]} />
      ) : page ? (
        <Mount key={page.route} app={app} component={page.component} props={{}} />
      ) : (
        <main className="harness-home">
          <Slot app={app} routes={routes} name="homepage-widgets-slot" props={{}} />
        </main>
      )}
      <Snackbars />
    </>
  );
}

function loadScript(src: string) {
  return new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`Could not load ${src}`));
    document.head.appendChild(script);
  });
}

/** The language: ?lang= (kept for the session), as the app shell keeps the user's choice. */
function chooseLanguage() {
  const asked = new URLSearchParams(window.location.search).get('lang');
  if (asked) {
    window.sessionStorage.setItem('harness-lang', asked);
  }
  return asked ?? window.sessionStorage.getItem('harness-lang') ?? 'en';
}

async function translations(app: App, language: string) {
  const loaded = await app.importTranslation(`./${language}.json`);
  return ('default' in loaded ? loaded.default : loaded) as Record<string, string>;
}

async function main() {
  window.openmrsBase = '/openmrs';
  window.spaBase = '/spa';
  window.getOpenmrsSpaBase = () => spaBase;
  const language = chooseLanguage();
  document.documentElement.lang = language;
  window.i18next = i18next;
  await i18next.init({ lng: language, fallbackLng: 'en', resources: {}, interpolation: { escapeValue: false }, showSupportNotice: false });
  setupApiModule();
  registerModuleLoad('@openmrs/esm-api');

  await loadScript(bundle.url);
  await __webpack_init_sharing__('default');
  const container = (window as any)[bundle.global];
  await container.init(__webpack_share_scopes__.default);
  const app: App = (await container.get('./start'))();
  app.startupApp();
  registerModuleLoad(bundle.name);
  for (const lang of new Set([language, 'en'])) {
    i18next.addResourceBundle(lang, bundle.name, await translations(app, lang));
  }
  const routes: Routes = await (await fetch(bundle.routes)).json();
  registerWorkspaces(routes.workspaces2);

  start({ urlRerouteOnly: true });
  createRoot(document.getElementById('harness')).render(<Harness app={app} routes={routes} />);
}

main().catch((error) => {
  document.getElementById('harness').textContent = `Harness failed: ${error}`;
  throw error;
});
