import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS, IPC_PREFIX } from '../../../src/shared/contract/channels';
import type { Handlers } from '../../../src/shared/contract/contract';
import type { Envelope } from '../../../src/shared/contract/envelope';

type Listener = (event: unknown, raw: unknown) => Promise<Envelope<unknown>>;

const registered = vi.hoisted(() => new Map<string, Listener>());

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, listener: Listener) => {
      if (registered.has(channel)) throw new Error(`second handler for ${channel}`);
      registered.set(channel, listener);
    },
    removeHandler: (channel: string) => registered.delete(channel),
  },
}));

const { registerIpc } = await import('../../../src/main/electron/ipc');

const APP_INFO = {
  version: '1.0.0',
  schemaVersion: 1,
  deviceId: 'd',
  dataDir: '/data',
  transport: 'electron',
};

function fakeHandlers(): Handlers {
  const handlers = Object.fromEntries(
    CHANNELS.map((channel) => [channel, vi.fn()]),
  ) as unknown as Handlers;
  (handlers['app:info'] as ReturnType<typeof vi.fn>).mockReturnValue(APP_INFO);
  return handlers;
}

const mainFrame = {
  url: 'app://panitia/index.html',
  parent: null,
  detached: false,
  frameTreeNodeId: 7,
};
const webContents = { mainFrame };
const window = { webContents, isDestroyed: () => false };

function event(senderFrame: unknown, sender: unknown = webContents) {
  return { sender, senderFrame };
}

let handlers: Handlers;
let language: 'id' | 'en';
let unregister: () => void;

beforeEach(() => {
  registered.clear();
  handlers = fakeHandlers();
  language = 'id';
  unregister = registerIpc(handlers, {
    getWindow: () => window as never,
    language: () => language,
  });
});

function call(channel: string, evt: unknown, raw: unknown = {}) {
  const listener = registered.get(IPC_PREFIX + channel);
  if (!listener) throw new Error(`not registered: ${channel}`);
  return listener(evt, raw);
}

describe('registerIpc', () => {
  it('registers exactly one handler per channel, with the prefix', () => {
    expect([...registered.keys()].sort()).toEqual(CHANNELS.map((c) => `panitia:${c}`).sort());
  });

  it('removes them again', () => {
    unregister();
    expect(registered.size).toBe(0);
  });

  it('dispatches a call from the main frame of our window on app://panitia', async () => {
    const result = await call('app:info', event(mainFrame));
    expect(result).toEqual({ ok: true, value: APP_INFO });
    expect(handlers['app:info']).toHaveBeenCalledOnce();
  });

  it('still validates the payload after the sender check', async () => {
    const result = await call('selection:get', event(mainFrame), { id: 42 });
    expect(result).toMatchObject({ ok: false, error: { code: 'request.invalid' } });
    expect(handlers['selection:get']).not.toHaveBeenCalled();
  });

  const refused: Array<[string, unknown, unknown?]> = [
    ['https://evil', { ...mainFrame, url: 'https://evil/' }],
    ['app://panitia.evil', { ...mainFrame, url: 'app://panitia.evil/index.html' }],
    ['app://panitia@evil', { ...mainFrame, url: 'app://panitia@evil/index.html' }],
    ['file://', { ...mainFrame, url: 'file:///work/out/renderer/index.html' }],
    [
      'an app:// subframe',
      { url: 'app://panitia/index.html', parent: mainFrame, detached: false, frameTreeNodeId: 8 },
    ],
    ['another top frame', { ...mainFrame, frameTreeNodeId: 99 }],
    ['a detached frame', { ...mainFrame, detached: true }],
    ['a null senderFrame', null],
    ['another web contents', mainFrame, { mainFrame }],
    [
      'a disposed frame',
      Object.defineProperty({}, 'url', {
        get: () => {
          throw new Error('disposed');
        },
      }),
    ],
  ];

  it.each(refused)(
    'refuses %s with request.forbidden and never calls the handler',
    async (_name, frame, sender) => {
      const result = await call('app:info', event(frame, sender ?? webContents));
      expect(result).toEqual({
        ok: false,
        error: {
          code: 'request.forbidden',
          params: {},
          message: 'Permintaan ditolak: pengirim tidak dikenal.',
        },
      });
      expect(handlers['app:info']).not.toHaveBeenCalled();
    },
  );

  it('refuses every channel, not just one, when the sender is foreign', async () => {
    for (const channel of CHANNELS) {
      const result = await call(channel, event({ ...mainFrame, url: 'https://evil/' }), {});
      expect(result.ok, channel).toBe(false);
      expect(handlers[channel], channel).not.toHaveBeenCalled();
    }
  });

  it('refuses everything once the window is gone', async () => {
    registered.clear();
    registerIpc(handlers, { getWindow: () => null, language: () => 'id' });
    expect(await call('app:info', event(mainFrame))).toMatchObject({
      ok: false,
      error: { code: 'request.forbidden' },
    });
  });

  it('speaks the app language in error messages', async () => {
    language = 'en';
    const result = await call('app:info', event(null));
    expect(result).toMatchObject({
      ok: false,
      error: { message: 'Request refused: unknown sender.' },
    });
  });
});
