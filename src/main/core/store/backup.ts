/** Rotating online backups of the store, taken before migrations, imports and merges. */
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';

/** How many backups are kept per store; older ones are deleted. */
export const BACKUPS_KEPT = 10;

const BACKUP_NAME = /^panitia-\d{8}T\d{6}\d{3}Z-[a-z0-9-]+\.db$/;

/**
 * Copies the live database into `backupDir` with SQLite's backup API (consistent even while
 * the app writes) and keeps the newest {@link BACKUPS_KEPT}. Returns the new file's path.
 */
export async function backupStore(
  db: Database,
  backupDir: string,
  reason: string,
  now: Date = new Date(),
): Promise<string> {
  mkdirSync(backupDir, { recursive: true });
  const stamp = now.toISOString().replace(/[-:.]/g, '');
  const name = `panitia-${stamp}-${reason.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.db`;
  const finalPath = join(backupDir, name);
  // Written under a temporary name and renamed, so a crash never leaves a half backup that looks whole.
  const partialPath = `${finalPath}.partial`;
  await db.backup(partialPath);
  renameSync(partialPath, finalPath);
  pruneBackups(backupDir);
  return finalPath;
}

function pruneBackups(backupDir: string): void {
  const backups = readdirSync(backupDir)
    .filter((name) => BACKUP_NAME.test(name))
    .sort();
  for (const old of backups.slice(0, Math.max(0, backups.length - BACKUPS_KEPT))) {
    rmSync(join(backupDir, old), { force: true });
  }
}
