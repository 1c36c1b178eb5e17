/**
 * The candidate rows of `npm run bench` (issue 2): importing a 20,000-candidate CSV < 3 s;
 * search-as-you-type over 20,000 candidates < 50 ms per keystroke; with the raw SQLite insert
 * baseline measured in the same run.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { importCandidates } from '../../src/main/core/candidates/import';
import { dispatch } from '../../src/main/core/contract/dispatch';
import { createHandlers } from '../../src/main/core/handlers';
import { openStore, type Store } from '../../src/main/core/store/open-store';
import { startWebServer } from '../../src/main/web/server';
import { demoCsv, demoSelection } from '../../test/helpers/demo-fixtures';
import { RESOURCES_DIR } from '../../test/helpers/resources';
import { median, ms, percentile, type BenchRow } from './stats';

const ROWS = 20_000;

/** Every prefix of what a secretary types into the search box. */
const KEYSTROKES = ['siti rahayu', '3315', 'pratama', '2433150000', 'nur'].flatMap((word) =>
  [...word].map((_, i) => word.slice(0, i + 1)),
);

/** Measures the candidate rows in `folder`, each `runs` times. */
export async function candidateRows(folder: string, runs: number): Promise<BenchRow[]> {
  let storeCount = 0;
  const rows: BenchRow[] = [];

  async function freshStore(): Promise<{ store: Store; selectionId: string }> {
    storeCount += 1;
    const store = await openStore(join(folder, `bench-${storeCount}.db`));
    return { store, selectionId: demoSelection(store) };
  }

  /** Raw capacity: the same 20,000 rows inserted with one prepared statement in one transaction. */
  function rawInsertMs(): number {
    const db = new Database(join(folder, `raw-${storeCount++}.db`));
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec(`CREATE TABLE candidates (id TEXT PRIMARY KEY, nomor TEXT UNIQUE, nik TEXT UNIQUE, nama TEXT,
      lahir TEXT, jk TEXT, pendidikan TEXT, ipk REAL, twk INT, tiu INT, tkp INT, formasi TEXT)`);
    const insert = db.prepare('INSERT INTO candidates VALUES (?,?,?,?,?,?,?,?,?,?,?,?)');
    const start = performance.now();
    db.transaction(() => {
      for (let i = 0; i < ROWS; i += 1) {
        insert.run(
          `id-${i}`,
          `n-${i}`,
          `${3315010101900000 + i}`,
          `Nama ${i}`,
          '1990-01-01',
          'L',
          'S-1',
          3.5,
          100,
          120,
          180,
          'F',
        );
      }
    })();
    const elapsed = performance.now() - start;
    db.close();
    return elapsed;
  }

  async function importMs(bytes: Uint8Array, mode: 'check' | 'all-or-nothing'): Promise<number> {
    const { store, selectionId } = await freshStore();
    const start = performance.now();
    const report = await importCandidates(store, {
      selectionId,
      fileName: 'peserta.csv',
      bytes,
      mode,
    });
    const elapsed = performance.now() - start;
    if (report.validRows !== ROWS)
      throw new Error(`expected ${ROWS} valid rows, got ${report.validRows}`);
    store.close();
    return elapsed;
  }

  const bytes = new TextEncoder().encode(demoCsv(ROWS));
  const raw = Array.from({ length: runs }, () => rawInsertMs());
  rows.push([
    'raw SQLite insert, 20,000 rows, 1 transaction (baseline)',
    ms(median(raw)),
    '—',
    '—',
  ]);

  const checks: number[] = [];
  for (let i = 0; i < runs; i += 1) checks.push(await importMs(bytes, 'check'));
  rows.push(['check 20,000-row CSV (read + validate, no write)', ms(median(checks)), '—', '—']);

  const imports: number[] = [];
  for (let i = 0; i < runs; i += 1) imports.push(await importMs(bytes, 'all-or-nothing'));
  const importMedian = median(imports);
  rows.push([
    'import 20,000-row CSV (check + backup + journal + write)',
    ms(importMedian),
    '< 3000 ms',
    `${importMedian < 3000 ? 'PASS' : 'FAIL'} (${(importMedian / median(raw)).toFixed(1)}× raw)`,
  ]);

  const { store, selectionId } = await freshStore();
  await importCandidates(store, {
    selectionId,
    fileName: 'peserta.csv',
    bytes,
    mode: 'all-or-nothing',
  });
  const handlers = createHandlers({
    store,
    dataDir: folder,
    resourcesDir: RESOURCES_DIR,
    transport: 'web',
    version: 'bench',
  });
  const viaDispatch: number[] = [];
  for (const query of KEYSTROKES) {
    const start = performance.now();
    await dispatch(handlers, 'candidates:search', { selectionId, query, limit: 200 });
    viaDispatch.push(performance.now() - start);
  }
  const server = await startWebServer({ handlers, rendererDir: folder });
  const viaHttp: number[] = [];
  for (const query of KEYSTROKES) {
    const start = performance.now();
    const response = await fetch(`http://127.0.0.1:${server.port}/rpc/candidates:search`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ selectionId, query, limit: 200 }),
    });
    await response.json();
    viaHttp.push(performance.now() - start);
  }
  await server.close();
  store.close();
  for (const [name, samples] of [
    ['search-as-you-type, 20,000 candidates (dispatch)', viaDispatch],
    ['search-as-you-type, 20,000 candidates (HTTP round trip)', viaHttp],
  ] as const) {
    const m = median(samples);
    rows.push([
      `${name}, ${samples.length} keystrokes`,
      `${ms(m)} (p95 ${ms(percentile(samples, 95))}, max ${ms(Math.max(...samples))})`,
      '< 50 ms',
      m < 50 ? 'PASS' : 'FAIL',
    ]);
  }
  return rows;
}
