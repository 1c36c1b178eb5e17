/** A bundle signer's standing in this store's trust registry, as a merge and the Impor screen judge it. */
import type { Database } from 'better-sqlite3';
import type { BundleTrust } from '../../../shared/domain/merge';
import type { BundleKind } from '../bundle/format';
import { trustOf } from '../trust/registry';

/**
 * The standing of `fingerprint` signing a bundle of `kind` here: this device's own key, trusted in
 * a role that may sign this kind (setup: central only), unknown or in the wrong role, or revoked.
 */
export function signerStanding(
  db: Database,
  deviceId: string,
  fingerprint: string,
  kind: BundleKind,
): BundleTrust {
  const own = db
    .prepare('SELECT fingerprint FROM device_keys WHERE device_id = ?')
    .pluck()
    .get(deviceId);
  if (own === fingerprint) return 'own';
  const status = trustOf(db, fingerprint);
  if (status.status === 'revoked') return 'revoked';
  if (status.status === 'unknown') return 'untrusted';
  const allowed = kind === 'setup' ? ['central'] : ['central', 'office'];
  return allowed.includes(status.entry.role) ? 'trusted' : 'untrusted';
}
