/**
 * A power cut during a merge leaves the store as it was or wholly merged, never half: the child
 * merging two office bundles is killed with SIGKILL at moments spread over its run, and the store
 * is then checked (journal count before or after, chain intact, integrity_check ok, state equal
 * to a rebuild of its journal).
 */
import { spawn } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { rebuildState } from '../../../../src/main/core/journal/rebuild';
import { verifyJournal } from '../../../../src/main/core/journal/verify';
import { openStore } from '../../../../src/main/core/store/open-store';
import {
  PASSPHRASE,
  centralWithSetup,
  exportResults,
  officeFrom,
  pinOffice,
  scoreFormasi,
} from '../../../helpers/merge-fixtures';
import { stateSnapshot } from '../../../helpers/state-snapshot';
import { tempDir } from '../../../helpers/temp-store';

const CHILD = join(__dirname, 'merge-child.ts');
const KILLS = 8;

let source = '';
let files: string[] = [];
let before = 0;

/** Runs the child on a copy of the central store; kills it `killAfterMs` after it starts merging. */
function runMerge(
  db: string,
  killAfterMs: number | null,
): Promise<{ acknowledged: number | null; ms: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, db, PASSPHRASE, ...files], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let started = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (started === 0 && out.includes('merging')) {
        started = Date.now();
        if (killAfterMs !== null) setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      }
    });
    child.on('error', reject);
    child.on('close', () => {
      const match = /merged (\d+)/.exec(out);
      resolve({ acknowledged: match ? Number(match[1]) : null, ms: Date.now() - started });
    });
  });
}

function freshCopy(): string {
  const file = join(tempDir(), 'pusat.db');
  copyFileSync(source, file);
  return file;
}

beforeAll(async () => {
  const central = await centralWithSetup(60);
  const godong = await officeFrom(central.setupFile, central.store, 'Kecamatan Godong');
  const toroh = await officeFrom(central.setupFile, central.store, 'Kecamatan Toroh');
  scoreFormasi(godong.store, central.setup, [0, 1, 2], 41);
  scoreFormasi(toroh.store, central.setup, [3, 4, 5], 42);
  pinOffice(central.store, godong.store, 'Kecamatan Godong');
  pinOffice(central.store, toroh.store, 'Kecamatan Toroh');
  files = [
    await exportResults(godong.store, godong.signer, 'godong'),
    await exportResults(toroh.store, toroh.signer, 'toroh'),
  ];
  before = central.store.db.prepare('SELECT count(*) FROM journal').pluck().get() as number;
  central.store.db.pragma('wal_checkpoint(TRUNCATE)');
  source = central.store.db.name;
}, 120_000);

describe('merge under SIGKILL', () => {
  it('leaves the store as it was or wholly merged', async () => {
    const whole = await runMerge(freshCopy(), null);
    expect(whole.acknowledged).toBeGreaterThan(before);
    const after = whole.acknowledged as number;
    let interrupted = 0;
    for (let k = 0; k < KILLS; k += 1) {
      const db = freshCopy();
      const run = await runMerge(db, Math.round((whole.ms * (k + 0.5)) / KILLS));
      const store = await openStore(db);
      try {
        const count = store.db.prepare('SELECT count(*) FROM journal').pluck().get() as number;
        if (run.acknowledged !== null) expect(count).toBe(run.acknowledged);
        else interrupted += 1;
        expect([before, after]).toContain(count);
        expect(verifyJournal(store.db).ok).toBe(true);
        expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
        const live = stateSnapshot(store.db);
        rebuildState(store.db);
        expect(stateSnapshot(store.db)).toEqual(live);
      } finally {
        store.close();
      }
    }
    // Most kills land while the child is still working; a run that finished first proves nothing.
    expect(interrupted).toBeGreaterThan(KILLS / 2);
  }, 300_000);
});
