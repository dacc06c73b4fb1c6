import React from 'react';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Failure, renderWithApi, session, stubApi } from '../test/api-stub';
import { useBoundariesWrite } from './api';

function Writer({ onError }: { onError: (error: unknown) => void }) {
  const write = useBoundariesWrite();
  return <button onClick={() => write('POST', 'thread/t1/close').catch(onError)}>write</button>;
}

describe('Writes to the module', () => {
  it('fetch the CSRF token from GET /session and send it', async () => {
    const requests = stubApi({ 'POST thread/t1/close': {} });
    renderWithApi(<Writer onError={vi.fn()} />);
    await userEvent.setup().click(screen.getByRole('button'));
    await waitFor(() => expect(requests.find((r) => r.method === 'POST')?.headers['X-CSRF-Token']).toBe('token-1'));
    expect(requests[0].path).toBe('session');
  });

  it('try once more with a fresh token when the session was renewed (403)', async () => {
    let token = 'old';
    const requests = stubApi({
      session: () => ({ ...session, csrfToken: token }),
      'POST thread/t1/close': (init: RequestInit) => {
        if ((init.headers as Record<string, string>)['X-CSRF-Token'] === 'new') {
          return {};
        }
        token = 'new';
        return new Failure(403, 'missing or wrong CSRF token');
      },
    });
    const onError = vi.fn();
    renderWithApi(<Writer onError={onError} />);
    await userEvent.setup().click(screen.getByRole('button'));
    await waitFor(() => expect(requests.filter((r) => r.method === 'POST').map((r) => r.headers['X-CSRF-Token'])).toEqual(['old', 'new']));
    expect(onError).not.toHaveBeenCalled();
  });

  it('give up with the 403 when the token did not change', async () => {
    stubApi({ 'POST thread/t1/close': new Failure(403, 'missing or wrong CSRF token') });
    const onError = vi.fn();
    renderWithApi(<Writer onError={onError} />);
    await userEvent.setup().click(screen.getByRole('button'));
    await waitFor(() => expect(onError).toHaveBeenCalled());
    expect(onError.mock.calls[0][0]).toMatchObject({ status: 403, message: 'missing or wrong CSRF token' });
  });
});
