/** `panitia trust add|list|revoke --db FILE`: the keys this installation trusts (docs/trust-registry.md). */
import type { TrustEntry, TrustRole } from '../../../shared/domain/trust';
import { openStore } from '../../core/store/open-store';
import { listTrust, pinKey, revokeKey } from '../../core/trust/registry';
import { EXIT } from '../exit-codes';
import { say, type Output } from '../output';

/** Options of `panitia trust add`. */
export interface TrustAddOptions {
  db: string;
  key: string;
  label: string;
  role: string;
}

/** Pins a public key and prints its fingerprint, for the operator to compare with the owner's. */
export async function trustAdd(output: Output, options: TrustAddOptions): Promise<number> {
  const store = await openStore(options.db);
  try {
    const entry = pinKey(store, {
      publicKey: options.key,
      label: options.label,
      role: options.role as TrustRole,
    });
    output.out(say(output, 'trustPinned', { label: entry.label, role: roleWord(output, entry) }));
    output.out(say(output, 'keysFingerprint', { fingerprint: entry.fingerprint }));
    output.out(say(output, 'trustCompare'));
    return EXIT.ok;
  } finally {
    store.close();
  }
}

/** Prints every pinned key, revoked ones included; `--json` prints the entries as JSON. */
export async function trustList(
  output: Output,
  options: { db: string; json?: boolean },
): Promise<number> {
  const store = await openStore(options.db);
  try {
    const entries = listTrust(store.db);
    if (options.json) {
      output.out(JSON.stringify(entries, null, 2));
      return EXIT.ok;
    }
    if (entries.length === 0) output.out(say(output, 'trustEmpty'));
    for (const entry of entries) {
      const params = {
        fingerprint: entry.fingerprint,
        label: entry.label,
        role: roleWord(output, entry),
        validFrom: entry.validFrom,
        revokedAt: entry.revokedAt ?? '',
        reason: entry.revokeReason ?? '',
      };
      output.out(say(output, entry.revokedAt ? 'trustRowRevoked' : 'trustRow', params));
    }
    return EXIT.ok;
  } finally {
    store.close();
  }
}

/** Revokes a pinned key with a reason; the key stays listed as revoked. */
export async function trustRevoke(
  output: Output,
  options: { db: string; fingerprint: string; reason: string },
): Promise<number> {
  const store = await openStore(options.db);
  try {
    const entry = revokeKey(store, options.fingerprint, options.reason);
    output.out(say(output, 'trustRevoked', { label: entry.label, fingerprint: entry.fingerprint }));
    return EXIT.ok;
  } finally {
    store.close();
  }
}

/** A role in words of the output language. */
export function roleWord(output: Output, entry: Pick<TrustEntry, 'role'>): string {
  return say(output, `role.${entry.role}`);
}
