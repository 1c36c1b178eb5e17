/**
 * The journal entry: the unit of every change of domain state. Entries form one hash chain per
 * device; the rules are written out for auditors in docs/journal.md.
 */
import { z } from 'zod';

/** Hex SHA-256. */
export const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

/** The `prev` of the first entry of every chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** An entry as hashed: everything but its own hash. */
export const UnhashedEntry = z.object({
  device: z.uuid(),
  seq: z.number().int().positive(),
  prev: Sha256Hex,
  ts: z.iso.datetime(),
  kind: z.string().min(1).max(100),
  payload: z.record(z.string(), z.unknown()),
});
export type UnhashedEntry = z.infer<typeof UnhashedEntry>;

/** A journal entry with its hash = SHA-256(canonical JSON of the unhashed entry). */
export const JournalEntry = UnhashedEntry.extend({ hash: Sha256Hex });
export type JournalEntry = z.infer<typeof JournalEntry>;

/** Why a chain is broken at an entry. */
export const BreakReason = z.enum([
  'sequence-gap',
  'previous-hash-mismatch',
  'hash-mismatch',
  'unreadable-payload',
]);
export type BreakReason = z.infer<typeof BreakReason>;

/** The result of walking every chain of a store. */
export const VerifyReport = z.object({
  ok: z.boolean(),
  entries: z.number().int().nonnegative(),
  chains: z.array(
    z.object({
      device: z.string(),
      entries: z.number().int().nonnegative(),
      headSeq: z.number().int().nonnegative(),
      headHash: z.string(),
    }),
  ),
  firstBreak: z
    .object({ device: z.string(), seq: z.number().int(), reason: BreakReason })
    .nullable(),
});
export type VerifyReport = z.infer<typeof VerifyReport>;

/** A short view of an entry for audit trails in the UI. */
export const EntrySummary = z.object({
  device: z.string(),
  seq: z.number().int(),
  ts: z.string(),
  kind: z.string(),
  hash: Sha256Hex,
});
export type EntrySummary = z.infer<typeof EntrySummary>;
