/**
 * The trust registry (docs/trust-registry.md): the public keys this installation accepts as
 * signers, pinned out of band. Every change is a journal entry; a revoked key stays listed.
 */
import type { Database } from 'better-sqlite3';
import { PublicKeyB64 } from '../../../shared/domain/assessor';
import {
  isTrustRole,
  type TrustEntry,
  type TrustRole,
  type TrustStatus,
} from '../../../shared/domain/trust';
import { AppError } from '../../../shared/errors';
import { fingerprintOf } from '../crypto/sealed-key';
import { record, type WriteContext } from '../journal/record';

/** What pinning a key needs. */
export interface PinInput {
  publicKey: string;
  label: string;
  role: TrustRole;
}

const SELECT = `SELECT fingerprint, public_key AS publicKey, label, role, valid_from AS validFrom,
  revoked_at AS revokedAt, revoke_reason AS revokeReason FROM trusted_keys`;

/**
 * Pins a raw base64 Ed25519 public key under a label and a role. Refuses a malformed key, an empty
 * label, an unknown role, and a key already pinned (revoked or not: a revoked key is not re-trusted).
 */
export function pinKey(store: WriteContext, input: PinInput): TrustEntry {
  const publicKey = input.publicKey.trim();
  if (!PublicKeyB64.safeParse(publicKey).success) throw new AppError('trust.badPublicKey');
  const label = input.label.trim();
  if (label.length === 0) throw new AppError('trust.labelMissing');
  if (!isTrustRole(input.role)) throw new AppError('trust.badRole', { role: String(input.role) });
  const fingerprint = fingerprintOf(publicKey);
  record(store, 'trust.pinned', { publicKey, fingerprint, label, role: input.role });
  return trustOf(store.db, fingerprint).entry!;
}

/** Revokes a pinned key with a reason (required); the key stays listed as revoked. */
export function revokeKey(store: WriteContext, fingerprint: string, reason: string): TrustEntry {
  const fp = normalizeFingerprint(fingerprint);
  if (reason.trim().length === 0) throw new AppError('trust.reasonMissing');
  const known = trustOf(store.db, fp);
  if (known.status === 'unknown') throw new AppError('trust.notPinned', { fingerprint: fp });
  if (known.status === 'revoked') {
    throw new AppError('trust.alreadyRevoked', {
      fingerprint: fp,
      revokedAt: known.entry.revokedAt!,
    });
  }
  record(store, 'trust.revoked', { fingerprint: fp, reason: reason.trim() });
  return trustOf(store.db, fp).entry!;
}

/** Every pinned key, revoked ones included, in the order they were pinned. */
export function listTrust(db: Database): TrustEntry[] {
  return db.prepare(`${SELECT} ORDER BY valid_from, fingerprint`).all() as TrustEntry[];
}

/** Whether `fingerprint` is trusted, revoked, or unknown to this registry, with its entry. */
export function trustOf(db: Database, fingerprint: string): TrustStatus {
  const entry = db
    .prepare(`${SELECT} WHERE fingerprint = ?`)
    .get(normalizeFingerprint(fingerprint)) as TrustEntry | undefined;
  if (!entry) return { status: 'unknown', entry: null };
  return entry.revokedAt === null ? { status: 'trusted', entry } : { status: 'revoked', entry };
}

/** A fingerprint as shown ("a1b2 c3d4 …"), from any spacing or case a person may type. */
export function normalizeFingerprint(fingerprint: string): string {
  const hex = fingerprint.toLowerCase().replace(/[\s:-]/g, '');
  if (!/^[0-9a-f]{32}$/.test(hex)) return fingerprint.trim();
  return (hex.match(/.{4}/g) as string[]).join(' ');
}
