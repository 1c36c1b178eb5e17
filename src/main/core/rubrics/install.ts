/**
 * Bringing in a published (or retired) version with its identity: from a rubric file or a
 * built-in template. The version keeps its id, rubric id, number and hash, so the same rubric is
 * the same everywhere; a clash with what the store holds is refused, never overwritten.
 */
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import type { RubricFile } from '../../../shared/rubric/rubric-file';
import type { RubricOrigin, RubricVersion } from '../../../shared/rubric/rubric';
import { record, type WriteContext } from '../journal/record';
import { findRubric, findRubricVersion, getRubric } from './queries';

/** A version as a file or template carries it. */
export type CarriedVersion = RubricFile['rubric'] & { status: 'published' | 'retired' };

/**
 * The stored version when the store already holds exactly this one (same id and hash), null when
 * it is new; throws `rubric.versionConflict` when its id or its (rubric, number) is taken by
 * other content.
 */
export function presentVersion(db: Database, carried: CarriedVersion): RubricVersion | null {
  const byId = findRubric(db, carried.id);
  if (byId) {
    const same =
      byId.contentHash === carried.contentHash &&
      byId.rubricId === carried.rubricId &&
      byId.version === carried.version;
    if (same && byId.status !== 'draft') return byId;
    throw new AppError('rubric.versionConflict', { version: carried.version });
  }
  if (findRubricVersion(db, carried.rubricId, carried.version)) {
    throw new AppError('rubric.versionConflict', { version: carried.version });
  }
  return null;
}

/** Records a carried version that {@link presentVersion} found new; returns it as stored. */
export function installVersion(
  context: WriteContext,
  carried: CarriedVersion,
  origin: RubricOrigin,
): RubricVersion {
  const { id, rubricId, version, status, content, contentHash } = carried;
  record(context, 'rubric.imported', {
    id,
    rubricId,
    version,
    status,
    content,
    contentHash,
    origin,
  });
  return getRubric(context.db, id);
}
