/**
 * `panitia demo --office …`: the whole central–office loop to try out (docs/merge.md). A central
 * store with the demo setup, one setup package and one office store per office, each office
 * scoring its share of the formasi with its own committee, and each office's result bundle; the
 * central store already trusts the offices' keys. The merge itself is left to the person.
 */
import { join } from 'node:path';
import { exportChainBundle } from '../bundle/result-bundle';
import { DEFAULT_KDF, type KdfParams } from '../crypto/kdf';
import { createDeviceKey } from '../device/device-key';
import { unlockDeviceSigner } from '../device/device-signer';
import { startOffice } from '../merge/start-office';
import { slug } from '../rubrics/rubric-files';
import { openStore, type Store } from '../store/open-store';
import { pinKey } from '../trust/registry';
import { createDemoSetup } from './create-demo';
import { officeDemoAssessors } from './demo-assessors';
import { createDemoScoringDay } from './demo-scoring';
import { seededRandom } from './random';

/**
 * The passphrase of every demo device key. Written in docs/cli.md: it protects nothing and must
 * never seal the key of a real selection.
 */
export const DEMO_PASSPHRASE = 'demo panitia bukan rahasia';

/** Options of {@link createDemoOffices}. */
export interface DemoOfficesOptions {
  seed: number;
  candidates?: number;
  /** The office names, in order: formasi i goes to office i mod n. */
  offices: readonly string[];
  /** Where the packages, office databases and result bundles are written. */
  dir: string;
  resourcesDir: string;
  kdf?: KdfParams;
}

/** One demo office and the files made for it. */
export interface DemoOffice {
  office: string;
  setupFile: string;
  dbFile: string;
  resultsFile: string;
  fingerprint: string;
  formasi: number;
  sheets: number;
}

/** What {@link createDemoOffices} made. */
export interface DemoOffices {
  centralFingerprint: string;
  selectionId: string;
  offices: DemoOffice[];
}

/** Builds the loop from an empty central `store` (its device key is created here). */
export async function createDemoOffices(
  central: Store,
  options: DemoOfficesOptions,
): Promise<DemoOffices> {
  const kdf = options.kdf ?? DEFAULT_KDF;
  const centralKey = createDeviceKey(central, DEMO_PASSPHRASE, kdf);
  const centralSigner = unlockDeviceSigner(central, { passphrase: DEMO_PASSPHRASE });
  const setup = await createDemoSetup(central, {
    seed: options.seed,
    candidates: options.candidates,
    resourcesDir: options.resourcesDir,
    kdf,
  });
  const names = fileNames(options.offices);
  const offices: DemoOffice[] = [];
  for (const [index, office] of options.offices.entries()) {
    const base = join(options.dir, names[index]!);
    const setupFile = `${base}-persiapan.panitia`;
    await exportChainBundle(central, centralSigner, setupFile, 'setup', { office });
    const store = await openStore(`${base}.db`);
    try {
      const key = createDeviceKey(store, DEMO_PASSPHRASE, kdf);
      const signer = unlockDeviceSigner(store, { passphrase: DEMO_PASSPHRASE });
      await startOffice(store, setupFile, {
        office,
        confirmedFingerprint: centralKey.fingerprint,
        centralLabel: 'BKPSDM Kabupaten Grobogan (demo)',
        signer,
      });
      const share = setup.components.filter((_, i) => i % options.offices.length === index);
      const scoring = createDemoScoringDay(store, setup.selection.id, share, {
        seed: options.seed + index,
        random: seededRandom(options.seed + 10 + index),
        kdf,
        committee: officeDemoAssessors(index + 1),
      });
      const resultsFile = `${base}-hasil.panitia`;
      await exportChainBundle(store, signer, resultsFile, 'results', { office });
      pinKey(central, { publicKey: key.publicKey, label: office, role: 'office' });
      offices.push({
        office,
        setupFile,
        dbFile: store.file,
        resultsFile,
        fingerprint: key.fingerprint,
        formasi: share.length,
        sheets: scoring.sheets,
      });
    } finally {
      store.close();
    }
  }
  return { centralFingerprint: centralKey.fingerprint, selectionId: setup.selection.id, offices };
}

/** File-name-safe office names, made distinct when two names read the same. */
function fileNames(offices: readonly string[]): string[] {
  const seen = new Set<string>();
  return offices.map((office, index) => {
    const name = slug(office);
    const unique = seen.has(name) ? `${name}-${index + 1}` : name;
    seen.add(unique);
    return unique;
  });
}
