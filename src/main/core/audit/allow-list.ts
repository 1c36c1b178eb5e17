/**
 * The redaction rule of the audit viewer: per entry kind, the payload fields it may show and
 * how. A field not listed here is never shown, and a kind not listed shows nothing of its
 * payload, so a new kind (or a new field of an old one) stays hidden until someone decides
 * that showing it is safe.
 */
import type { AuditEntity } from '../../../shared/audit/audit-view';

/** How a payload value is shown; a value of another JSON type than expected is not shown. */
export type Shown =
  | { as: 'text' }
  | { as: 'code' }
  | { as: 'number' }
  | { as: 'boolean' }
  | { as: 'ref'; entity: AuditEntity }
  | { as: 'refs'; entity: AuditEntity }
  /** The length of an array, not its items (e.g. the candidates of an import). */
  | { as: 'count' };

/** One allowed field: where it is in the payload, its label key, and whether the list shows it. */
export interface FieldRule {
  /** A dotted path into the payload, e.g. `fields.name` or `sheet.candidateId`. */
  path: string;
  key: string;
  shown: Shown;
  summary: boolean;
}

/** What the viewer may show of one kind. `sealed` adds the "nilai disegel" marker. */
export interface KindRule {
  fields: readonly FieldRule[];
  sealed?: boolean;
}

const text = { as: 'text' } as const;
const code = { as: 'code' } as const;
const number = { as: 'number' } as const;
const boolean = { as: 'boolean' } as const;
const count = { as: 'count' } as const;

function field(path: string, key: string, shown: Shown, summary = false): FieldRule {
  return { path, key, shown, summary };
}

function ref(path: string, entity: AuditEntity, key: string = entity, summary = true): FieldRule {
  return field(path, key, { as: 'ref', entity }, summary);
}

function refs(path: string, entity: AuditEntity, key: string, summary = false): FieldRule {
  return field(path, key, { as: 'refs', entity }, summary);
}

const SELECTION_FIELDS = [
  field('fields.name', 'name', text, true),
  field('fields.year', 'year', number),
  field('fields.type', 'type', code, true),
  field('fields.instansi', 'instansi', text),
  field('fields.location', 'location', text),
];

const FORMASI_FIELDS = [
  field('fields.code', 'code', code, true),
  field('fields.jabatan', 'jabatan', text, true),
  field('fields.unit', 'unit', text),
  field('fields.pendidikan', 'pendidikan', text),
  field('fields.quota', 'quota', number),
];

const RUBRIC_VERSION = [
  ref('id', 'rubric'),
  field('version', 'version', number),
  field('origin.type', 'origin', code),
];

/**
 * The fields of a score sheet entry that may be shown: who, whom, which component, which
 * version — never levels, scores, notes or totals (sealed scoring, docs/journal.md).
 */
const SHEET_RULE: KindRule = {
  sealed: true,
  fields: [
    ref('sheet.candidateId', 'candidate'),
    field('sheet.componentKey', 'componentKey', code, true),
    ref('sheet.assessorId', 'assessor'),
    field('sheet.version', 'version', number, true),
    ref('sheet.sessionId', 'session', 'session', false),
    ref('sheet.id', 'sheet', 'sheet', false),
    field('reason', 'reason', text, true),
    ref('signerId', 'assessor', 'signer', false),
    field('keyVersion', 'keyVersion', number),
  ],
};

