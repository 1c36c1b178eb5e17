/**
 * Turns what an assessor entered into the scores a sheet signs: every aspect of the rubric in
 * rubric order, each with a valid level and the notes the rubric requires, and the exact total.
 * The command and the applier both call it, so a replayed or merged sheet obeys the same rules.
 */
import type { SheetEntry, SheetScore } from '../../../shared/domain/sheet';
import { AppError } from '../../../shared/errors';
import type { RubricContent } from '../../../shared/rubric/rubric';
import { noteRequired, scoreRubric } from '../../../shared/rubric/score';

/** The scores and exact total of a complete entry. */
export interface ScoredEntry {
  scores: SheetScore[];
  total: { numerator: number; denominator: number };
}

/**
 * Scores `entry` on `rubric`; refuses an aspect without a level (`sheet.incomplete`), a level
 * outside the scale (`sheet.invalidLevel`), a missing required note (`sheet.noteRequired`), or
 * an aspect code the rubric does not have (`sheet.unknownAspect`).
 */
export function scoreEntry(rubric: Pick<RubricContent, 'aspects'>, entry: SheetEntry): ScoredEntry {
  const known = new Set(rubric.aspects.map((aspect) => aspect.code));
  const unknown = Object.keys(entry.levels).filter((code) => !known.has(code));
  if (unknown.length > 0)
    throw new AppError('sheet.unknownAspect', { aspects: unknown.join(', ') });
  const result = scoreRubric(rubric, entry.levels);
  if (result.missing.length > 0) {
    throw new AppError('sheet.incomplete', {
      count: result.missing.length,
      aspects: result.missing.join(', '),
    });
  }
  if (result.invalid.length > 0) {
    throw new AppError('sheet.invalidLevel', { aspects: result.invalid.join(', ') });
  }
  const scores = rubric.aspects.map((aspect) => ({
    aspect: aspect.code,
    level: entry.levels[aspect.code] as number,
    note: (entry.notes[aspect.code] ?? '').trim(),
  }));
  const unexplained = rubric.aspects
    .filter((aspect, i) => noteRequired(aspect, scores[i]!.level) && scores[i]!.note === '')
    .map((aspect) => aspect.code);
  if (unexplained.length > 0) {
    throw new AppError('sheet.noteRequired', { aspects: unexplained.join(', ') });
  }
  const { numerator, denominator } = result.score!;
  return { scores, total: { numerator, denominator } };
}

/** The entry a set of signed scores came from (to re-check a sheet read from the journal). */
export function entryOf(scores: readonly SheetScore[], note: string): SheetEntry {
  return {
    levels: Object.fromEntries(scores.map((s) => [s.aspect, s.level])),
    notes: Object.fromEntries(scores.map((s) => [s.aspect, s.note])),
    note,
  };
}
