/** Real SQLite stores in fresh temporary folders, removed after each test file. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { openStore, type OpenStoreOptions, type Store } from '../../src/main/core/store/open-store';

const folders: string[] = [];
const stores: Store[] = [];

afterAll(() => {
  for (const store of stores) store.close();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** A new empty temporary folder. */
export function tempDir(prefix = 'panitia-test-'): string {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  folders.push(folder);
  return folder;
}

/** A clock that starts at `start` and advances one second per call, for stable journals. */
export function steppingClock(start = '2024-11-05T01:00:00.000Z'): () => Date {
  let t = Date.parse(start);
  return () => {
    const now = new Date(t);
    t += 1000;
    return now;
  };
}

/** Opens a store on a real file in a fresh temporary folder. */
export async function tempStore(options: OpenStoreOptions = {}): Promise<Store> {
  const folder = tempDir();
  const store = await openStore(join(folder, 'panitia.db'), { now: steppingClock(), ...options });
  stores.push(store);
  return store;
}
