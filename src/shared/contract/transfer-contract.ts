/**
 * The Ekspor/Impor channels that need no signing: the trust registry (docs/trust-registry.md) and
 * what a setup package would carry (docs/setup-package.md). Exports signed by the device key come
 * once the device key can be unlocked in the app.
 */
import { z } from 'zod';
import { SetupContents } from '../domain/setup-contents';
import { TRUST_ROLES } from '../domain/trust';

/** One pinned key, as trust/registry.ts lists it. */
export const TrustEntryView = z.object({
  fingerprint: z.string(),
  publicKey: z.string(),
  label: z.string(),
  role: z.enum(TRUST_ROLES),
  validFrom: z.string(),
  revokedAt: z.string().nullable(),
  revokeReason: z.string().nullable(),
});

/** Trust registry and setup package channels. */
export const transferContract = {
  'trust:list': { input: z.object({}).strict(), output: z.array(TrustEntryView) },
  'trust:pin': {
    input: z
      .object({
        publicKey: z.string().max(200),
        label: z.string().max(200),
        role: z.enum(TRUST_ROLES),
      })
      .strict(),
    output: TrustEntryView,
  },
  'trust:revoke': {
    input: z.object({ fingerprint: z.string().max(100), reason: z.string().max(1000) }).strict(),
    output: TrustEntryView,
  },
  'setup:contents': { input: z.object({}).strict(), output: SetupContents },
} as const;
