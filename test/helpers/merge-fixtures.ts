/** Central and office stores that exchange real signed bundles, for merge tests. */
import { unlockDeviceSigner } from '../../src/main/core/device/device-signer';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportChainBundle, type ChainSigner } from '../../src/main/core/bundle/result-bundle';
import { createDemoSetup, type DemoSetup } from '../../src/main/core/demo/create-demo';
import { officeDemoAssessors } from '../../src/main/core/demo/demo-assessors';
import { createDemoScoringDay } from '../../src/main/core/demo/demo-scoring';
import { seededRandom } from '../../src/main/core/demo/random';
import { createDeviceKey, getDeviceKey } from '../../src/main/core/device/device-key';
import { mergeBundles } from '../../src/main/core/merge/merge';
import { startOffice } from '../../src/main/core/merge/start-office';
import { openStore, type Store } from '../../src/main/core/store/open-store';
import { pinKey } from '../../src/main/core/trust/registry';
import { FAST_KDF } from '../main/core/assessors/fixtures';
import { RESOURCES_DIR } from './resources';
import { steppingClock, tempDir, tempStore } from './temp-store';

/** The passphrase of every test device key. */
export const PASSPHRASE = 'sate kambing pak camat 2024';

/** A store with a device key, and its signer. */
export async function keyedStore(
  clockStart?: string,
): Promise<{ store: Store; signer: ChainSigner }> {
  const store = await tempStore(clockStart ? { now: steppingClock(clockStart) } : {});
  createDeviceKey(store, PASSPHRASE, FAST_KDF);
  return { store, signer: unlockDeviceSigner(store, { passphrase: PASSPHRASE }) };
}

/** A central office with the demo setup (no scoring day) and its setup package. */
export async function centralWithSetup(candidates = 30, seed = 3) {
  const central = await keyedStore('2024-11-01T01:00:00.000Z');
  const setup = await createDemoSetup(central.store, {
    seed,
    candidates,
    resourcesDir: RESOURCES_DIR,
    kdf: FAST_KDF,
  });
  const setupFile = join(tempDir(), 'persiapan.panitia');
  await exportChainBundle(central.store, central.signer, setupFile, 'setup', { office: 'semua' });
  return { ...central, setup, setupFile };
}

/** An office started from `setupFile`, its clock at `clockStart`. */
export async function officeFrom(
  setupFile: string,
  centralStore: Store,
  office: string,
  clockStart = '2024-11-12T00:00:00.000Z',
) {
  const started = await keyedStore(clockStart);
  const central = getDeviceKey(centralStore.db)!;
  await startOffice(started.store, setupFile, {
    office,
    confirmedFingerprint: central.fingerprint,
    centralLabel: 'BKPSDM Kabupaten Grobogan',
    signer: started.signer,
  });
  return started;
}

/**
 * Runs the demo scoring day on `store` for the formasi at `indexes` of the demo setup, with the
 * committee of demo office `seed` (its own NIPs).
 */
export function scoreFormasi(store: Store, setup: DemoSetup, indexes: number[], seed = 11): void {
  const components = setup.components.filter((_, i) => indexes.includes(i));
  createDemoScoringDay(store, setup.selection.id, components, {
    seed,
    random: seededRandom(seed),
    kdf: FAST_KDF,
    committee: officeDemoAssessors(seed),
  });
}

/** Writes `store`'s result bundle; returns its path. */
export async function exportResults(
  store: Store,
  signer: ChainSigner,
  name: string,
): Promise<string> {
  const file = join(tempDir(), `${name}.panitia`);
  await exportChainBundle(store, signer, file, 'results');
  return file;
}

/** Pins `other`'s device key in `store` as an office. */
export function pinOffice(store: Store, other: Store, label: string): void {
  const key = getDeviceKey(other.db)!;
  pinKey(store, { publicKey: key.publicKey, label, role: 'office' });
}

/**
 * A copy of `store`'s database file opened as a second store: the same device id and chain, as a
 * laptop restored from a backup and used again.
 */
export async function copiedStore(store: Store, clockStart: string): Promise<Store> {
  store.db.pragma('wal_checkpoint(TRUNCATE)');
  const file = join(tempDir(), 'salinan.db');
  copyFileSync(store.db.name, file);
  return openStore(file, { now: steppingClock(clockStart) });
}

/**
 * A central that merged Godong (formasi 0 and 1) and Toroh (formasi 1): the candidates of formasi
 * 1 were scored on two devices and wait in quarantine.
 */
export async function sheetConflictMerge() {
  const central = await centralWithSetup();
  const godong = await officeFrom(central.setupFile, central.store, 'Kecamatan Godong');
  const toroh = await officeFrom(central.setupFile, central.store, 'Kecamatan Toroh');
  scoreFormasi(godong.store, central.setup, [0, 1], 31);
  scoreFormasi(toroh.store, central.setup, [1], 32);
  pinOffice(central.store, godong.store, 'Kecamatan Godong');
  pinOffice(central.store, toroh.store, 'Kecamatan Toroh');
  const files = [
    await exportResults(godong.store, godong.signer, 'godong'),
    await exportResults(toroh.store, toroh.signer, 'toroh'),
  ];
  const merged = await mergeBundles(central.store, files, { signer: central.signer });
  return { central, godong, toroh, merged };
}

/**
 * A central that merged Godong and a copy of Godong's database used again (formasi 0 and 1): one
 * chain forked, its two branches wait in quarantine. The caller closes `copy`.
 */
export async function forkedMerge() {
  const central = await centralWithSetup(40);
  const office = await officeFrom(central.setupFile, central.store, 'Kecamatan Godong');
  const copy = await copiedStore(office.store, '2024-11-12T00:00:00.000Z');
  scoreFormasi(office.store, central.setup, [0], 11);
  scoreFormasi(copy, central.setup, [1], 12);
  const files = [
    await exportResults(office.store, office.signer, 'godong'),
    await exportResults(copy, office.signer, 'godong-salinan'),
  ];
  pinOffice(central.store, office.store, 'Kecamatan Godong');
  const merged = await mergeBundles(central.store, files, { signer: central.signer });
  return { central, office, copy, merged };
}
