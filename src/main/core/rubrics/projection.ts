/**
 * How rubric entries change the `rubric_versions` table. Every rule of a version's life is
 * enforced here, not only in the commands, so a replayed or merged journal obeys them too: only
 * a draft changes, publishing re-checks the content and its hash, only a published version is
 * retired and only while no formasi uses it, an imported version arrives complete and intact.
 */
import type { Database } from 'better-sqlite3';
import { canonicalJson } from '../../../shared/canonical-json';
import { AppError } from '../../../shared/errors';
import type { JournalEntry } from '../../../shared/journal/entry';
import { checkRubricContent } from '../../../shared/rubric/check-rubric';
import type { RubricDraftContent, RubricOrigin, RubricStatus } from '../../../shared/rubric/rubric';
import type { Appliers } from '../journal/apply';
import { referenceEntities } from '../journal/apply';
import { rubricContentHash } from './content-hash';
import { formasiUsingRubric, rubricLineage } from './queries';

type RubricKinds =
  | 'rubric.created'
  | 'rubric.draftSaved'
  | 'rubric.published'
  | 'rubric.retired'
  | 'rubric.draftDeleted'
  | 'rubric.imported';

/** Appliers for `rubric.*` entries. */
export const rubricAppliers: Appliers<RubricKinds> = {
  'rubric.created'(db, { id, rubricId, version, content, origin }, entry) {
    const { draft, maxVersion } = rubricLineage(db, rubricId);
    if (draft) throw new AppError('rubric.draftExists', { version: draft.version });
    // Versions of one rubric are numbered 1, 2, 3, … without gaps; a new draft is the next one.
    if (version !== maxVersion + 1) {
      invalid(entry, `version ${version} does not follow version ${maxVersion}`);
    }
    insertVersion(db, entry, { id, rubricId, version, status: 'draft', content, origin });
  },
  'rubric.draftSaved'(db, { id, content }, entry) {
    const current = requireDraft(db, id);
    db.prepare(
      `UPDATE rubric_versions SET title = ?, kind = ?, content_json = ?, content_hash = ?,
         updated_at = ? WHERE id = ?`,
    ).run(
      content.title,
      content.kind,
      canonicalJson(content),
      rubricContentHash(content),
      entry.ts,
      id,
    );
    referenceEntities(db, entry, [id, current.rubricId]);
  },
  'rubric.published'(db, { id, contentHash }, entry) {
    const current = requireDraft(db, id);
    const check = checkRubricContent(current.content);
    if (!check.ok) {
      throw new AppError('rubric.invalid', { count: check.problems.length }, check.problems);
    }
    if (rubricContentHash(check.content) !== contentHash) {
      invalid(entry, 'contentHash is not the hash of the draft content');
    }
    db.prepare(
      `UPDATE rubric_versions SET status = 'published', content_hash = ?, published_at = ?,
         updated_at = ? WHERE id = ?`,
    ).run(contentHash, entry.ts, entry.ts, id);
    referenceEntities(db, entry, [id, current.rubricId]);
  },
  'rubric.retired'(db, { id }, entry) {
    const current = requireVersion(db, id);
    if (current.status !== 'published') throw new AppError('rubric.notPublished');
    const count = formasiUsingRubric(db, id);
    if (count > 0) throw new AppError('rubric.inUse', { count });
    db.prepare(
      "UPDATE rubric_versions SET status = 'retired', retired_at = ?, updated_at = ? WHERE id = ?",
    ).run(entry.ts, entry.ts, id);
    referenceEntities(db, entry, [id, current.rubricId]);
  },
  'rubric.draftDeleted'(db, { id }, entry) {
    const current = requireDraft(db, id);
    db.prepare('DELETE FROM rubric_versions WHERE id = ?').run(id);
    referenceEntities(db, entry, [id, current.rubricId]);
  },
  'rubric.imported'(db, payload, entry) {
    const check = checkRubricContent(payload.content);
    if (!check.ok) {
      throw new AppError('rubric.invalid', { count: check.problems.length }, check.problems);
    }
    if (rubricContentHash(payload.content) !== payload.contentHash) {
      invalid(entry, 'contentHash is not the hash of the content');
    }
    insertVersion(db, entry, payload);
  },
};

interface NewVersion {
  id: string;
  rubricId: string;
  version: number;
  status: RubricStatus;
  content: RubricDraftContent;
  origin: RubricOrigin;
}

function insertVersion(db: Database, entry: JournalEntry, row: NewVersion): void {
  const { id, rubricId, version, status, content, origin } = row;
  // A version that arrives published (file, template) was published elsewhere; here it counts
  // from the moment it arrived.
  const publishedAt = status === 'draft' ? null : entry.ts;
  db.prepare(
    `INSERT INTO rubric_versions (id, rubric_id, version, status, title, kind, content_json,
       content_hash, origin_json, created_at, updated_at, published_at, retired_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    rubricId,
    version,
    status,
    content.title,
    content.kind,
    canonicalJson(content),
    rubricContentHash(content),
    canonicalJson(origin),
    entry.ts,
    entry.ts,
    publishedAt,
    status === 'retired' ? entry.ts : null,
  );
  referenceEntities(db, entry, [id, rubricId]);
}

interface StoredVersion {
  rubricId: string;
  version: number;
  status: RubricStatus;
  content: unknown;
}

function requireVersion(db: Database, id: string): StoredVersion {
  const row = db
    .prepare(
      `SELECT rubric_id AS rubricId, version, status, content_json AS contentJson
       FROM rubric_versions WHERE id = ?`,
    )
    .get(id) as (Omit<StoredVersion, 'content'> & { contentJson: string }) | undefined;
  if (!row) throw new AppError('rubric.notFound');
  const { contentJson, ...rest } = row;
  return { ...rest, content: JSON.parse(contentJson) as unknown };
}

function requireDraft(db: Database, id: string): StoredVersion {
  const current = requireVersion(db, id);
  if (current.status !== 'draft') {
    throw new AppError('rubric.notDraft', { version: current.version, status: current.status });
  }
  return current;
}

function invalid(entry: JournalEntry, detail: string): never {
  throw new AppError('journal.invalidPayload', { kind: entry.kind, detail });
}
