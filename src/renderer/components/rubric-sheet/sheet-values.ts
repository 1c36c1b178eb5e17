/**
 * What an assessor has entered on a rubric sheet (a level and a note per aspect code), and the
 * score it gives so far. Shared by the preview and the score-entry screen.
 */
import type { Aspect, RubricDraftContent } from '../../../shared/rubric/rubric';
import { isLevelOf, scoreRubric } from '../../../shared/rubric/score';

/** Levels and notes by aspect code. */
export interface SheetValues {
  levels: Readonly<Record<string, number | undefined>>;
  notes: Readonly<Record<string, string>>;
}

/** A sheet with nothing entered. */
export const EMPTY_SHEET: SheetValues = { levels: {}, notes: {} };

/** The aspect fields a sheet reads; a draft's aspects may still be unfinished. */
export type SheetAspect = Pick<
  Aspect,
  | 'code'
  | 'title'
  | 'description'
  | 'indicators'
  | 'weight'
  | 'scale'
  | 'levels'
  | 'noteRequiredAtExtremes'
>;

/** How far a sheet is filled in, and its 0–100 score once every aspect has a level. */
export interface SheetProgress {
  filled: number;
  total: number;
  score: number | null;
}

/** The progress of `values` on `content`; an unfinished draft simply has no score yet. */
export function sheetProgress(
  content: Pick<RubricDraftContent, 'aspects'>,
  levels: SheetValues['levels'],
): SheetProgress {
  const filled = content.aspects.filter((aspect) => {
    const level = levels[aspect.code];
    return level !== undefined && isLevelOf(aspect, level);
  }).length;
  let score: number | null = null;
  try {
    const value = scoreRubric(content, levels).score?.value;
    score = value !== undefined && Number.isFinite(value) ? value : null;
  } catch {
    // A draft weight with more than two decimals cannot be scored; the editor says why.
    score = null;
  }
  return { filled, total: content.aspects.length, score };
}

/** The level a digit key chooses on `aspect`, or null; "0" stands for 10 on a scale without 0. */
export function levelForDigit(aspect: Pick<Aspect, 'scale'>, digit: number): number | null {
  if (isLevelOf(aspect, digit)) return digit;
  if (digit === 0 && isLevelOf(aspect, 10)) return 10;
  return null;
}
