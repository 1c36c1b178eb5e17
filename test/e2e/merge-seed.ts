/**
 * What the merge e2e prepares outside the browser: the central office's selection (the demo
 * setup, no scoring day) with its device key, the setup package for an office, and the office's
 * scoring day, run through the same core commands the committee's screens call.
 */
import { unlockDeviceSigner } from '../../src/main/core/device/device-signer';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportChainBundle } from '../../src/main/core/bundle/result-bundle';
import { createDemoSetup, type DemoSetup } from '../../src/main/core/demo/create-demo';
import { officeDemoAssessors } from '../../src/main/core/demo/demo-assessors';
import { createDemoScoringDay } from '../../src/main/core/demo/demo-scoring';
import { seededRandom } from '../../src/main/core/demo/random';
import { createDeviceKey, getDeviceKey } from '../../src/main/core/device/device-key';
import { openStore, type Store } from '../../src/main/core/store/open-store';
import { FAST_KDF } from '../main/core/assessors/fixtures';
import { RESOURCES_DIR } from '../helpers/resources';

/** The passphrase of both devices in the e2e. */
export const E2E_PASSPHRASE = 'kunci perangkat uji e2e 2024';

/** The central's setup, its fingerprint, and the setup package written into `folder`. */
export async function seedCentral(
  store: Store,
  folder: string,
): Promise<{ setup: DemoSetup; fingerprint: string; setupFile: string }> {
  createDeviceKey(store, E2E_PASSPHRASE, FAST_KDF);
  const setup = await createDemoSetup(store, {
    seed: 6,
    candidates: 30,
    resourcesDir: RESOURCES_DIR,
    kdf: FAST_KDF,
  });
  const setupFile = join(folder, 'persiapan-godong.panitia');
  const signer = unlockDeviceSigner(store, { passphrase: E2E_PASSPHRASE });
  await exportChainBundle(store, signer, setupFile, 'setup', { office: 'Kecamatan Godong' });
  return { setup, fingerprint: getDeviceKey(store.db)!.fingerprint, setupFile };
}

/** The office's scoring day for the formasi at `indexes`, with office committee `office`. */
export function scoreOffice(
  store: Store,
  setup: DemoSetup,
  indexes: number[],
  office: number,
): void {
  createDemoScoringDay(
    store,
    setup.selection.id,
    setup.components.filter((_, i) => indexes.includes(i)),
    {
      seed: office,
      random: seededRandom(office),
      kdf: FAST_KDF,
      committee: officeDemoAssessors(office),
    },
  );
}

/**
 * A copy of the office's database used again elsewhere (a laptop restored from a backup): it
 * scores other formasi and exports its result bundle, signed by the same device key.
 */
export async function forkedResults(
  office: Store,
  setup: DemoSetup,
  folder: string,
): Promise<string> {
  office.db.pragma('wal_checkpoint(TRUNCATE)');
  const file = join(folder, 'salinan.db');
  copyFileSync(office.db.name, file);
  const copy = await openStore(file);
  try {
    scoreOffice(copy, setup, [3], 2);
    const out = join(folder, 'godong-salinan-hasil.panitia');
    await exportChainBundle(
      copy,
      unlockDeviceSigner(copy, { passphrase: E2E_PASSPHRASE }),
      out,
      'results',
    );
    return out;
  } finally {
    copy.close();
  }
}
