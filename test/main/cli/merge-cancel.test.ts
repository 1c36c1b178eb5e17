import { spawn, execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSPHRASE } from '../../../src/main/core/demo/demo-offices';
import { CLI, count, panitiaWithEnv } from '../../helpers/cli';
import { tempDir } from '../../helpers/temp-store';

describe('panitia merge, Ctrl+C', () => {
  it('cancels while a file is being checked and changes nothing', async () => {
    const dir = tempDir();
    const db = join(dir, 'pusat.db');
    const env = { ...process.env, PANITIA_LANG: '', PANITIA_PASSPHRASE: DEMO_PASSPHRASE };
    expect(panitiaWithEnv(env, 'keys', 'create', '--db', db).code).toBe(0);
    const journal = await count(db, 'SELECT count(*) FROM journal');
    // A named pipe: checking it waits for bytes until the test lets it end.
    const pipe = join(dir, 'lambat.panitia');
    execFileSync('mkfifo', [pipe]);
    const child = spawn(process.execPath, [CLI, 'merge', '--db', db, pipe, '--progress'], { env });
    let stderr = '';
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    await new Promise<void>((resolve) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString('utf8');
        if (stderr.includes('Memeriksa berkas 1/1')) resolve();
      });
    });
    child.kill('SIGINT');
    // Let the check finish (an empty file) so the command sees the cancellation.
    await new Promise((resolve) => setTimeout(resolve, 300));
    writeFileSync(pipe, '');
    expect(await exited).toBe(1);
    expect(stderr).toContain('Penggabungan dibatalkan, tidak ada yang diubah.');
    expect(await count(db, 'SELECT count(*) FROM journal')).toBe(journal);
  }, 60_000);
});
