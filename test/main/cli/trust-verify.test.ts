import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprintOf } from '../../../src/main/core/crypto/sealed-key';
import { bundleBytes, testHeader, testKey } from '../../helpers/bundle-fixtures';
import { panitia } from '../../helpers/cli';
import { exportResults, keyedStore } from '../../helpers/merge-fixtures';
import { getDeviceKey } from '../../../src/main/core/device/device-key';
import { tempDir } from '../../helpers/temp-store';

const signer = testKey(7);
const other = testKey(8);
const FP = fingerprintOf(signer.publicKey);

/** Runs `panitia trust add` for `key` in the registry of `db`. */
function trustAdd(db: string, key: string, label: string, role: string) {
  return panitia('trust', 'add', '--db', db, '--key', key, '--label', label, '--role', role);
}

/** A fresh folder with a three-record results bundle signed by `signer`. */
async function setup() {
  const dir = tempDir();
  const bundle = join(dir, 'hasil.panitia');
  const records = [{ n: 1 }, { n: 2 }, { n: 3 }];
  writeFileSync(
    bundle,
    await bundleBytes(testHeader(signer.publicKey), records, signer.privateKey),
  );
  return { dir, bundle, db: join(dir, 'pusat.db') };
}

describe('panitia trust', () => {
  it('adds, lists and revokes keys; a revoked key stays listed', async () => {
    const { db } = await setup();
    const added = trustAdd(db, signer.publicKey, 'Kantor Regional I', 'office');
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    expect(added.stdout).toContain(`Sidik jari: ${FP}`);
    expect(trustAdd(db, other.publicKey, 'Pusat', 'central').code).toBe(0);

    const again = panitia(
      'trust',
      'add',
      '--db',
      db,
      '--key',
      signer.publicKey,
      '--label',
      'X',
      '--role',
      'office',
      '--lang',
      'en',
    );
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('is already in the trust registry');

    const noReason = panitia('trust', 'revoke', '--db', db, '--fingerprint', FP, '--reason', ' ');
    expect(noReason.code).toBe(1);
    expect(noReason.stderr).toContain('Alasan pencabutan wajib diisi');

    const revoked = panitia(
      'trust',
      'revoke',
      '--db',
      db,
      '--fingerprint',
      FP,
      '--reason',
      'laptop hilang',
    );
    expect(revoked.code).toBe(0);

    const listed = panitia('trust', 'list', '--db', db, '--lang', 'en');
    expect(listed.code).toBe(0);
    const lines = listed.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      new RegExp(`^${FP}  office  "Kantor Regional I"  REVOKED on .*reason: laptop hilang$`),
    );
    expect(lines[1]).toContain('central  "Pusat"  trusted since');

    const json = JSON.parse(panitia('trust', 'list', '--db', db, '--json').stdout) as unknown[];
    expect(json).toEqual([
      expect.objectContaining({ fingerprint: FP, role: 'office', revokeReason: 'laptop hilang' }),
      expect.objectContaining({ fingerprint: fingerprintOf(other.publicKey), revokedAt: null }),
    ]);
  });

  it('refuses an unknown role and a malformed key', async () => {
    const { db } = await setup();
    const role = trustAdd(db, signer.publicKey, 'X', 'boss');
    expect(role.code).toBe(2);
    const key = trustAdd(db, 'bukan-kunci', 'X', 'office');
    expect(key.code).toBe(1);
    expect(key.stderr).toContain('Kunci publik tidak sah');
  });
});

/** A real results bundle of a store with a device key, and an empty registry beside it. */
async function chainSetup() {
  const { store, signer: chainSigner } = await keyedStore();
  const key = getDeviceKey(store.db)!;
  const records = (store.db.prepare('SELECT count(*) FROM journal').pluck().get() as number) + 1;
  const bundle = await exportResults(store, chainSigner, 'hasil');
  store.close();
  const dir = tempDir();
  return { dir, bundle, db: join(dir, 'pusat.db'), key, records };
}

describe('panitia verify', () => {
  it('exits 0 for a valid bundle from a trusted signer and says so in both languages', async () => {
    const { db, bundle, key, records } = await chainSetup();
    trustAdd(db, key.publicKey, 'Kantor Regional I', 'office');
    const id = panitia('verify', bundle, '--db', db);
    expect(id.stderr).toBe('');
    expect(id.code).toBe(0);
    expect(id.stdout).toContain('Jenis: hasil (kantor ke pusat)');
    expect(id.stdout).toContain(`Jumlah catatan: ${records}`);
    expect(id.stdout).toContain(`Sidik jari penandatangan: ${key.fingerprint}`);
    expect(id.stdout).toContain('Penandatangan tepercaya: "Kantor Regional I" (kantor).');
    const en = panitia('verify', bundle, '--db', db, '--lang', 'en');
    expect(en.code).toBe(0);
    expect(en.stdout).toContain(`Records: ${records}`);
    expect(en.stdout).toContain('Signer trusted: "Kantor Regional I" (office).');
  });

  it('exits 3 for an unknown signer, a revoked one, and when no registry is given', async () => {
    const { db, bundle, key } = await chainSetup();
    trustAdd(db, other.publicKey, 'Pusat', 'central');
    const unknown = panitia('verify', bundle, '--db', db, '--lang', 'en');
    expect(unknown.code).toBe(3);
    expect(unknown.stdout).toContain('Signer UNKNOWN');

    trustAdd(db, key.publicKey, 'Kantor', 'office');
    panitia(
      'trust',
      'revoke',
      '--db',
      db,
      '--fingerprint',
      key.fingerprint,
      '--reason',
      'kunci bocor',
    );
    const revoked = panitia('verify', bundle, '--db', db);
    expect(revoked.code).toBe(3);
    expect(revoked.stdout).toMatch(
      /Penandatangan DICABUT: kunci "Kantor" \(kantor\) dicabut pada .*; alasan: kunci bocor/,
    );

    const bare = panitia('verify', bundle);
    expect(bare.code).toBe(3);
    expect(bare.stdout).toContain(`Sidik jari penandatangan: ${key.fingerprint}`);
    expect(bare.stdout).toContain('Kepercayaan tidak diperiksa');
  });

  it('exits 1 for a tampered bundle, naming the problem and its line', async () => {
    const { db, bundle, dir, key } = await chainSetup();
    trustAdd(db, key.publicKey, 'Kantor', 'office');
    const tampered = join(dir, 'diubah.panitia');
    const text = readFileSync(bundle, 'utf8');
    writeFileSync(
      tampered,
      text.replace('"kind":"device.keyCreated"', '"kind":"device.keyCreatee"'),
    );
    const result = panitia('verify', tampered, '--db', db);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('TIDAK SAH (masalah pertama pada baris 3)');
    expect(result.stderr).toContain('Rantai hash putus pada baris 3');
    const en = panitia('verify', tampered, '--lang', 'en');
    expect(en.code).toBe(1);
    expect(en.stderr).toContain('NOT VALID (first problem at line 3)');
    expect(panitia('verify', bundle, '--db', join(dir, 'tidak-ada.db')).code).toBe(1);
  });

  it('exits 1 for a well-signed container whose records are not journal chains', async () => {
    // The container verifies; what a merge would refuse, verify refuses too.
    const { db, bundle } = await setup();
    trustAdd(db, signer.publicKey, 'Kantor', 'office');
    const result = panitia('verify', bundle, '--db', db);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('TIDAK SAH (masalah pertama pada baris 2)');
    expect(result.stderr).toContain('bukan catatan bundel hasil yang sah');
  });
});
