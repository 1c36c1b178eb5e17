/** Running the real `panitia` command in a child process, and reading what it left behind. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { openStore } from '../../src/main/core/store/open-store';

/** The CLI launcher, exactly as `npx panitia` runs it. */
export const CLI = join(__dirname, '../../bin/panitia.cjs');

/** Runs `panitia …args` in the default language and returns its exit code and output. */
export function panitia(...args: string[]) {
  return panitiaWithEnv({}, ...args);
}

/** As {@link panitia}, with extra environment variables (a PIN or passphrase for scripts). */
export function panitiaWithEnv(env: Record<string, string>, ...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, PANITIA_LANG: '', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The single number `sql` selects from the store at `db`. */
export async function count(db: string, sql: string): Promise<number> {
  const store = await openStore(db);
  try {
    return store.db.prepare(sql).pluck().get() as number;
  } finally {
    store.close();
  }
}
