import Database from 'better-sqlite3';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKUPS_KEPT, backupStore } from '../../../../src/main/core/store/backup';
import { tempDir, tempStore } from '../../../helpers/temp-store';

describe('backupStore', () => {
  it('writes a consistent copy and keeps only the newest backups', async () => {
    const store = await tempStore();
    store.db.exec("INSERT INTO meta (key, value) VALUES ('marker', 'v1')");
    const folder = tempDir();
    const paths: string[] = [];
    for (let i = 0; i < BACKUPS_KEPT + 3; i += 1) {
      paths.push(
        await backupStore(store.db, folder, 'test', new Date(Date.UTC(2024, 0, 1, 0, 0, i))),
      );
    }
    const kept = readdirSync(folder).sort();
    expect(kept).toHaveLength(BACKUPS_KEPT);
    expect(existsSync(paths[0] as string)).toBe(false);
    expect(kept.at(-1)).toBe(paths.at(-1)?.split('/').at(-1));
    expect(kept.some((name) => name.endsWith('.partial'))).toBe(false);
    const copy = new Database(join(folder, kept.at(-1) as string), { readonly: true });
    expect(copy.prepare("SELECT value FROM meta WHERE key = 'marker'").pluck().get()).toBe('v1');
    copy.close();
  });
});
