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
  'assessor.enrolled': 'audit.kinds.assessorEnrolled',
  'assessor.keyReset': 'audit.kinds.assessorKeyReset',
  'assessor.integrityAccepted': 'audit.kinds.assessorIntegrityAccepted',
  'conflict.declared': 'audit.kinds.conflictDeclared',
  'session.created': 'audit.kinds.sessionCreated',
  'session.candidatesScheduled': 'audit.kinds.sessionCandidatesScheduled',
  'panel.assigned': 'audit.kinds.panelAssigned',
  'panel.drawn': 'audit.kinds.panelDrawn',
  'attendance.recorded': 'audit.kinds.attendanceRecorded',
  'candidate.statusChanged': 'audit.kinds.candidateStatusChanged',
  // Score sheet kinds, written by the score entry (their payloads are sealed in the audit view).
  'sheet.submitted': 'audit.kinds.sheetSubmitted',
  'sheet.amended': 'audit.kinds.sheetAmended',
  'sheet.unlocked': 'audit.kinds.sheetUnlocked',
  'sheet.transcribed': 'audit.kinds.sheetTranscribed',
  'incident.recorded': 'audit.kinds.incidentRecorded',
  'externalScores.imported': 'audit.kinds.externalScoresImported',
  'device.keyCreated': 'audit.kinds.deviceKeyCreated',
  'trust.pinned': 'audit.kinds.trustPinned',
  'trust.revoked': 'audit.kinds.trustRevoked',
  'setup.received': 'audit.kinds.setupReceived',
  'merge.forkFound': 'audit.kinds.mergeForkFound',
  'merge.recorded': 'audit.kinds.mergeRecorded',
  'quarantine.resolved': 'audit.kinds.quarantineResolved',
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
