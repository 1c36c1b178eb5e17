/**
 * The real main process for renderer tests: a real SQLite store in a temporary folder, the real
 * handlers and the real `dispatch`, so the screens of the scoring day are tested against the rules
 * the main process enforces rather than a copy of them.
 */
import { resolve } from 'node:path';
import type { Invoke } from '../../../src/shared/contract/bridge';
import type { Api } from '../../../src/shared/contract/contract';
import { createApi } from '../../../src/renderer/api/create-api';
import { dispatchEnveloped } from '../../../src/main/core/contract/dispatch';
import { createHandlers } from '../../../src/main/core/handlers';
import type { Store } from '../../../src/main/core/store/open-store';
import { tempDir, tempStore } from '../../helpers/temp-store';
import { FAST_KDF } from '../../main/core/assessors/fixtures';

/** A store, its handlers behind an `Api`, and the log of channels called. */
export interface RealBackend {
  store: Store;
  api: Api;
  calls: Array<{ channel: string; input: unknown }>;
}

/** Serves `given` (else a fresh store) through the real handlers, as the web mode does. */
export async function realBackend(given?: Store): Promise<RealBackend> {
  const store = given ?? (await tempStore());
  const handlers = createHandlers({
    store,
    dataDir: tempDir(),
    resourcesDir: resolve(__dirname, '../../../resources'),
    transport: 'web',
    version: 'test',
    // The assessor fixtures' cheap scrypt cost, so enrolling through a screen stays fast.
    kdf: FAST_KDF,
  });
  const calls: RealBackend['calls'] = [];
  const invoke: Invoke = (channel, input) => {
    calls.push({ channel, input });
    return dispatchEnveloped(handlers, channel, input);
  };
  return { store, api: createApi(invoke), calls };
}
