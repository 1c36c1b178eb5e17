/**
 * The projection: how each entry kind changes the state tables. The live write path and the
 * rebuild both go through {@link applyEntry}, so they cannot disagree.
 */
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import type { JournalEntry } from '../../../shared/journal/entry';
import {
  EVENT_SCHEMAS,
  isEventKind,
  type EventKind,
  type EventPayload,
} from '../../../shared/journal/events';
import { z } from 'zod';
import { assessorAppliers } from '../assessors/projection';
import { attendanceAppliers } from '../attendance/projection';
import { candidateAppliers } from '../candidates/projection';
import { deviceAppliers } from '../device/projection';
import { externalScoreAppliers } from '../external/projection';
import { formasiAppliers } from '../formasi/projection';
import { incidentAppliers } from '../incidents/projection';
import { mergeAppliers } from '../merge/projection';
import { planAppliers } from '../plans/projection';
import { rubricAppliers } from '../rubrics/projection';
import { sheetAppliers } from '../scoring/projection';
import { selectionAppliers } from '../selections/projection';
import { sessionAppliers } from '../sessions/projection';
import { trustAppliers } from '../trust/projection';

/** Applies the payload of one kind to the state tables. */
export type Applier<K extends EventKind> = (
  db: Database,
  payload: EventPayload<K>,
  entry: JournalEntry,
) => void;

/** One applier per kind. */
export type Appliers<K extends EventKind = EventKind> = { [P in K]: Applier<P> };

const APPLIERS: Appliers = {
  ...selectionAppliers,
  ...formasiAppliers,
  ...candidateAppliers,
  ...rubricAppliers,
  ...planAppliers,
  ...assessorAppliers,
  ...sessionAppliers,
  ...attendanceAppliers,
  ...sheetAppliers,
  ...incidentAppliers,
  ...externalScoreAppliers,
  ...deviceAppliers,
  ...trustAppliers,
  ...mergeAppliers,
};

/** Validates an entry's payload against its kind's schema. */
export function parsePayload<K extends EventKind>(kind: K, payload: unknown): EventPayload<K> {
  const result = EVENT_SCHEMAS[kind].safeParse(payload);
  if (!result.success) {
    throw new AppError('journal.invalidPayload', { kind, detail: z.prettifyError(result.error) });
  }
  return result.data as EventPayload<K>;
}

/** Applies one entry read back from the journal (validating its payload) to the state tables. */
export function applyEntry(db: Database, entry: JournalEntry): void {
  const kind = entry.kind;
  if (!isEventKind(kind)) throw new AppError('journal.unknownKind', { kind });
  applyValidEntry(db, kind, parsePayload(kind, entry.payload), entry);
}

/** Applies an entry whose payload is already known to match its kind's schema. */
export function applyValidEntry<K extends EventKind>(
  db: Database,
  kind: K,
  payload: EventPayload<K>,
  entry: JournalEntry,
): void {
  (APPLIERS[kind] as Applier<K>)(db, payload, entry);
}

/** Records that `entry` touched `entityIds` (for audit trails); appliers call this. */
export function referenceEntities(
  db: Database,
  entry: JournalEntry,
  entityIds: readonly string[],
): void {
  const insert = db.prepare(
    'INSERT OR IGNORE INTO journal_refs (entity_id, device_id, seq) VALUES (?, ?, ?)',
  );
  for (const id of entityIds) insert.run(id, entry.device, entry.seq);
}
