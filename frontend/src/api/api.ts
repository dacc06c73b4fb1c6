import useSWR, { useSWRConfig } from 'swr';
import { openmrsFetch, restBaseUrl, type FetchResponse } from '@openmrs/esm-framework';

/** Everything the module serves lives under /ws/rest/v1/boundaries/ (README: The JSON API). */
export const boundariesUrl = (path: string) => `${restBaseUrl}/boundaries/${path}`;

export interface FieldError {
  code: string;
  message: string;
}

/** The module's error body: {"error": {"message", "code", "fieldErrors": {field: [{code, message}]}}}. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fieldErrors: Record<string, Array<FieldError>> = {},
  ) {
    super(message);
  }

  get forbidden() {
    return this.status === 403;
  }
}

/** openmrsFetch rejects non-2xx answers with the parsed body on `responseBody`; keep the module's message. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) {
    return error;
  }
  const failure = error as { response?: { status?: number }; responseBody?: { error?: any }; message?: string };
  const body = failure?.responseBody?.error;
  return new ApiError(failure?.response?.status ?? 0, body?.message ?? failure?.message ?? '', body?.fieldErrors ?? {});
}

async function read<T>(url: string): Promise<T> {
  try {
    const response: FetchResponse<T> = await openmrsFetch<T>(url);
    return response.data;
  } catch (error) {
    throw toApiError(error);
  }
}

/** A read of the module's API through SWR; `path` null means "not yet" (e.g. waiting for a patient). */
export function useBoundaries<T>(path: string | null) {
  const { data, error, isLoading, mutate } = useSWR<T, ApiError>(path ? boundariesUrl(path) : null, read);
  return { data, error, isLoading, mutate };
}

export interface Ref {
  uuid: string;
  display: string;
}

export interface BoundariesSession {
  authenticated: boolean;
  user?: Ref;
  patient: boolean;
  provider: boolean;
  providerUuid?: string;
  privileges: Array<string>;
  csrfToken?: string;
}

export const Privileges = {
  viewContactLog: 'Boundaries: View Contact Log',
  addContactLog: 'Boundaries: Add Contact Log',
  voidContactLog: 'Boundaries: Void Contact Log',
  reports: 'Boundaries: View Gift Register and Reports',
  manageMessages: 'Boundaries: Manage Portal Messages',
  editOwnBoundaries: 'Boundaries: Edit Own Boundaries',
  manageOrganisation: 'Boundaries: Manage Organisation Boundaries',
} as const;

/**
 * Who is signed in, by the module's own account of it: its privileges and the CSRF token every write must carry.
 * The host signed the session in; GET /session issues a token when the session has none.
 */
export function useBoundariesSession() {
  const { data, error, isLoading } = useBoundaries<BoundariesSession>('session');
  return {
    session: data,
    error,
    isLoading,
    can: (privilege: string) => Boolean(data?.privileges?.includes(privilege)),
  };
}

/**
 * A state-changing request carrying the session's X-CSRF-Token. A 403 whose token may be stale (the session was
 * renewed) is tried once more with a fresh token.
 */
export function useBoundariesWrite() {
  const { cache, mutate } = useSWRConfig();
  return async function write<T>(method: 'POST' | 'PUT' | 'DELETE', path: string, body?: object): Promise<T> {
    const send = async (token: string | undefined) =>
      openmrsFetch<T>(boundariesUrl(path), {
        method,
        headers: {
          'Content-Type': 'application/json',
          ...(token ? { 'X-CSRF-Token': token } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    const cached = cache.get(boundariesUrl('session'))?.data as BoundariesSession | undefined;
    const token = cached?.csrfToken ?? (await read<BoundariesSession>(boundariesUrl('session'))).csrfToken;
    try {
      return (await send(token)).data;
    } catch (error) {
      const apiError = toApiError(error);
      if (!apiError.forbidden) {
        throw apiError;
      }
      const fresh = await read<BoundariesSession>(boundariesUrl('session'));
      if (fresh.csrfToken === token) {
        throw apiError;
      }
      await mutate(boundariesUrl('session'), fresh, { revalidate: false });
      try {
        return (await send(fresh.csrfToken)).data;
      } catch (retryError) {
        throw toApiError(retryError);
      }
    }
  };
}

/** Re-reads every cached answer of the module whose address starts with one of the paths. */
export function useRefresh() {
  const { mutate } = useSWRConfig();
  return (...paths: Array<string>) =>
    mutate((key) => typeof key === 'string' && paths.some((path) => key.startsWith(boundariesUrl(path))));
}

export interface Page<T> {
  results: Array<T>;
  links?: Array<{ rel: string; uri: string }>;
  /** The rows over all pages, when asked for with totalCount=true. */
  totalCount?: number;
}

export const hasNext = (page?: Page<unknown>) => Boolean(page?.links?.some((link) => link.rel === 'next'));
