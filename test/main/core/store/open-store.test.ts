import Database from 'better-sqlite3';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../../../src/shared/errors';
import { LATEST_SCHEMA_VERSION } from '../../../../src/main/core/store/migrations';
import { openStore } from '../../../../src/main/core/store/open-store';
import { tempDir, tempStore } from '../../../helpers/temp-store';

async function openError(file: string): Promise<unknown> {
  return openStore(file).then(
    (store) => {
      store.close();
      return null;
    },
    (error: unknown) => error,
  );
}

describe('openStore', () => {
  it('creates a migrated store with WAL, foreign keys and synchronous FULL', async () => {
    const store = await tempStore();
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(store.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(store.deviceId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps the device id across reopenings', async () => {
    const folder = tempDir();
    const file = join(folder, 'panitia.db');
    const first = await openStore(file);
    const id = first.deviceId;
    first.close();
    const second = await openStore(file);
    expect(second.deviceId).toBe(id);
    second.close();
  });

  it('refuses a database written by a newer schema, with a clear error, and leaves it alone', async () => {
    const file = join(tempDir(), 'future.db');
    const db = new Database(file);
    db.exec('CREATE TABLE future_things (x)');
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();
    const error = await openError(file);
    expect(isAppError(error) && error.code).toBe('store.tooNew');
    expect(isAppError(error) && error.params).toEqual({
      found: LATEST_SCHEMA_VERSION + 1,
      supported: LATEST_SCHEMA_VERSION,
    });
    const after = new Database(file);
    expect(after.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION + 1);
    after.close();
  });

  it('refuses a file that is not a database', async () => {
    const file = join(tempDir(), 'garbage.db');
    writeFileSync(file, 'this is not sqlite, it is a letter to the committee'.repeat(100));
    const error = await openError(file);
    expect(isAppError(error) && error.code).toBe('store.corrupt');
  });

  it('backs up an older database before migrating it, and not a brand-new one', async () => {
    const folder = tempDir();
    const file = join(folder, 'old.db');
    const db = new Database(file);
    db.exec("CREATE TABLE legacy (x); INSERT INTO legacy VALUES ('keep me')");
    db.close();
    const store = await openStore(file);
    store.close();
    const backups = readdirSync(join(folder, 'backups'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/^panitia-.*-before-migration-v0\.db$/);
    const copy = new Database(join(folder, 'backups', backups[0] as string), { readonly: true });
    expect(copy.prepare('SELECT x FROM legacy').pluck().get()).toBe('keep me');
    copy.close();

    const fresh = tempDir();
    (await openStore(join(fresh, 'new.db'))).close();
    expect(readdirSync(fresh)).not.toContain('backups');
  });
});
