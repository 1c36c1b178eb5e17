import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readResultBundle } from '../../../src/main/core/bundle/read-result-bundle';
import { count, panitia, panitiaWithEnv } from '../../helpers/cli';
import { tempDir } from '../../helpers/temp-store';

const PASSPHRASE = 'sate kambing pak camat 2024';

describe('panitia export', () => {
  it('refuses a device without a key, and writes nothing', () => {
    const folder = tempDir();
    const db = join(folder, 'kantor.db');
    const out = join(folder, 'hasil.panitia');
    const refused = panitiaWithEnv(
      { PANITIA_PASSPHRASE: PASSPHRASE },
      'export',
      '--db',
      db,
      '--out',
      out,
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('belum memiliki kunci perangkat');
    expect(existsSync(out)).toBe(false);
  });

  it('writes a result bundle that readResultBundle accepts', async () => {
    const folder = tempDir();
    const db = join(folder, 'kantor.db');
    const out = join(folder, 'hasil.panitia');
    const env = { PANITIA_PASSPHRASE: PASSPHRASE };
    expect(panitiaWithEnv(env, 'keys', 'create', '--db', db).code).toBe(0);
    const wrong = panitiaWithEnv(
      { PANITIA_PASSPHRASE: 'bukan frasa sandinya' },
      'export',
      '--db',
      db,
      '--out',
      out,
      '--lang',
      'en',
    );
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('Wrong device key passphrase');
    expect(existsSync(out)).toBe(false);

    const written = panitiaWithEnv(env, 'export', '--db', db, '--out', out);
    expect(written.stderr).toBe('');
    expect(written.code).toBe(0);
    const entries = await count(db, 'SELECT count(*) FROM journal');
    expect(written.stdout).toContain(
      `Bundel hasil ditulis ke ${out}: ${entries} entri jurnal dari 1 rantai`,
    );
    const read = await readResultBundle(out);
    expect(read).toMatchObject({ valid: true, entries });
    expect(panitia('export', '--help', '--lang', 'en').stdout).toContain('result bundle');
  });
});
