/**
 * A bundle file received from the renderer: kept whole under `diterima/` by its SHA-256 (the
 * record of what was received, and what a merge then reads), and verified, so the Impor screen
 * can say per file in plain words whether it is sound, who signed it and whether it is trusted.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { ReceivedBundleView } from '../../../shared/contract/merge-contract';
import { AppError } from '../../../shared/errors';
import { readResultBundle } from '../bundle/read-result-bundle';
import { writeWhole } from '../files/write-whole';
import { signerStanding } from './standing';

/** The folder of received bundles inside the data folder. */
export const RECEIVED_DIR = 'diterima';

/** What the Impor screen shows of one received file (the channel's output shape). */
export type ReceivedBundle = ReceivedBundleView;

/** The path of received file `fileId`; throws `bundle.notReceived` for one not saved here. */
export function receivedPath(dataDir: string, fileId: string): string {
  const file = join(dataDir, RECEIVED_DIR, `${fileId}.panitia`);
  if (!/^[0-9a-f]{64}$/.test(fileId) || !existsSync(file)) {
    throw new AppError('bundle.notReceived', { file: fileId });
  }
  return file;
}

/** Saves `bytes` (named `name` by the sender) and verifies them. */
export async function receiveBundle(
  scope: { db: Database; deviceId: string; dataDir: string },
  name: string,
  bytes: Buffer,
): Promise<ReceivedBundle> {
  const fileId = createHash('sha256').update(bytes).digest('hex');
  const file = join(scope.dataDir, RECEIVED_DIR, `${fileId}.panitia`);
  await mkdir(join(scope.dataDir, RECEIVED_DIR), { recursive: true });
  await writeWhole(file, bytes);
  const alreadyMerged =
    scope.db.prepare('SELECT 1 FROM received_bundles WHERE hash = ?').get(fileId) !== undefined;
  const base = { fileId, name, size: bytes.length, alreadyMerged };
  const reading = await readResultBundle(file, { kinds: ['setup', 'results'] });
  if (!reading.valid) {
    const { code, params, line } = reading;
    return {
      ...base,
      valid: false,
      problem: { code, params, line },
      kind: null,
      fingerprint: null,
      createdBy: { office: null, device: null },
      trust: null,
      entries: 0,
      chains: 0,
    };
  }
  const { kind, fingerprint, createdBy } = reading.bundle;
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  return {
    ...base,
    valid: true,
    problem: null,
    kind,
    fingerprint,
    createdBy: { office: text(createdBy.office), device: text(createdBy.device) },
    trust: signerStanding(scope.db, scope.deviceId, fingerprint, kind),
    entries: reading.entries,
    chains: reading.chains.length,
  };
}
