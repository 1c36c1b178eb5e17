/** Writes of rubric versions, each one journal entry; the appliers enforce the same rules. */
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import { checkRubricContent } from '../../../shared/rubric/check-rubric';
import {
  RUBRIC_LIMITS,
  type RubricDraftContent,
  type RubricOrigin,
  type RubricVersion,
} from '../../../shared/rubric/rubric';
import { record, type WriteContext } from '../journal/record';
import { rubricContentHash } from './content-hash';
import { presentVersion, installVersion, type CarriedVersion } from './install';
import { formasiUsingRubric, getRubric, rubricLineage } from './queries';
import { getTemplate } from './templates';

/** What a duplicate's title starts with. */
export const COPY_PREFIX = 'Salinan — ';

/** Records a new draft and returns it. */
export function createDraft(
  context: WriteContext,
  draft: { rubricId: string; version: number; content: RubricDraftContent; origin: RubricOrigin },
): RubricVersion {
  const id = randomUUID();
  record(context, 'rubric.created', { id, ...draft });
  return getRubric(context.db, id);
}

/** Starts a new rubric as a draft, version 1. */
export function createRubric(context: WriteContext, content: RubricDraftContent): RubricVersion {
  return createDraft(context, {
    rubricId: randomUUID(),
    version: 1,
    content,
    origin: { type: 'new' },
  });
}

/**
 * A rubric from a built-in template: `use` installs the template's published version as is
 * (once: using it again returns the installed version), `copy` starts a new draft from it.
 */
export function rubricFromTemplate(
  context: WriteContext,
  resourcesDir: string,
  templateId: string,
  mode: 'use' | 'copy',
): RubricVersion {
  const { rubric } = getTemplate(resourcesDir, templateId);
  const origin: RubricOrigin = { type: 'template', templateId };
  if (mode === 'copy') {
    return createDraft(context, {
      rubricId: randomUUID(),
      version: 1,
      content: rubric.content,
      origin,
    });
  }
  const carried = rubric as CarriedVersion;
  return presentVersion(context.db, carried) ?? installVersion(context, carried, origin);
}

/** A new rubric (new id, version 1, draft) with the content of any version. */
export function duplicateRubric(context: WriteContext, id: string): RubricVersion {
  const source = getRubric(context.db, id);
  const title = `${COPY_PREFIX}${source.content.title}`.slice(0, RUBRIC_LIMITS.title).trim();
  return createDraft(context, {
    rubricId: randomUUID(),
    version: 1,
    content: { ...source.content, title },
    origin: { type: 'copy', versionId: source.id, contentHash: source.contentHash },
  });
}

/** The next version of a published (or retired) rubric, as a draft with its content. */
export function newRubricVersion(context: WriteContext, id: string): RubricVersion {
  const source = getRubric(context.db, id);
  if (source.status === 'draft') throw new AppError('rubric.notPublished');
  const { draft, maxVersion } = rubricLineage(context.db, source.rubricId);
  if (draft) throw new AppError('rubric.draftExists', { version: draft.version });
  return createDraft(context, {
    rubricId: source.rubricId,
    version: maxVersion + 1,
    content: source.content,
    origin: { type: 'new-version', versionId: source.id, contentHash: source.contentHash },
  });
}

/** Replaces a draft's content; unfinished content is fine until publishing. */
export function saveDraft(
  context: WriteContext,
  id: string,
  content: RubricDraftContent,
): RubricVersion {
  requireDraft(getRubric(context.db, id));
  record(context, 'rubric.draftSaved', { id, content });
  return getRubric(context.db, id);
}

/** Publishes a draft whose content is complete; its content is frozen under its hash. */
export function publishRubric(context: WriteContext, id: string): RubricVersion {
  const draft = requireDraft(getRubric(context.db, id));
  const check = checkRubricContent(draft.content);
  if (!check.ok) {
    throw new AppError('rubric.invalid', { count: check.problems.length }, check.problems);
  }
  record(context, 'rubric.published', { id, contentHash: rubricContentHash(check.content) });
  return getRubric(context.db, id);
}

/** Retires a published version that no formasi uses: it stays readable but cannot be chosen. */
export function retireRubric(context: WriteContext, id: string): RubricVersion {
  const rubric = getRubric(context.db, id);
  if (rubric.status !== 'published') throw new AppError('rubric.notPublished');
  const count = formasiUsingRubric(context.db, id);
  if (count > 0) throw new AppError('rubric.inUse', { count });
  record(context, 'rubric.retired', { id });
  return getRubric(context.db, id);
}

/** Deletes a draft; published versions are never deleted. */
export function deleteDraft(context: WriteContext, id: string): void {
  requireDraft(getRubric(context.db, id));
  record(context, 'rubric.draftDeleted', { id });
}

function requireDraft(rubric: RubricVersion): RubricVersion {
  if (rubric.status !== 'draft') {
    throw new AppError('rubric.notDraft', { version: rubric.version, status: rubric.status });
  }
  return rubric;
}
