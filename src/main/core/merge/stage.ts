/**
 * Reading one received bundle for a merge: verified as a stream while its entries are staged in a
 * temporary table, a batch at a time, so a million entries never sit in memory and nothing reaches
 * the journal until the whole file has proved valid.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import type { Database } from 'better-sqlite3';
import { canonicalJson } from '../../../shared/canonical-json';
import { AppError } from '../../../shared/errors';
import { readResultBundle, type ResultBundleReading } from '../bundle/read-result-bundle';
import type { EntryRecord } from '../bundle/result-bundle';

/** A bundle read for a merge: its file hash, the verdict, and its stage number when valid. */
export interface StagedBundle {
  fileName: string;
  hash: string;
  reading: ResultBundleReading;
  stage: number;
}

/** Progress of staging: entries read so far in the current file. */
export type StageProgress = (entriesRead: number) => void;

const BATCH = 2000;

/** Creates the connection's staging table if needed (TEMP: never in the database file). */
export function ensureStagingTable(db: Database): void {
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS staged_entries (
    stage INTEGER NOT NULL, device_id TEXT NOT NULL, seq INTEGER NOT NULL, prev_hash TEXT NOT NULL,
    ts TEXT NOT NULL, kind TEXT NOT NULL, payload TEXT NOT NULL, hash TEXT NOT NULL,
    PRIMARY KEY (stage, device_id, seq))`);
}

/** Forgets what staging `stage` left (or everything). */
export function clearStage(db: Database, stage?: number): void {
  ensureStagingTable(db);
  if (stage === undefined) db.prepare('DELETE FROM temp.staged_entries').run();
  else db.prepare('DELETE FROM temp.staged_entries WHERE stage = ?').run(stage);
}

/**
 * Verifies `file` and stages its entries under `stage`. An invalid file leaves nothing staged.
 * Checks `signal` between batches and throws `merge.cancelled` when it is aborted.
 */
export async function stageBundle(
  db: Database,
  file: string,
  stage: number,
  options: { signal?: AbortSignal; onProgress?: StageProgress } = {},
): Promise<StagedBundle> {
  ensureStagingTable(db);
  const insert = db.prepare(
    `INSERT INTO temp.staged_entries (stage, device_id, seq, prev_hash, ts, kind, payload, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let batch: EntryRecord[] = [];
  let read = 0;
  const flush = db.transaction((entries: EntryRecord[]) => {
    for (const e of entries) {
      insert.run(stage, e.device, e.seq, e.prev, e.ts, e.kind, canonicalPayload(e), e.hash);
    }
  });
  const cancelled = () => options.signal?.aborted === true;
  try {
    const [reading, hash] = await Promise.all([
      readResultBundle(file, {
        kinds: ['setup', 'results'],
        onEntry: (entry) => {
          if (cancelled()) return;
          batch.push(entry);
          read += 1;
          if (batch.length >= BATCH) {
            flush(batch);
            batch = [];
            options.onProgress?.(read);
          }
        },
      }),
      fileHash(file),
    ]);
    if (cancelled()) throw new AppError('merge.cancelled');
    flush(batch);
    options.onProgress?.(read);
    if (!reading.valid) clearStage(db, stage);
    return { fileName: basename(file), hash, reading, stage };
  } catch (error) {
    clearStage(db, stage);
    throw error;
  }
}

/** The payload as the journal stores it: its canonical JSON, exactly the text its hash covers. */
function canonicalPayload(entry: EntryRecord): string {
  return canonicalJson(entry.payload);
}

/** Hex SHA-256 of the whole file, as `sha256sum` prints it. */
export async function fileHash(file: string): Promise<string> {
  const hash = createHash('sha256');
  try {
    for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new AppError('file.notFound', { file });
    throw error;
  }
  return hash.digest('hex');
}
