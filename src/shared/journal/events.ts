/**
 * The payload schema of every journal entry kind. State tables are a projection of these events,
 * so a payload carries every value the state needs (ids, fields); nothing is generated on replay.
 */
import { z } from 'zod';
import { CandidateFields } from '../domain/candidate';
import { FormasiFields, Id, SelectionFields } from '../domain/selection';

/** A candidate as written into the journal: the import row plus its minted ids. */
export const ImportedCandidate = CandidateFields.omit({ formasiCode: true }).extend({
  id: Id,
  formasiId: Id,
});
export type ImportedCandidate = z.infer<typeof ImportedCandidate>;

/** Payload schemas per entry kind. */
export const EVENT_SCHEMAS = {
  'selection.created': z.object({ id: Id, fields: SelectionFields }),
  'selection.updated': z.object({ id: Id, fields: SelectionFields }),
  'formasi.created': z.object({ id: Id, selectionId: Id, fields: FormasiFields }),
  'formasi.updated': z.object({ id: Id, fields: FormasiFields }),
  'formasi.deleted': z.object({ id: Id }),
  'candidates.imported': z.object({
    importId: Id,
    selectionId: Id,
    fileName: z.string(),
    fileSha256: z.string().regex(/^[0-9a-f]{64}$/),
    skippedRows: z.number().int().nonnegative(),
    candidates: z.array(ImportedCandidate).min(1),
  }),
} as const;

/** A journal entry kind. */
export type EventKind = keyof typeof EVENT_SCHEMAS;
/** The payload of an entry of kind `K`. */
export type EventPayload<K extends EventKind> = z.infer<(typeof EVENT_SCHEMAS)[K]>;

/** Whether `kind` is an entry kind this version understands. */
export function isEventKind(kind: string): kind is EventKind {
  return Object.hasOwn(EVENT_SCHEMAS, kind);
}
