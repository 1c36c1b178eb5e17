/** What a setup package (central → office) carries, per selection: the view shown before export. */
import { z } from 'zod';
import { SelectionType } from './selection';

/** One published rubric version a selection's plans score on. */
export const SetupRubric = z.object({
  id: z.string(),
  title: z.string(),
  version: z.number().int(),
});
export type SetupRubric = z.infer<typeof SetupRubric>;

/** One selection as it travels in a setup package. */
export const SetupSelection = z.object({
  id: z.string(),
  name: z.string(),
  year: z.number().int(),
  type: SelectionType,
  formasi: z.number().int(),
  /** Formasi whose scoring plan is locked; the rest cannot be scored by the office yet. */
  formasiLocked: z.number().int(),
  formasiUnlocked: z.number().int(),
  candidates: z.number().int(),
  rubrics: z.array(SetupRubric),
  externalImports: z.number().int(),
  externalScores: z.number().int(),
});
export type SetupSelection = z.infer<typeof SetupSelection>;

/** The whole package: its selections and the journal chains that carry them verbatim. */
export const SetupContents = z.object({
  selections: z.array(SetupSelection),
  /** Published rubric versions in the store, used or not: every one travels in the chains. */
  publishedRubrics: z.number().int(),
  chains: z.number().int(),
  entries: z.number().int(),
});
export type SetupContents = z.infer<typeof SetupContents>;
