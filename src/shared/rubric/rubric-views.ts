/** Read models of rubrics that the screens need besides the versions themselves. */
import { z } from 'zod';
import { Id } from '../domain/selection';
import { Sha256Hex } from '../journal/entry';
import { RubricKind } from './rubric';

/** A built-in template (resources/rubrics) and whether this store already uses it as is. */
export const RubricTemplateSummary = z.object({
  templateId: z.string(),
  title: z.string(),
  kind: RubricKind,
  aspectCount: z.number().int().nonnegative(),
  versionId: Id,
  contentHash: Sha256Hex,
  installed: z.boolean(),
});
export type RubricTemplateSummary = z.infer<typeof RubricTemplateSummary>;

/** A formasi component that uses a rubric version. */
export const RubricUse = z.object({
  selectionId: Id,
  selectionName: z.string(),
  formasiId: Id,
  formasiCode: z.string(),
  componentLabel: z.string(),
});
export type RubricUse = z.infer<typeof RubricUse>;

/** The summary of a template whose file holds `rubric`. */
export function templateSummary(
  templateId: string,
  rubric: {
    id: string;
    contentHash: string;
    content: { title: string; kind: RubricKind; aspects: readonly unknown[] };
  },
  installed: boolean,
): RubricTemplateSummary {
  return {
    templateId,
    title: rubric.content.title,
    kind: rubric.content.kind,
    aspectCount: rubric.content.aspects.length,
    versionId: rubric.id,
    contentHash: rubric.contentHash,
    installed,
  };
}
