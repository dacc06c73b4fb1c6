import React from 'react';
import { render } from '@testing-library/react';
import { SWRConfig } from 'swr';
import { vi } from 'vitest';
import { openmrsFetch } from '@openmrs/esm-framework';

type Answer = object | ((init?: RequestInit) => object | Failure) | Failure | 'pending';

/** A failed answer as openmrsFetch rejects it: the response status and the module's parsed error body. */
export class Failure {
  constructor(
    readonly status: number,
    readonly message = 'Something went wrong on the server.',
    readonly fieldErrors: Record<string, Array<{ code: string; message: string }>> = {},
  ) {}
}

export const session = {
  authenticated: true,
  user: { uuid: 'user-1', display: 'Amelia Hart' },
  patient: false,
  provider: true,
  providerUuid: 'provider-1',
  privileges: [
    'Boundaries: View Contact Log',
    'Boundaries: Add Contact Log',
    'Boundaries: Void Contact Log',
    'Boundaries: Manage Portal Messages',
    'Boundaries: Edit Own Boundaries',
  ],
  csrfToken: 'token-1',
};

/**
 * Answers the module's API by path (the part after /boundaries/, matched as a prefix; the longest match wins) and
 * records every request, so a test reads what the component sent.
 */
export function stubApi(answers: Record<string, Answer>) {
  const requests: Array<{ path: string; method: string; headers: Record<string, string>; body?: any }> = [];
  const all: Record<string, Answer> = { session, ...answers };
  vi.mocked(openmrsFetch).mockImplementation(((url: string, init?: RequestInit) => {
    const path = url.replace(/^.*\/boundaries\//, '');
    const method = init?.method ?? 'GET';
    requests.push({
      path,
      method,
      headers: (init?.headers ?? {}) as Record<string, string>,
      body: init?.body ? JSON.parse(init.body as string) : undefined,
    });
    const key = Object.keys(all)
      .filter((candidate) => {
        const [candidateMethod, candidatePath] = candidate.includes(' ') ? candidate.split(' ') : ['GET', candidate];
        return candidateMethod === method && path.startsWith(candidatePath);
      })
      .sort((a, b) => b.length - a.length)[0];
    const stored = key === undefined ? new Failure(404, 'Not found.') : all[key];
    const answer = typeof stored === 'function' ? stored(init) : stored;
    if (answer === 'pending') {
      return new Promise(() => undefined);
    }
    if (answer instanceof Failure) {
      return Promise.reject(
        Object.assign(new Error(answer.message), {
          response: { status: answer.status },
          responseBody: { error: { message: answer.message, fieldErrors: answer.fieldErrors } },
        }),
      );
    }
    return Promise.resolve({ data: answer, status: 200 });
  }) as any);
  return requests;
}

/** Renders with a cache of its own, so no answer leaks from one test into another. */
export function renderWithApi(ui: React.ReactElement) {
  return render(<SWRConfig value={{ provider: () => new Map(), dedupingInterval: 0 }}>{ui}</SWRConfig>);
}

export const page = <T,>(results: Array<T>, next = false) => ({
  results,
  links: next ? [{ rel: 'next', uri: 'next' }] : [],
});
