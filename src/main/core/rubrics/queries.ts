/** Reads of rubric versions and of the formasi that use them. */
import type { Database } from 'better-sqlite3';
import { deepFreeze } from '../../../shared/deep-freeze';
import { AppError } from '../../../shared/errors';
import type { RubricRef } from '../../../shared/plan/check-plan';
import {
  RubricDraftContent,
  RubricOrigin,
  type RubricStatus,
  type RubricSummary,
  type RubricVersion,
} from '../../../shared/rubric/rubric';
import type { RubricUse } from '../../../shared/rubric/rubric-views';

const SUMMARY_COLUMNS = `r.id, r.rubric_id AS rubricId, r.version, r.status, r.title, r.kind,
  r.content_hash AS contentHash, r.origin_json AS originJson, r.created_at AS createdAt,
  r.updated_at AS updatedAt, r.published_at AS publishedAt, r.retired_at AS retiredAt`;

type SummaryRow = Omit<RubricSummary, 'origin'> & { originJson: string };
type VersionRow = Omit<SummaryRow, 'aspectCount' | 'usedBy'> & { contentJson: string };

/** Every rubric version, by title and newest version first; retired ones only if asked. */
export function listRubrics(db: Database, includeRetired: boolean): RubricSummary[] {
  const rows = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS},
         json_array_length(r.content_json, '$.aspects') AS aspectCount,
         (SELECT count(*) FROM plan_rubrics p WHERE p.rubric_version_id = r.id) AS usedBy
       FROM rubric_versions r
       WHERE ? OR r.status <> 'retired'
       ORDER BY r.title COLLATE NOCASE, r.rubric_id, r.version DESC`,
    )
    .all(includeRetired ? 1 : 0) as SummaryRow[];
  return rows.map(({ originJson, ...row }) => ({ ...row, origin: parseOrigin(originJson) }));
}

/** One rubric version, or null. */
export function findRubric(db: Database, id: string): RubricVersion | null {
  return readRubric(db, id, false);
}

/**
 * One rubric version; throws `rubric.notFound`. A published version's content is the cached one,
 * frozen and shared, not a copy: for readers that never change it (every sheet applied reads it).
 */
export function getRubricShared(db: Database, id: string): RubricVersion {
  const rubric = readRubric(db, id, true);
  if (!rubric) throw new AppError('rubric.notFound');
  return rubric;
}

function readRubric(db: Database, id: string, shared: boolean): RubricVersion | null {
  const row = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS}, r.content_json AS contentJson FROM rubric_versions r WHERE r.id = ?`,
    )
    .get(id) as VersionRow | undefined;
  return row ? toVersion(row, shared) : null;
}

/** One rubric version; throws `rubric.notFound`. */
export function getRubric(db: Database, id: string): RubricVersion {
  const rubric = findRubric(db, id);
  if (!rubric) throw new AppError('rubric.notFound');
  return rubric;
}

/** The version `version` of rubric `rubricId`, or null. */
export function findRubricVersion(
  db: Database,
  rubricId: string,
  version: number,
): RubricVersion | null {
  const id = db
    .prepare('SELECT id FROM rubric_versions WHERE rubric_id = ? AND version = ?')
    .pluck()
    .get(rubricId, version) as string | undefined;
  return id === undefined ? null : findRubric(db, id);
}

/** The draft of a rubric and the highest version number it has (0 for an unknown rubric). */
export function rubricLineage(
  db: Database,
  rubricId: string,
): { draft: { id: string; version: number } | null; maxVersion: number } {
  const draft = db
    .prepare("SELECT id, version FROM rubric_versions WHERE rubric_id = ? AND status = 'draft'")
    .get(rubricId) as { id: string; version: number } | undefined;
  const maxVersion = db
    .prepare('SELECT coalesce(max(version), 0) FROM rubric_versions WHERE rubric_id = ?')
    .pluck()
    .get(rubricId) as number;
  return { draft: draft ?? null, maxVersion };
}

/** The formasi components that score on rubric version `id`. */
export function rubricUses(db: Database, id: string): RubricUse[] {
  return db
    .prepare(
      `SELECT s.id AS selectionId, s.name AS selectionName, f.id AS formasiId,
         f.code AS formasiCode, p.component_label AS componentLabel
       FROM plan_rubrics p
       JOIN formasi f ON f.id = p.formasi_id
       JOIN selections s ON s.id = f.selection_id
       WHERE p.rubric_version_id = ?
       ORDER BY s.name, f.code_key, p.component_key`,
    )
    .all(id) as RubricUse[];
}

/** How many formasi use rubric version `id`. */
export function formasiUsingRubric(db: Database, id: string): number {
  return db
    .prepare('SELECT count(DISTINCT formasi_id) FROM plan_rubrics WHERE rubric_version_id = ?')
    .pluck()
    .get(id) as number;
}

/** Status and hash of every rubric version, which the plan checker looks components up in. */
export function rubricRefs(db: Database): Map<string, RubricRef> {
  const rows = db
    .prepare('SELECT id, status, content_hash AS contentHash FROM rubric_versions')
    .all() as Array<{ id: string; status: RubricStatus; contentHash: string }>;
  return new Map(rows.map(({ id, ...ref }) => [id, ref]));
}

function toVersion(
  { contentJson, originJson, title: _title, kind: _kind, ...row }: VersionRow,
  shared = false,
): RubricVersion {
  // The stored JSON is canonical (sorted keys); the schema gives the content back in its own,
  // readable order: title, kind, instructions, …, aspects.
  return {
    ...row,
    content: parseContent(row.status, row.contentHash, contentJson, shared),
    origin: parseOrigin(originJson),
  };
}

// A published version's content never changes (a trigger keeps it so), and parsing a large rubric
// is the costliest read of a submission: parsed contents are kept by their hash.
const publishedContents = new Map<string, RubricDraftContent>();

function parseContent(
  status: string,
  hash: string,
  json: string,
  shared: boolean,
): RubricDraftContent {
  const known = status === 'draft' ? undefined : publishedContents.get(hash);
  if (known) return shared ? known : structuredClone(known);
  const content = RubricDraftContent.parse(JSON.parse(json));
  if (status !== 'draft') {
    if (publishedContents.size >= 64)
      publishedContents.delete(publishedContents.keys().next().value as string);
    publishedContents.set(hash, deepFreeze(content));
    return shared ? content : structuredClone(content);
  }
  return content;
}

function parseOrigin(json: string): RubricOrigin {
  return RubricOrigin.parse(JSON.parse(json));
}
