import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readResultBundle } from '../../../src/main/core/bundle/read-result-bundle';
import { verifyBundle } from '../../../src/main/core/bundle/verify';
import { openStore } from '../../../src/main/core/store/open-store';
import { count, panitia, panitiaWithEnv } from '../../helpers/cli';
import { demoSelection } from '../../helpers/demo-fixtures';
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

describe('panitia export --setup', () => {
  it('refuses --setup without --office and --office without --setup, before opening the store', () => {
    const folder = tempDir();
    const db = join(folder, 'pusat.db');
    const out = join(folder, 'persiapan.panitia');
    const noOffice = panitia('export', '--db', db, '--out', out, '--setup');
    expect(noOffice.code).toBe(2);
    expect(noOffice.stderr).toContain('tambahkan --office NAMA');
    const noSetup = panitia('export', '--db', db, '--out', out, '--office', 'X', '--lang', 'en');
    expect(noSetup.code).toBe(2);
    expect(noSetup.stderr).toContain('--office only applies with --setup');
    expect(existsSync(db)).toBe(false);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a store without a selection, then writes a setup package naming the office', async () => {
    const folder = tempDir();
    const db = join(folder, 'pusat.db');
    const out = join(folder, 'persiapan.panitia');
    const env = { PANITIA_PASSPHRASE: PASSPHRASE };
    expect(panitiaWithEnv(env, 'keys', 'create', '--db', db).code).toBe(0);
    const setup = ['export', '--db', db, '--out', out, '--setup'];
    const empty = panitiaWithEnv(env, ...setup, '--office', 'BKPSDM Grobogan');
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('Belum ada seleksi');
    const blank = panitiaWithEnv(env, ...setup, '--office', '  ', '--lang', 'en');
    expect(blank.code).toBe(1);
    expect(blank.stderr).toContain('name of the receiving office is required');
    expect(existsSync(out)).toBe(false);

    const store = await openStore(db);
    demoSelection(store);
    store.close();
    const written = panitiaWithEnv(env, ...setup, '--office', 'BKPSDM Grobogan');
    expect(written.stderr).toBe('');
    expect(written.code).toBe(0);
    expect(written.stdout).toContain(
      'Seleksi "Seleksi CPNS Kabupaten Grobogan 2024" (CPNS 2024): 7 formasi (0 dengan rencana penilaian terkunci, 7 belum), 0 peserta',
    );
    const entries = await count(db, 'SELECT count(*) FROM journal');
    expect(written.stdout).toContain(
      `Paket persiapan untuk kantor "BKPSDM Grobogan" ditulis ke ${out}: ${entries} entri jurnal dari 1 rantai`,
    );
    const verified = await verifyBundle(out);
    expect(verified).toMatchObject({
      valid: true,
      kind: 'setup',
      count: entries + 1,
      createdBy: { office: 'BKPSDM Grobogan' },
    });
    if (!verified.valid) throw new Error(verified.code);
    expect(written.stdout).toContain(`sidik jari ${verified.fingerprint}`);
    expect(panitia('export', '--help', '--lang', 'en').stdout).toContain('--office <name>');
  });
});
