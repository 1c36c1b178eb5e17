import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSPHRASE } from '../../../src/main/core/demo/demo-offices';
import { count, panitia, panitiaWithEnv } from '../../helpers/cli';
import { tempDir } from '../../helpers/temp-store';

const WITH_KEY = { PANITIA_PASSPHRASE: DEMO_PASSPHRASE };
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
/** The fingerprint printed after `label` (four-hex groups). */
const fingerprintAfter = (text: string, label: RegExp) =>
  new RegExp(`${label.source}.*?((?:[0-9a-f]{4} ){7}[0-9a-f]{4})`, 's').exec(text)?.[1];

describe('panitia demo --office, init, merge, quarantine (the whole loop)', () => {
  const dir = tempDir();
  const central = join(dir, 'pusat.db');
  const files = {
    setupA: join(dir, 'kecamatan-a-persiapan.panitia'),
    resultsA: join(dir, 'kecamatan-a-hasil.panitia'),
    resultsB: join(dir, 'kecamatan-b-hasil.panitia'),
  };
  let demoOut = '';

  beforeAll(() => {
    const made = panitia(
      'demo',
      '--db',
      central,
      '--office',
      'Kecamatan A',
      '--office',
      'Kecamatan B',
      '--candidates',
      '20',
    );
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    demoOut = made.stdout;
  }, 120_000);

  it('demo --office makes a central store, packages, office stores and result bundles', async () => {
    for (const file of Object.values(files)) expect(existsSync(file)).toBe(true);
    expect(existsSync(join(dir, 'kecamatan-b.db'))).toBe(true);
    expect(demoOut).toContain(DEMO_PASSPHRASE);
    expect(demoOut).toContain(`panitia merge --db "${central}"`);
    // Nothing merged yet; both office keys pinned at the centre.
    expect(await count(central, 'SELECT count(*) FROM score_sheets')).toBe(0);
    expect(await count(central, "SELECT count(*) FROM trusted_keys WHERE role = 'office'")).toBe(2);
    // The office trusts the package's signer as its central office: its chains verify too.
    const verified = panitia('verify', files.setupA, '--db', join(dir, 'kecamatan-a.db'));
    expect(verified.code).toBe(0);
    expect(verified.stdout).toContain('Jenis: paket persiapan (pusat ke kantor)');
  });

  it('merges the offices, prints hashes, outcome, completeness and the report; writes the PDF', async () => {
    const pdf = join(dir, 'laporan.pdf');
    const merged = panitiaWithEnv(
      WITH_KEY,
      'merge',
      '--db',
      central,
      files.resultsA,
      files.resultsB,
      '--report-pdf',
      pdf,
      '--progress',
    );
    expect(merged.code).toBe(0);
    expect(merged.stdout).toContain(`SHA-256: ${sha256(files.resultsA)}`);
    expect(merged.stdout).toContain(`SHA-256: ${sha256(files.resultsB)}`);
    expect(merged.stdout.match(/Hasil: digabungkan · \d+ entri baru/g)).toHaveLength(2);
    expect(merged.stdout).toContain('Karantina kosong.');
    expect(merged.stdout).toMatch(/Kecamatan A: (\d+) dari \1 lembar diterima, 0 belum ada/);
    expect(merged.stdout).toMatch(/Hash masukan hasil seleksi .*: [0-9a-f]{64}/);
    expect(merged.stdout).toMatch(/Laporan penggabungan [0-9a-f-]{36} ditandatangani/);
    expect(merged.stderr).toContain('Memeriksa berkas 2/2');
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    expect(await count(central, 'SELECT count(*) FROM score_sheets')).toBeGreaterThan(0);

    const again = panitiaWithEnv(WITH_KEY, 'merge', '--db', central, files.resultsA, '--json');
    expect(again.code).toBe(0);
    const json = JSON.parse(again.stdout) as { reportId: null; report: { bundles: unknown[] } };
    expect(json.reportId).toBeNull();
    expect(json.report.bundles).toEqual([
      expect.objectContaining({ outcome: 'alreadyMerged', added: 0 }),
    ]);
  });

  it('exits 1 for an invalid file, reporting the others; refuses without a passphrase', async () => {
    const broken = join(dir, 'rusak.panitia');
    writeFileSync(broken, 'bukan bundel\n');
    const result = panitiaWithEnv(
      WITH_KEY,
      'merge',
      '--db',
      central,
      broken,
      files.resultsB,
      '--lang',
      'en',
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Outcome: NOT VALID (line 1):');
    expect(result.stdout).toContain('Outcome: already merged');
    const none = panitia('merge', '--db', central, files.resultsA);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('PANITIA_PASSPHRASE');
  });

  it('init starts an office from a package, or leaves no file behind', async () => {
    const centralFp = fingerprintAfter(demoOut, /Basis data pusat/)!;
    expect(centralFp).toBeDefined();
    const office = join(tempDir(), 'godong.db');
    const init = (...args: string[]) =>
      panitiaWithEnv(
        WITH_KEY,
        'init',
        '--db',
        office,
        '--setup',
        files.setupA,
        '--office',
        'Kecamatan Godong',
        ...args,
      );

    const noTerminal = init();
    expect(noTerminal.code).toBe(1);
    expect(noTerminal.stderr).toContain('--fingerprint');
    expect(existsSync(office)).toBe(false);

    const wrong = init('--fingerprint', '0000 0000 0000 0000 0000 0000 0000 0000');
    expect(wrong.code).toBe(1);
    expect(existsSync(office)).toBe(false);

    const started = init('--fingerprint', centralFp);
    expect(started.stderr).toBe('');
    expect(started.code).toBe(0);
    expect(started.stdout).toContain(centralFp);
    expect(started.stdout).toMatch(/Diterima: 1 seleksi, \d+ formasi, 20 peserta\./);
    const own = fingerprintAfter(started.stdout, /Sidik jari kunci perangkat kantor ini/);
    expect(own).toBeDefined();
    expect(own).not.toBe(centralFp);

    const exists = init('--fingerprint', centralFp);
    expect(exists.code).toBe(1);
    expect(exists.stderr).toContain('sudah ada');
    expect(existsSync(office)).toBe(true);

    // An office the centre has not pinned: its bundle waits in quarantine (exit 3).
    const bundle = join(dir, 'godong-hasil.panitia');
    expect(panitiaWithEnv(WITH_KEY, 'export', '--db', office, '--out', bundle).code).toBe(0);
    const held = panitiaWithEnv(WITH_KEY, 'merge', '--db', central, bundle);
    expect(held.code).toBe(3);
    expect(held.stdout).toContain('ditahan di karantina');
    expect(held.stdout).toContain('Karantina (1 butir):');

    const listed = panitia('quarantine', 'list', '--db', central);
    expect(listed.code).toBe(0);
    const item = /\[(bundle:[0-9a-f]{64})\]/.exec(listed.stdout)?.[1];
    expect(item).toBeDefined();
    expect(listed.stdout).toContain(`pilihan --accept: ${own}`);

    const noReason = panitia('quarantine', 'resolve', '--db', central, '--item', item!, '--accept');
    expect(noReason.code).toBe(2);
    const accepted = panitia(
      'quarantine',
      'resolve',
      '--db',
      central,
      '--item',
      item!,
      '--accept',
      '--reason',
      'Sidik jari dicocokkan lewat telepon',
    );
    expect(accepted.stderr).toBe('');
    expect(accepted.code).toBe(0);
    expect(accepted.stdout).toContain('diterima');
    const after = panitia('quarantine', 'list', '--db', central, '--json');
    expect(JSON.parse(after.stdout)).toEqual([
      expect.objectContaining({ id: item, resolved: 'accept' }),
    ]);
  });
});
