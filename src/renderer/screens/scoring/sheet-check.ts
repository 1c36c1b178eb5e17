/** What still stands between an entered sheet and its submission, in the rubric's order. */
import type { SheetEntry } from '../../../shared/domain/sheet';
import type { RubricDraftContent } from '../../../shared/rubric/rubric';
import { isLevelOf, noteRequired } from '../../../shared/rubric/score';

/** Aspects without a level, and aspects whose level requires a note that is still empty. */
export interface SheetCheck {
  missing: string[];
  notesMissing: string[];
  complete: boolean;
}

/** Checks `entry` against the rubric as the main process will on submit. */
export function checkSheet(
  content: Pick<RubricDraftContent, 'aspects'>,
  entry: SheetEntry,
): SheetCheck {
  const missing: string[] = [];
  const notesMissing: string[] = [];
  for (const aspect of content.aspects) {
    const level = entry.levels[aspect.code];
    if (level === undefined || !isLevelOf(aspect, level)) missing.push(aspect.code);
    else if (noteRequired(aspect, level) && (entry.notes[aspect.code] ?? '').trim() === '')
      notesMissing.push(aspect.code);
  }
  return { missing, notesMissing, complete: missing.length === 0 && notesMissing.length === 0 };
}

/** The entry without cleared levels, as the contract takes it. */
export function entryFromValues(
  levels: Readonly<Record<string, number | undefined>>,
  notes: Readonly<Record<string, string>>,
  note: string,
): SheetEntry {
  const kept: Record<string, number> = {};
  for (const [code, level] of Object.entries(levels)) if (level !== undefined) kept[code] = level;
  return { levels: kept, notes: { ...notes }, note };
}
