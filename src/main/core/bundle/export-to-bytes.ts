/**
 * A signed bundle made for the renderer to download: written to a temporary file (the writer
 * streams, as for any file), read back whole, and the temporary file removed.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from '../store/open-store';
import { fingerprintOf } from '../crypto/sealed-key';
import type { ChainSigner } from './result-bundle';
import { exportChainBundle } from './result-bundle';
import { exportSetupPackage } from './setup-package';

/** A bundle ready to download, with what the person compares and keeps. */
export interface ExportedBytes {
  fileName: string;
  contentBase64: string;
  fingerprint: string;
  count: number;
  sha256: string;
}

/** Writes this store's `kind` bundle (a setup package for `office`) and returns its bytes. */
export async function exportBundleBytes(
  store: Pick<Store, 'db' | 'deviceId' | 'now'>,
  signer: ChainSigner,
  kind: 'results' | 'setup',
  office = '',
): Promise<ExportedBytes> {
  const dir = await mkdtemp(join(tmpdir(), 'panitia-ekspor-'));
  const file = join(dir, 'bundle.panitia');
  try {
    const summary =
      kind === 'setup'
        ? await exportSetupPackage(store, signer, file, office)
        : await exportChainBundle(store, signer, file, 'results');
    const bytes = await readFile(file);
    const day = store.now().toISOString().slice(0, 10);
    const who = kind === 'setup' ? slug(office) : store.deviceId.slice(0, 8);
    return {
      fileName: `${kind === 'setup' ? 'persiapan' : 'hasil'}-${who}-${day}.panitia`,
      contentBase64: bytes.toString('base64'),
      fingerprint: fingerprintOf(signer.publicKey),
      count: summary.count,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A file-name-safe form of an office name. */
function slug(text: string): string {
  return (
    text
      .trim()
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'kantor'
  );
}
