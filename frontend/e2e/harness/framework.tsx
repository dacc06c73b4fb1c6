/**
 * What the harness shares as `@openmrs/esm-framework` (test-only). Everything the module imports that lives in the
 * framework's service packages is the REAL framework 10 code from node_modules: openmrsFetch (esm-api), the config
 * system (esm-config), the component lifecycles, useConfig and ConfigurableLink (esm-react-utils), navigate
 * (esm-navigation) and the date formatting (esm-utils). Only the pieces that the O3 app shell and the patient chart
 * render on screen (esm-styleguide: workspace windows, the action menu, snackbars, dashboard links) are small
 * stand-ins below, with the framework's signatures.
 */
import React, { useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';

export { openmrsFetch, restBaseUrl, sessionEndpoint, type FetchResponse } from '@openmrs/esm-api';
export { defineConfigSchema, Type } from '@openmrs/esm-config';
export { navigate, interpolateUrl } from '@openmrs/esm-navigation';
export { formatDate, formatDatetime, parseDate } from '@openmrs/esm-utils';
export { ConfigurableLink, getAsyncLifecycle, getSyncLifecycle, useConfig, useDebounce } from '@openmrs/esm-react-utils';
import { ConfigurableLink } from '@openmrs/esm-react-utils';

/** routes.json `workspaces2` and `workspaceWindows2`, registered by the harness from the bundle's routes.json. */
export interface WorkspaceRegistration {
  name: string;
  component: string;
  window: string;
}

interface OpenWorkspace {
  name: string;
  component: string;
  windowName: string;
  workspaceProps: object | null;
  windowProps: object | null;
}

interface WorkspaceState {
  group: { name: string; props: object | null } | null;
  open: OpenWorkspace | null;
}

const registrations = new Map<string, WorkspaceRegistration>();
let state: WorkspaceState = { group: null, open: null };
/** What the open workspace's <Workspace2 hasUnsavedChanges> says. */
let unsavedChanges = false;
const listeners = new Set<() => void>();

function setState(next: WorkspaceState) {
  state = next;
  listeners.forEach((listener) => listener());
}

export function registerWorkspaces(workspaces: Array<WorkspaceRegistration>) {
  workspaces.forEach((workspace) => registrations.set(workspace.name, workspace));
}

export function useWorkspaceState() {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
}

/** As the chart does when it opens: the `patient-chart` group with the patient's uuid as group props. */
export async function launchWorkspaceGroup2<GroupProps extends object>(groupName: string, groupProps: GroupProps | null) {
  setState({ group: { name: groupName, props: groupProps }, open: null });
  return true;
}

/** Closes the open workspace; one with unsaved changes only after the user confirms, unless told to discard them. */
export async function closeWorkspace2(options?: { discardUnsavedChanges?: boolean }) {
  if (state.open && unsavedChanges && !options?.discardUnsavedChanges && !window.confirm('Discard unsaved changes?')) {
    return false;
  }
  unsavedChanges = false;
  setState({ ...state, open: null });
  return true;
}

/** Opens the workspace in its window (one at a time here), in the open group, with the group props given or kept. */
export async function launchWorkspace2<WorkspaceProps extends object, WindowProps extends object, GroupProp extends object>(
  workspaceName: string,
  workspaceProps?: WorkspaceProps | null,
  windowProps?: WindowProps | null,
  groupProps?: GroupProp | null,
) {
  const registration = registrations.get(workspaceName);
  if (!registration) {
    throw new Error(`No workspace registered with the name ${workspaceName}`);
  }
  if (state.open && state.open.name !== workspaceName && !(await closeWorkspace2())) {
    return false;
  }
  setState({
    group: groupProps ? { name: state.group?.name ?? 'patient-chart', props: groupProps } : state.group,
    open: {
      name: workspaceName,
      component: registration.component,
      windowName: registration.window,
      workspaceProps: workspaceProps ?? null,
      windowProps: windowProps ?? null,
    },
  });
  return true;
}

/** The top-level container of a workspace: its title bar with a close button, then its content. */
export function Workspace2({ title, children, hasUnsavedChanges }: { title: string; children: React.ReactNode; hasUnsavedChanges?: boolean }) {
  useEffect(() => {
    unsavedChanges = Boolean(hasUnsavedChanges);
  }, [hasUnsavedChanges]);
  return (
    <section className="harness-workspace" aria-label={title}>
      <header className="harness-workspace-header">
        <h2>{title}</h2>
        <button type="button" className="cds--btn cds--btn--ghost cds--btn--sm" aria-label="Close" onClick={() => closeWorkspace2()}>
          ×
        </button>
      </header>
      <div className="harness-workspace-body">{children}</div>
    </section>
  );
}

/** A button of the chart's action menu that opens (or closes) a workspace of its window. */
export function ActionMenuButton2({
  icon,
  label,
  workspaceToLaunch,
  onBeforeWorkspaceLaunch,
}: {
  icon: (props: object) => JSX.Element;
  label: string;
  tagContent?: React.ReactNode;
  workspaceToLaunch: { workspaceName: string; workspaceProps?: Record<string, any>; windowProps?: Record<string, any> };
  onBeforeWorkspaceLaunch?: () => Promise<boolean>;
}) {
  const { open } = useWorkspaceState();
  const active = open?.windowName === registrations.get(workspaceToLaunch.workspaceName)?.window;
  const onClick = async () => {
    if (active) {
      await closeWorkspace2();
    } else if (!onBeforeWorkspaceLaunch || (await onBeforeWorkspaceLaunch())) {
      await launchWorkspace2(workspaceToLaunch.workspaceName, workspaceToLaunch.workspaceProps, workspaceToLaunch.windowProps);
    }
  };
  return (
    <button type="button" className={`harness-action${active ? ' harness-action-active' : ''}`} aria-label={label} title={label} onClick={onClick}>
      {icon({})}
      <span>{label}</span>
    </button>
  );
}

export interface SnackbarDescriptor {
  title: string;
  subtitle?: React.ReactNode;
  kind?: 'error' | 'info' | 'info-square' | 'success' | 'warning' | 'warning-alt';
  isLowContrast?: boolean;
  timeoutInMs?: number;
}

let snackbars: Array<SnackbarDescriptor & { id: number }> = [];
const snackbarListeners = new Set<() => void>();
let snackbarId = 0;

function setSnackbars(next: typeof snackbars) {
  snackbars = next;
  snackbarListeners.forEach((listener) => listener());
}

export function showSnackbar(snackbar: SnackbarDescriptor) {
  const id = ++snackbarId;
  setSnackbars([...snackbars, { ...snackbar, id }]);
  setTimeout(() => setSnackbars(snackbars.filter((shown) => shown.id !== id)), snackbar.timeoutInMs ?? 8000);
}

/** Where the app shell shows snack bars. */
export function Snackbars() {
  const shown = useSyncExternalStore(
    (listener) => {
      snackbarListeners.add(listener);
      return () => snackbarListeners.delete(listener);
    },
    () => snackbars,
  );
  return (
    <div className="harness-snackbars">
      {shown.map((snackbar) => (
        <div key={snackbar.id} role="status" className={`harness-snackbar harness-snackbar-${snackbar.kind ?? 'info'}`}>
          <strong>{snackbar.title}</strong> {snackbar.subtitle}
        </div>
      ))}
    </div>
  );
}

/** A patient chart left-nav link to the dashboard at `${basePath}/${path}`, its title a translation key of the module. */
export function createDashboard({ path, title }: { path: string; title: string; icon?: string }) {
  return function DashboardLink({ basePath }: { basePath: string }) {
    const { t } = useTranslation();
    return (
      <ConfigurableLink className="cds--side-nav__link" to={`${basePath}/${path}`}>
        {t(title)}
      </ConfigurableLink>
    );
  };
}
