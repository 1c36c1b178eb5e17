import { describe, expect, it, vi } from 'vitest';
import { bootstrapApi, TOKEN_STORAGE_KEY } from '../../../src/renderer/api/bootstrap';
import type { Bridge } from '../../../src/shared/contract/bridge';
import { CHANNELS } from '../../../src/shared/contract/channels';

const INFO = { version: '0.1.0', schemaVersion: 1, deviceId: 'd', dataDir: '/d', transport: 'web' };

function okFetch() {
  return vi.fn<typeof fetch>(async () => new Response(JSON.stringify({ ok: true, value: INFO })));
}

function authorization(fetchMock: ReturnType<typeof okFetch>, call = 0): string | null {
  return new Headers(fetchMock.mock.calls[call]?.[1]?.headers).get('Authorization');
}

describe('bootstrapApi', () => {
  it('takes the token from ?token=, keeps it in sessionStorage and strips it from the address bar', async () => {
    window.history.replaceState(null, '', '/?token=abc123&lang=x#/peserta');
    const fetchMock = okFetch();
    const { api, transport } = bootstrapApi({ window, fetch: fetchMock });
    expect(transport).toBe('web');
    expect(window.location.search).toBe('?lang=x');
    expect(window.location.hash).toBe('#/peserta');
    expect(window.location.href).not.toContain('abc123');
    expect(window.sessionStorage.getItem(TOKEN_STORAGE_KEY)).toBe('abc123');
    await api['app:info']({});
    expect(authorization(fetchMock)).toBe('Bearer abc123');
  });

  it('reuses the stored token after a reload without ?token=', async () => {
    window.sessionStorage.setItem(TOKEN_STORAGE_KEY, 'kept');
    window.history.replaceState(null, '', '/#/seleksi');
    const fetchMock = okFetch();
    await bootstrapApi({ window, fetch: fetchMock }).api['app:info']({});
    expect(authorization(fetchMock)).toBe('Bearer kept');
    expect(window.location.hash).toBe('#/seleksi');
  });

  it('uses the Electron bridge when the preload exposed it, and never HTTP', async () => {
    const bridge = Object.fromEntries(
      CHANNELS.map((channel) => [channel, vi.fn(async () => ({ ok: true, value: INFO }))]),
    ) as unknown as Bridge;
    const fetchMock = okFetch();
    window.history.replaceState(null, '', '/?token=ignored');
    const { api, transport } = bootstrapApi({
      window: { ...windowParts(), panitia: bridge },
      fetch: fetchMock,
    });
    expect(transport).toBe('electron');
    await expect(api['app:info']({})).resolves.toEqual(INFO);
    expect(bridge['app:info']).toHaveBeenCalledWith({});
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

function windowParts() {
  return {
    location: window.location,
    history: window.history,
    sessionStorage: window.sessionStorage,
  };
}