/** The allowed fields of every kind this build knows. */
export const KIND_RULES: Readonly<Record<string, KindRule>> = {
  'selection.created': {
    fields: [ref('id', 'selection', 'selection', false), ...SELECTION_FIELDS],
  },
  'selection.updated': {
    fields: [ref('id', 'selection', 'selection', false), ...SELECTION_FIELDS],
  },
  'formasi.created': {
    fields: [ref('selectionId', 'selection', 'selection', false), ...FORMASI_FIELDS],
  },
  'formasi.updated': { fields: [ref('id', 'formasi', 'formasi', false), ...FORMASI_FIELDS] },
  'formasi.deleted': { fields: [ref('id', 'formasi')] },
  'candidates.imported': {
    fields: [
      field('fileName', 'fileName', text, true),
      field('candidates', 'candidates', count, true),
      field('skippedRows', 'skippedRows', number),
      field('fileSha256', 'fileSha256', code),
      ref('selectionId', 'selection', 'selection', false),
      ref('importId', 'import', 'import', false),
    ],
  },
  // External scores are results already announced by BKN or another body, not sealed scores;
  // the list shows the file and the count, the values stay in the payload.
  'externalScores.imported': {
    fields: [
      field('fileName', 'fileName', text, true),
      field('scores', 'externalScores', count, true),
      field('fileSha256', 'fileSha256', code),
      ref('selectionId', 'selection', 'selection', false),
      ref('importId', 'import', 'import', false),
    ],
  },
  'rubric.created': { fields: RUBRIC_VERSION },
  'rubric.draftSaved': { fields: [ref('id', 'rubric')] },
  'rubric.published': { fields: [ref('id', 'rubric'), field('contentHash', 'contentHash', code)] },
  'rubric.retired': { fields: [ref('id', 'rubric')] },
  'rubric.draftDeleted': { fields: [ref('id', 'rubric')] },
  'rubric.imported': {
    fields: [
      ...RUBRIC_VERSION,
      field('status', 'rubricStatus', code, true),
      field('contentHash', 'contentHash', code),
    ],
  },
  'plan.set': {
    fields: [
      ref('formasiId', 'formasi'),
      field('plan.components', 'components', count, true),
      field('reason', 'reason', text, true),
    ],
  },
  'plan.locked': { fields: [ref('formasiId', 'formasi'), field('note', 'note', text, true)] },
  'assessor.enrolled': {
    fields: [
      field('fields.nama', 'name', text, true),
      field('fields.role', 'role', code, true),
      field('fields.nip', 'nip', code),
      field('fingerprint', 'fingerprint', code),
      field('keyVersion', 'keyVersion', number),
      ref('selectionId', 'selection', 'selection', false),
      ref('id', 'assessor', 'assessor', false),
    ],
  },
  'assessor.keyReset': {
    fields: [
      ref('assessorId', 'assessor'),
      field('keyVersion', 'keyVersion', number, true),
      ref('resetBy', 'assessor', 'resetBy'),
      field('fingerprint', 'fingerprint', code),
    ],
  },
  'assessor.integrityAccepted': {
    fields: [
      ref('assessorId', 'assessor'),
      field('statementVersion', 'statementVersion', number, true),
      field('statementHash', 'statementHash', code),
    ],
  },
  'conflict.declared': {
    fields: [
      ref('assessorId', 'assessor'),
      ref('candidateId', 'candidate'),
      field('kind', 'conflictKind', code, true),
      field('note', 'note', text),
    ],
  },
  'session.created': {
    fields: [
      field('fields.date', 'date', code, true),
      field('fields.startTime', 'startTime', code, true),
      field('fields.room', 'room', text, true),
      field('componentKey', 'componentKey', code, true),
      ref('formasiId', 'formasi', 'formasi', false),
      ref('id', 'session', 'session', false),
    ],
  },
  'session.candidatesScheduled': {
    fields: [
      ref('sessionId', 'session'),
      field('candidateIds', 'candidates', count, true),
      refs('candidateIds', 'candidate', 'candidateList'),
    ],
  },
  'panel.assigned': {
    fields: [ref('sessionId', 'session'), refs('assessorIds', 'assessor', 'panel', true)],
  },
  'panel.drawn': {
    fields: [
      ref('sessionId', 'session'),
      refs('assessorIds', 'assessor', 'panel', true),
      refs('pool', 'assessor', 'pool'),
      field('size', 'size', number),
      field('seed', 'seed', code),
      field('algorithm', 'algorithm', code),
    ],
  },
  'attendance.recorded': {
    fields: [
      ref('candidateId', 'candidate'),
      field('fields.status', 'attendance', code, true),
      field('fields.identityChecked', 'identityChecked', boolean, true),
      field('fields.document', 'document', code),
      field('fields.at', 'at', code),
      ref('sessionId', 'session', 'session', false),
    ],
  },
  'candidate.statusChanged': {
    fields: [
      ref('candidateId', 'candidate'),
      field('status', 'candidateStatus', code, true),
      field('reason', 'reason', text, true),
    ],
  },
  'incident.recorded': {
    fields: [
      ref('sessionId', 'session'),
      field('text', 'incident', text, true),
      field('at', 'at', code),
      ref('recordedBy', 'assessor', 'recordedBy', false),
    ],
  },
  // Keys and bundles: fingerprints, labels and hashes only. Public keys, signatures and merge
  // report bodies stay in the payload; the fingerprint is what people compare.
  'device.keyCreated': { fields: [field('fingerprint', 'fingerprint', code, true)] },
  'trust.pinned': {
    fields: [
      field('label', 'label', text, true),
      field('role', 'role', code, true),
      field('fingerprint', 'fingerprint', code, true),
    ],
  },
  'trust.revoked': {
    fields: [
      field('fingerprint', 'fingerprint', code, true),
      field('reason', 'reason', text, true),
    ],
  },
  'setup.received': {
    fields: [
      field('office', 'office', text, true),
      field('signerFingerprint', 'signerFingerprint', code, true),
      field('bundleHash', 'bundleHash', code),
    ],
  },
  'merge.forkFound': {
    fields: [field('device', 'device', code, true), field('seq', 'seq', number, true)],
  },
  'merge.recorded': { fields: [field('id', 'mergeId', code, true)] },
  'quarantine.resolved': {
    fields: [
      field('itemId', 'quarantineItem', code, true),
      field('decision', 'decision', code, true),
      field('reason', 'reason', text, true),
    ],
  },
};

/** The rule of `kind`: its own, the sheet rule for every `sheet.*` kind, or null (show nothing). */
export function kindRule(kind: string): KindRule | null {
  if (Object.hasOwn(KIND_RULES, kind)) return KIND_RULES[kind] ?? null;
  // Score sheet kinds are redacted by prefix, so one added later is sealed from the start.
  if (kind.startsWith('sheet.')) return SHEET_RULE;
  return null;
}
