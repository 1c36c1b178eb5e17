import type { Database } from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  SAFETY_NET_PAGES,
  startIdleCheckpoints,
} from '../../../../src/main/core/store/idle-checkpoint';
import { openStore } from '../../../../src/main/core/store/open-store';
import { tempDir } from '../../../helpers/temp-store';

type Checkpoint = { busy: number; log: number; checkpointed: number };

/** Writes rows in separate commits, as the app's requests do. */
function write(db: Database, count: number): void {
  db.exec('CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, v TEXT)');
  const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
  for (let i = 0; i < count; i += 1) insert.run('x'.repeat(2000));
}

/** The WAL's frames and how many of them are in the database (NOOP: reads, copies nothing). */
function walState(db: Database): Checkpoint {
  return (db.pragma('wal_checkpoint(NOOP)') as Checkpoint[])[0]!;
}

describe('WAL checkpoints off the commit path', () => {
  it('leaves commits alone up to the safety net, so the WAL grows without a checkpoint', async () => {
    const store = await openStore(join(tempDir(), 'panitia.db'));
    expect(store.db.pragma('wal_autocheckpoint', { simple: true })).toBe(SAFETY_NET_PAGES);
    write(store.db, 600);
    const state = walState(store.db);
    // SQLite's default (1,000 pages) would have checkpointed by now.
    expect(state.log).toBeGreaterThan(1000);
    expect(state.checkpointed).toBe(0);
    store.close();
  });

  it('checkpoints every frame on the timer between requests, and stops when closed', async () => {
    const store = await openStore(join(tempDir(), 'panitia.db'));
    write(store.db, 50);
    expect(walState(store.db).checkpointed).toBe(0);
    const stop = startIdleCheckpoints(store.db, 10);
    await expect
      .poll(() => {
        const state = walState(store.db);
        return state.checkpointed === state.log && state.log > 0;
      })
      .toBe(true);
    stop();
    store.close();
  });
});
