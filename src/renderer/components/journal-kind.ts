/** Translation keys for journal entry kinds and chain break reasons. */
import type { BreakReason } from '../../shared/journal/entry';

const KIND_KEYS = {
  'selection.created': 'journal.kinds.selectionCreated',
  'selection.updated': 'journal.kinds.selectionUpdated',
  'formasi.created': 'journal.kinds.formasiCreated',
  'formasi.updated': 'journal.kinds.formasiUpdated',
  'formasi.deleted': 'journal.kinds.formasiDeleted',
  'candidates.imported': 'journal.kinds.candidatesImported',
  'rubric.created': 'journal.kinds.rubricCreated',
  'rubric.draftSaved': 'journal.kinds.rubricDraftSaved',
  'rubric.published': 'journal.kinds.rubricPublished',
  'rubric.retired': 'journal.kinds.rubricRetired',
  'rubric.draftDeleted': 'journal.kinds.rubricDraftDeleted',
  'rubric.imported': 'journal.kinds.rubricImported',
  'plan.set': 'journal.kinds.planSet',
  'plan.locked': 'journal.kinds.planLocked',
} as const;

/** The key describing an entry kind, or null for a kind this build does not know. */
export function journalKindKey(kind: string): (typeof KIND_KEYS)[keyof typeof KIND_KEYS] | null {
  return Object.hasOwn(KIND_KEYS, kind) ? KIND_KEYS[kind as keyof typeof KIND_KEYS] : null;
}

const BREAK_KEYS = {
  'sequence-gap': 'journal.breaks.sequenceGap',
  'previous-hash-mismatch': 'journal.breaks.previousHashMismatch',
  'hash-mismatch': 'journal.breaks.hashMismatch',
  'unreadable-payload': 'journal.breaks.unreadablePayload',
} as const satisfies Record<BreakReason, string>;

/** The key explaining why a chain is broken. */
export function breakReasonKey(reason: BreakReason): (typeof BREAK_KEYS)[BreakReason] {
  return BREAK_KEYS[reason];
}

/** The first characters of a hash, enough to compare by eye. */
export function shortHash(hash: string): string {
  return hash.slice(0, 12);
}
