/** The trust registry's shapes (docs/trust-registry.md): keys this installation has pinned. */

/** Who a pinned key belongs to. */
export const TRUST_ROLES = ['central', 'office', 'assessor'] as const;
/** A pinned key's role. */
export type TrustRole = (typeof TRUST_ROLES)[number];

/** Whether `value` is a role the registry accepts. */
export function isTrustRole(value: string): value is TrustRole {
  return (TRUST_ROLES as readonly string[]).includes(value);
}

/** One pinned key; a revoked key stays listed, with when and why. */
export interface TrustEntry {
  fingerprint: string;
  publicKey: string;
  label: string;
  role: TrustRole;
  validFrom: string;
  revokedAt: string | null;
  revokeReason: string | null;
}

/** What the registry says about a fingerprint. */
export type TrustStatus =
  | { status: 'trusted'; entry: TrustEntry }
  | { status: 'revoked'; entry: TrustEntry }
  | { status: 'unknown'; entry: null };
