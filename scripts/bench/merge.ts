/**
 * The merge rows of `npm run bench` (issue 6): verifying and merging 500 office result bundles
 * holding 1,000,000 journal entries into a central store must take < 60 s with peak memory
 * < 1 GB, and stay within 3× of the raw cost of the same work measured in the same run: a fresh
 * SQLite file taking the same rows (the journal's own table) in one transaction with a prepared
 * statement, SHA-256 of the same bundle bytes, and one Ed25519 verification per signed item
 * (each sheet, each checkpoint, each bundle trailer). The workload (merge-workload.ts) is
 * generated once into a kept folder and reused; its generation time is printed, not measured.
 */
import Database from 'better-sqlite3';
import { fork } from 'node:child_process';
import { createHash, verify, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { statementBytes, type SignedStatement } from '../../src/main/core/bundle/format';
import { checkpointBytes, type CheckpointRecord } from '../../src/main/core/bundle/result-bundle';
import { publicKeyFromRaw } from '../../src/main/core/crypto/sealed-key';
import { signerKey } from '../../src/main/core/scoring/sheet-rows';
import { canonicalJson } from '../../src/shared/canonical-json';
import type { MergeRunFigures } from './merge-run';
import {
  buildCentral,
  pinOffices,
  type BenchOffice,
  type GenerationInput,
  type MergeSize,
} from './merge-workload';
import type { BenchRow } from './stats';

/** The size: 500 offices, ~2,000 entries each (374 candidates, 5 sheets a present one). */
export const FULL_MERGE: MergeSize = { offices: 500, candidatesPerOffice: 374 };

/** FULL_MERGE, or `PANITIA_MERGE_BENCH_SIZE=OFFICESxCANDIDATES` for a quick smaller run. */
function sizeFromEnv(): MergeSize {
  const match = /^(\d+)x(\d+)$/.exec(process.env.PANITIA_MERGE_BENCH_SIZE ?? '');
  return match ? { offices: Number(match[1]), candidatesPerOffice: Number(match[2]) } : FULL_MERGE;
}

/** The generated workload as kept on disk. */
interface Manifest {
  centralFile: string;
  generationFiles: string[];
  offices: (BenchOffice & { part: number })[];
  buildMs: number;
}

const WORKERS = 2;
const MB = 1024 * 1024;

/** Runs `script` with `args` in a child process with the same loader (tsx); resolves on exit 0. */
function child(script: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const proc = fork(join(__dirname, script), args, { stdio: 'inherit' });
    proc.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${script} exited with ${code}`)),
    );
  });
}

async function workload(size: MergeSize): Promise<Manifest> {
  const folder =
    process.env.PANITIA_MERGE_BENCH_DIR ??
    join(tmpdir(), `panitia-merge-bench-${size.offices}x${size.candidatesPerOffice}`);
  const manifestFile = join(folder, 'manifest.json');
  if (existsSync(manifestFile)) return JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const start = performance.now();
  const base = await buildCentral(folder, size);
  console.error(`[merge bench] central setup built (${seconds(performance.now() - start)})`);
  const per = Math.ceil(size.offices / WORKERS);
  const parts = Array.from({ length: WORKERS }, (_, part) => part);
  await Promise.all(
    parts.map((part) => {
      const input: GenerationInput = {
        ...base,
        part,
        from: part * per,
        to: Math.min(size.offices, (part + 1) * per),
      };
      const inputFile = join(folder, `generate-${part}.json`);
      writeFileSync(inputFile, JSON.stringify(input));
      return child('merge-generate.ts', [inputFile, join(folder, `offices-${part}.json`)]);
    }),
  );
  const offices = parts.flatMap((part) =>
    (JSON.parse(readFileSync(join(folder, `offices-${part}.json`), 'utf8')) as BenchOffice[]).map(
      (o) => ({ ...o, part }),
    ),
  );
  const centralFile = join(folder, 'central.db');
  await pinOffices(centralFile, offices);
  const manifest: Manifest = {
    centralFile,
    generationFiles: parts.map((part) => join(folder, `generation-${part}.db`)),
    offices,
    buildMs: performance.now() - start,
  };
  writeFileSync(manifestFile, JSON.stringify(manifest));
  return manifest;
}

function seconds(value: number): string {
  return `${(value / 1000).toFixed(1)} s`;
}

/** The raw cost of the same work, each part timed alone (reading rows out is not timed). */
function rawBaseline(manifest: Manifest): {
  insertMs: number;
  hashMs: number;
  verifyMs: number;
  verified: number;
} {
  const rawFile = join(tmpdir(), `panitia-raw-merge-${process.pid}.db`);
  rmSync(rawFile, { force: true });
  const raw = new Database(rawFile);
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = FULL');
  const sources = manifest.generationFiles.map((f) => new Database(f, { readonly: true }));
  const ddl = sources[0]!
    .prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'journal'")
    .pluck()
    .get() as string;
  raw.exec(ddl);
  const insert = raw.prepare(
    'INSERT INTO journal (device_id, seq, prev_hash, ts, kind, payload, hash) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const keys = new Map<string, KeyObject>();
  const keyOf = (b64: string) => keys.get(b64) ?? keys.set(b64, publicKeyFromRaw(b64)).get(b64)!;
  let insertMs = 0;
  let verifyMs = 0;
  let verified = 0;
  const timedMs = (run: () => void) => {
    const t = performance.now();
    run();
    return performance.now() - t;
  };
  insertMs += timedMs(() => raw.exec('BEGIN'));
  for (const office of manifest.offices) {
    const source = sources[office.part]!;
    const rows = source
      .prepare(
        'SELECT device_id, seq, prev_hash, ts, kind, payload, hash FROM journal WHERE device_id = ? ORDER BY seq',
      )
      .raw()
      .all(office.device) as [string, number, string, string, string, string, string][];
    insertMs += timedMs(() => {
      for (const row of rows) insert.run(...row);
    });
    const signed: { key: KeyObject; bytes: Buffer; signature: Buffer }[] = [];
    for (const row of rows) {
      if (row[4] !== 'sheet.submitted') continue;
      const { sheet, signature } = JSON.parse(row[5]) as {
        sheet: { signedBy: string; keyVersion: number };
        signature: string;
      };
      signed.push({
        key: keyOf(signerKey(source, sheet.signedBy, sheet.keyVersion)!),
        bytes: Buffer.from(canonicalJson(sheet), 'utf8'),
        signature: Buffer.from(signature, 'base64'),
      });
    }
    const lines = readFileSync(office.bundle, 'utf8').trimEnd().split('\n');
    const checkpoint = (JSON.parse(lines[lines.length - 2]!) as { record: CheckpointRecord })
      .record;
    signed.push({
      key: keyOf(checkpoint.publicKey),
      bytes: checkpointBytes(checkpoint),
      signature: Buffer.from(checkpoint.signature, 'base64'),
    });
    const { signature, ...statement } = JSON.parse(lines[lines.length - 1]!) as SignedStatement & {
      signature: string;
    };
    signed.push({
      key: keyOf(office.publicKey),
      bytes: statementBytes(statement),
      signature: Buffer.from(signature, 'base64'),
    });
    verifyMs += timedMs(() => {
      for (const s of signed) {
        if (!verify(null, s.bytes, s.key, s.signature)) throw new Error('baseline: bad signature');
      }
    });
    verified += signed.length;
  }
  insertMs += timedMs(() => raw.exec('COMMIT'));
  const hashMs = timedMs(() => {
    for (const office of manifest.offices) {
      createHash('sha256').update(readFileSync(office.bundle)).digest('hex');
    }
  });
  raw.close();
  for (const s of sources) s.close();
  rmSync(rawFile, { force: true });
  rmSync(`${rawFile}-wal`, { force: true });
  rmSync(`${rawFile}-shm`, { force: true });
  return { insertMs, hashMs, verifyMs, verified };
}

/** Generates (or reuses) the workload, measures the merge in a child process and the baseline. */
export async function mergeRows(size: MergeSize = sizeFromEnv()): Promise<BenchRow[]> {
  const manifest = await workload(size);
  const entries = manifest.offices.reduce((sum, o) => sum + o.entries, 0);
  const sheets = manifest.offices.reduce((sum, o) => sum + o.sheets, 0);
  const folder = join(manifest.centralFile, '..');
  const runInput = join(folder, 'merge-run.json');
  const runOutput = join(folder, 'merge-run-out.json');
  writeFileSync(
    runInput,
    JSON.stringify({
      centralFile: manifest.centralFile,
      bundles: manifest.offices.map((o) => o.bundle),
    }),
  );
  await child('merge-run.ts', [runInput, runOutput]);
  const merge = JSON.parse(readFileSync(runOutput, 'utf8')) as MergeRunFigures;
  const base = rawBaseline(manifest);
  const rawMs = base.insertMs + base.hashMs + base.verifyMs;
  const ratio = merge.ms / rawMs;
  const bytes = manifest.offices.reduce((sum, o) => sum + readFileSync(o.bundle).length, 0);
  // Held entries are reported, not hidden: offices scoring one formasi each lock its plan.
  const complete = merge.added === entries && merge.invalid === 0;
  return [
    [
      `build: ${manifest.offices.length} offices, ${entries.toLocaleString('en')} entries (${sheets.toLocaleString('en')} signed sheets), ${(bytes / MB).toFixed(0)} MB of bundles, via the real commands`,
      `${seconds(manifest.buildMs)} total`,
      '—',
      '—',
    ],
    [
      `raw baseline: insert ${entries.toLocaleString('en')} rows, 1 transaction (${seconds(base.insertMs)}) + SHA-256 (${seconds(base.hashMs)}) + ${base.verified.toLocaleString('en')} Ed25519 verifies (${seconds(base.verifyMs)})`,
      seconds(rawMs),
      '—',
      '—',
    ],
    [
      `verify + merge ${manifest.offices.length} bundles (staging ${seconds(merge.stagingMs)}, take-in + replay + report ${seconds(merge.ms - merge.stagingMs)}), 1 run; ${merge.added.toLocaleString('en')} added, ${merge.held} held`,
      seconds(merge.ms),
      '< 60 s',
      merge.ms < 60_000 && complete ? 'PASS' : 'FAIL',
    ],
    [
      'verify + merge: peak RSS of the merging process (maxRSS)',
      `${(merge.maxRssBytes / MB).toFixed(0)} MB`,
      '< 1024 MB',
      merge.maxRssBytes < 1024 * MB ? 'PASS' : 'FAIL',
    ],
    ['verify + merge ÷ raw baseline', `${ratio.toFixed(2)}×`, '≤ 3×', ratio <= 3 ? 'PASS' : 'FAIL'],
  ];
}
