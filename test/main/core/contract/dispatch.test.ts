import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../../src/shared/contract/channels';
import { contract } from '../../../../src/shared/contract/contract';
import { dispatch, dispatchEnveloped } from '../../../../src/main/core/contract/dispatch';
import { setInternalErrorSink } from '../../../../src/main/core/contract/wire-error';
import { createHandlers } from '../../../../src/main/core/handlers';
import { LATEST_SCHEMA_VERSION } from '../../../../src/main/core/store/migrations';
import { RESOURCES_DIR } from '../../../helpers/resources';
import { tempStore } from '../../../helpers/temp-store';

async function handlers() {
  const store = await tempStore();
  return createHandlers({
    store,
    dataDir: '/data',
    resourcesDir: RESOURCES_DIR,
    transport: 'web',
    version: '9.9.9',
  });
}

const selection = {
  name: 'Seleksi PPPK 2024',
  year: 2024,
  type: 'PPPK',
  instansi: 'Pemkab',
  location: 'Kantor',
};

describe('dispatch', () => {
  it('lists exactly the contract channels in the zod-free channel list', () => {
    expect([...CHANNELS].sort()).toEqual(Object.keys(contract).sort());
  });

  it('validates input, runs the handler and returns validated output', async () => {
    const h = await handlers();
    const created = (await dispatch(h, 'selection:create', selection)) as {
      id: string;
      formasiCount: number;
    };
    expect(created).toMatchObject({ ...selection, formasiCount: 0, candidateCount: 0 });
    expect(await dispatch(h, 'selection:list', {})).toEqual([created]);
    expect(await dispatch(h, 'app:info', {})).toMatchObject({
      version: '9.9.9',
      transport: 'web',
      schemaVersion: LATEST_SCHEMA_VERSION,
    });
  });

  it('wraps a bad input in a translated request.invalid error and calls no handler', async () => {
    const h = await handlers();
    const envelope = await dispatchEnveloped(
      h,
      'selection:create',
      { ...selection, year: 'dua ribu', extra: 1 },
      'en',
    );
    expect(envelope.ok).toBe(false);
    if (envelope.ok) return;
    expect(envelope.error.code).toBe('request.invalid');
    expect(envelope.error.message).toMatch(/^Invalid request: /);
    expect(envelope.error.message).toContain('year');
    expect(await dispatch(h, 'selection:list', {})).toEqual([]);
  });

  it('refuses an unknown channel', async () => {
    const envelope = await dispatchEnveloped(await handlers(), 'system:shell', {});
    expect(envelope).toMatchObject({
      ok: false,
      error: { code: 'request.unknownChannel', params: { channel: 'system:shell' } },
    });
  });

  it('returns domain errors with their code and the message in the asked language', async () => {
    const h = await handlers();
    const missing = '00000000-0000-4000-8000-000000000000';
    const id = await dispatchEnveloped(h, 'selection:get', { id: missing }, 'id');
    const en = await dispatchEnveloped(h, 'selection:get', { id: missing }, 'en');
    expect(id).toMatchObject({
      ok: false,
      error: {
        code: 'selection.notFound',
        message: expect.stringMatching(/^Seleksi tidak ditemukan/),
      },
    });
    expect(en).toMatchObject({
      ok: false,
      error: { code: 'selection.notFound', message: expect.stringMatching(/^Selection not found/) },
    });
  });

  it('turns an unexpected failure into `internal` with no stack or message leaking', async () => {
    const h = await handlers();
    const logged: unknown[] = [];
    setInternalErrorSink((error) => logged.push(error));
    const broken = {
      ...h,
      'selection:list': () => {
        throw new Error('SQLITE secret path /home/x');
      },
    };
    const envelope = await dispatchEnveloped(broken, 'selection:list', {});
    expect(envelope).toEqual({
      ok: false,
      error: { code: 'internal', params: {}, message: expect.any(String) },
    });
    expect(JSON.stringify(envelope)).not.toContain('secret');
    expect(logged).toHaveLength(1);
    setInternalErrorSink((error) => console.error(error));
  });

  it('treats a handler returning the wrong shape as internal, not as success', async () => {
    const h = await handlers();
    setInternalErrorSink(() => {});
    const wrong = { ...h, 'selection:list': () => [{ id: 'x' }] as never };
    expect(await dispatchEnveloped(wrong, 'selection:list', {})).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
    setInternalErrorSink((error) => console.error(error));
  });
});
