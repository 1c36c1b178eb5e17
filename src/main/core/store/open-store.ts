/**
 * Opens (or creates) the one SQLite store of an installation: pragmas, integrity check,
 * refusal of a newer schema, a backup before migrating, the migrations, and the device id.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { backupStore } from './backup';
import { migrate, schemaVersion } from './migrate';
import { deferAutomaticCheckpoints, startIdleCheckpoints } from './idle-checkpoint';
import { cacheStatements } from './statement-cache';
import { LATEST_SCHEMA_VERSION } from './migrations';

/** An open store: the connection, this installation's device id and a clock. */
export interface Store {
  readonly db: Database.Database;
  readonly file: string;
  readonly backupDir: string;
  readonly deviceId: string;
  readonly schemaVersion: number;
  /** The clock every journal timestamp comes from; tests replace it. */
  readonly now: () => Date;
  close(): void;
}

/** Options of {@link openStore}. */
export interface OpenStoreOptions {
  /** Where automatic backups go; default `backups/` beside the database. */
  backupDir?: string;
  now?: () => Date;
  /** Checkpoint the WAL on a timer between requests (the app); off for one-shot commands. */
  checkpointWhenIdle?: boolean;
}

/** Opens the store at `file`, migrating it (after a backup) if it is older than this build. */
export async function openStore(file: string, options: OpenStoreOptions = {}): Promise<Store> {
  const backupDir = options.backupDir ?? join(dirname(file), 'backups');
  const now = options.now ?? (() => new Date());
  mkdirSync(dirname(file), { recursive: true });
  const db = openConnection(file);
  try {
    checkIntegrity(db, backupDir);
    const found = schemaVersion(db);
    if (found > LATEST_SCHEMA_VERSION) {
      throw new AppError('store.tooNew', { found, supported: LATEST_SCHEMA_VERSION });
    }
    if (found < LATEST_SCHEMA_VERSION) {
      if (hasTables(db)) await backupStore(db, backupDir, `before-migration-v${found}`, now());
      migrate(db);
    }
    const deviceId = ensureDeviceId(db, now);
    const stopCheckpoints = options.checkpointWhenIdle ? startIdleCheckpoints(db) : () => {};
    return {
      db,
      file,
      backupDir,
      deviceId,
      schemaVersion: schemaVersion(db),
      now,
      close: () => {
        stopCheckpoints();
        closeConnection(db);
      },
    };
  } catch (error) {
    db.close();
    throw error;
  }
}

function openConnection(file: string): Database.Database {
  let db: Database.Database;
  try {
    db = new Database(file, { timeout: 5000 });
  } catch (error) {
    throw new AppError('store.corrupt', { detail: String(error), backupDir: dirname(file) });
  }
  try {
    db.pragma('journal_mode = WAL');
  } catch (error) {
    db.close();
    if (String(error).includes('locked') || String(error).includes('busy')) {
      throw new AppError('store.locked');
    }
    throw new AppError('store.corrupt', { detail: String(error), backupDir: dirname(file) });
  }
  db.pragma('foreign_keys = ON');
  // FULL, not NORMAL: in WAL mode NORMAL may lose the last commits on power loss, and a score
  // sheet the app said was saved must survive a power cut. The cost is ~0.1 ms per commit.
  db.pragma('synchronous = FULL');
  deferAutomaticCheckpoints(db);
  cacheStatements(db);
  return db;
}

function checkIntegrity(db: Database.Database, backupDir: string): void {
  let rows: Array<{ integrity_check: string }>;
  try {
    rows = db.pragma('integrity_check') as Array<{ integrity_check: string }>;
  } catch (error) {
    throw new AppError('store.corrupt', { detail: String(error), backupDir });
  }
  const problems = rows.map((row) => row.integrity_check).filter((line) => line !== 'ok');
  if (problems.length > 0) {
    throw new AppError('store.corrupt', { detail: problems.slice(0, 3).join('; '), backupDir });
  }
}

function hasTables(db: Database.Database): boolean {
  const row = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as {
    n: number;
  };
  return row.n > 0;
}

function ensureDeviceId(db: Database.Database, now: () => Date): string {
  // The device id names this installation's journal chain; it is minted once, never reused.
  const existing = db.prepare("SELECT value FROM meta WHERE key = 'device_id'").pluck().get() as
    string | undefined;
  if (existing) return existing;
  const id = randomUUID();
  const insert = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
  db.transaction(() => {
    insert.run('device_id', id);
    insert.run('created_at', now().toISOString());
  })();
  return id;
}

function closeConnection(db: Database.Database): void {
  if (!db.open) return;
  db.pragma('optimize');
  db.close();
}
