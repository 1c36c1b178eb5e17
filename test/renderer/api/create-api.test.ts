import { describe, expect, it, vi } from 'vitest';
import { createApi } from '../../../src/renderer/api/create-api';
import { ApiError, TransportError } from '../../../src/renderer/api/errors';
import { createHttpInvoke } from '../../../src/renderer/api/http-invoke';
import type { Invoke } from '../../../src/shared/contract/bridge';
import { CHANNELS } from '../../../src/shared/contract/channels';

describe('createApi', () => {
  it('has one function per channel and unwraps successful envelopes', async () => {
    const invoke = vi.fn<Invoke>(async () => ({ ok: true, value: [{ id: 'x' }] }));
    const api = createApi(invoke);
    expect(Object.keys(api).sort()).toEqual([...CHANNELS].sort());
    await expect(api['formasi:list']({ selectionId: 'abc' })).resolves.toEqual([{ id: 'x' }]);
    expect(invoke).toHaveBeenCalledWith('formasi:list', { selectionId: 'abc' });
  });

  it('throws an ApiError carrying code, params, message and details on {ok:false}', async () => {
    const details = [{ line: 3 }];
    const api = createApi(async () => ({
      ok: false,
      error: {
        code: 'formasi.hasCandidates',
        params: { code: 'G-001', count: 3 },
        message: 'Formasi "G-001" …',
        details,
      },
    }));
    const error = await api['formasi:delete']({ id: 'f' }).then(
      () => null,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      code: 'formasi.hasCandidates',
      params: { code: 'G-001', count: 3 },
      message: 'Formasi "G-001" …',
      details,
    });
  });
});

describe('createHttpInvoke', () => {
  function fakeFetch(status: number, body: string) {
    return vi.fn<typeof fetch>(
      async () => new Response(body, { status, headers: { 'Content-Type': 'application/json' } }),
    );
  }

  it('POSTs JSON to /rpc/<channel> with the bearer token and the UI language', async () => {
    const fetchMock = fakeFetch(200, JSON.stringify({ ok: true, value: { deleted: true } }));
    const invoke = createHttpInvoke({ token: 's3cret', fetch: fetchMock, language: () => 'en' });
    await expect(invoke('formasi:delete', { id: 'f' })).resolves.toEqual({
      ok: true,
      value: { deleted: true },
    });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/rpc/formasi:delete');
    expect(init?.method).toBe('POST');
    expect(init?.body).toBe('{"id":"f"}');
    expect(new Headers(init?.headers).get('Authorization')).toBe('Bearer s3cret');
    expect(new Headers(init?.headers).get('Accept-Language')).toBe('en');
  });

  it('passes refusals (e.g. 401 unauthorized) through as error envelopes', async () => {
    const envelope = {
      ok: false,
      error: { code: 'request.unauthorized', params: {}, message: 'Token …' },
    };
    const invoke = createHttpInvoke({ token: '', fetch: fakeFetch(401, JSON.stringify(envelope)) });
    await expect(invoke('app:info', {})).resolves.toEqual(envelope);
  });

  it('turns a network failure or a non-envelope body into a TransportError', async () => {
    const down = createHttpInvoke({
      token: 't',
      fetch: vi.fn<typeof fetch>(async () => Promise.reject(new TypeError('Failed to fetch'))),
    });
    await expect(down('app:info', {})).rejects.toMatchObject({
      name: 'TransportError',
      failure: 'unreachable',
    });
    const html = createHttpInvoke({ token: 't', fetch: fakeFetch(404, 'Not found') });
    await expect(html('app:info', {})).rejects.toBeInstanceOf(TransportError);
    const odd = createHttpInvoke({ token: 't', fetch: fakeFetch(200, '{"value":1}') });
    await expect(odd('app:info', {})).rejects.toMatchObject({
      failure: 'badResponse',
      status: 200,
    });
  });
});
