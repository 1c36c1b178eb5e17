/**
 * What the audit trail viewer shows of a journal entry: a redacted, structured view that the
 * renderer translates. Only fields on the allow-list of an entry's kind ever reach it
 * (docs/journal.md, "Jejak audit"); sheet scores, notes and totals never do.
 */
import { z } from 'zod';
import { BreakReason } from '../journal/entry';

/** The entry kind domains the viewer filters by (the part of the kind before the dot). */
export const AUDIT_DOMAINS = [
  'selection',
  'formasi',
  'candidates',
  'rubric',
  'plan',
  'assessor',
  'conflict',
  'session',
  'panel',
  'attendance',
  'candidate',
  'sheet',
] as const;
/** An entry kind domain. */
export const AuditDomain = z.enum(AUDIT_DOMAINS);
export type AuditDomain = z.infer<typeof AuditDomain>;

/** What an id in a payload names. */
export const AuditEntity = z.enum([
  'selection',
  'formasi',
  'candidate',
  'assessor',
  'rubric',
  'session',
  'import',
  'sheet',
]);
export type AuditEntity = z.infer<typeof AuditEntity>;

/**
 * An id with what the state knows of it: `name` is the selection name, formasi code, candidate
 * nama, assessor nama, rubric title or session room; `detail` the candidate's nomor peserta,
 * the rubric version or the session's date and time. Both are null when the state lacks them.
 */
export const AuditRef = z.object({
  entity: AuditEntity,
  id: z.string(),
  name: z.string().nullable(),
  detail: z.string().nullable(),
});
export type AuditRef = z.infer<typeof AuditRef>;

/** One shown value. `sealed` stands for a sheet's scores; `hidden` for a payload not shown. */
export const AuditValue = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), text: z.string() }),
  z.object({ type: z.literal('code'), text: z.string() }),
  z.object({ type: z.literal('number'), value: z.number() }),
  z.object({ type: z.literal('boolean'), value: z.boolean() }),
  z.object({ type: z.literal('ref'), ref: AuditRef }),
  z.object({ type: z.literal('refs'), refs: z.array(AuditRef) }),
  z.object({ type: z.literal('count'), value: z.number().int().nonnegative() }),
  z.object({ type: z.literal('sealed') }),
  z.object({ type: z.literal('hidden') }),
]);
export type AuditValue = z.infer<typeof AuditValue>;

/** A labelled value; `key` names the label (`audit.fields.<key>` in the renderer). */
export const AuditField = z.object({ key: z.string(), value: AuditValue });
export type AuditField = z.infer<typeof AuditField>;

/** A row of the audit list. `broken` is why the entry no longer verifies, or null. */
export const AuditRow = z.object({
  device: z.string(),
  seq: z.number().int(),
  ts: z.string(),
  kind: z.string(),
  hash: z.string(),
  prev: z.string(),
  summary: z.array(AuditField),
  broken: BreakReason.nullable(),
});
export type AuditRow = z.infer<typeof AuditRow>;

/** One entry in full: every allowed field of its payload. */
export const AuditEntryView = AuditRow.extend({ fields: z.array(AuditField) });
export type AuditEntryView = z.infer<typeof AuditEntryView>;

/** What the list is narrowed by; every part is optional. `from`/`to` are instants, `to` exclusive. */
export const AuditFilter = z.object({
  domain: AuditDomain.nullable().default(null),
  device: z.string().trim().max(64).default(''),
  from: z.iso.datetime().nullable().default(null),
  to: z.iso.datetime().nullable().default(null),
  // An id, never free text: matching raw payload text could reveal values the view hides.
  entityId: z.uuid().nullable().default(null),
  text: z.string().max(100).default(''),
});
export type AuditFilter = z.infer<typeof AuditFilter>;

/** A page of the audit list with the number of entries that matched. */
export const AuditPage = z.object({
  total: z.number().int().nonnegative(),
  rows: z.array(AuditRow),
});
export type AuditPage = z.infer<typeof AuditPage>;

/** One entry that no longer verifies. */
export const AuditBreak = z.object({
  device: z.string(),
  seq: z.number().int(),
  reason: BreakReason,
});
export type AuditBreak = z.infer<typeof AuditBreak>;

/** Every chain walked to its end: all broken entries (at most {@link MAX_LISTED_BREAKS}). */
export const AuditVerifyReport = z.object({
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
  brokenCount: z.number().int().nonnegative(),
  breaks: z.array(AuditBreak),
});
export type AuditVerifyReport = z.infer<typeof AuditVerifyReport>;

/** How many breaks a report lists; `brokenCount` still counts them all. */
export const MAX_LISTED_BREAKS = 1000;
