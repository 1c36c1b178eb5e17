/**
 * What the submit-kill child does, shared by the child (run with tsx) and the test that kills it:
 * the plan file it reads and the keystrokes it types for each sheet. Pure, so both sides compute
 * exactly the same drafts.
 */
import type { SheetEntry } from '../../../../src/shared/domain/sheet';

/** The plan file the parent writes and the child reads. */
export interface KillPlan {
  db: string;
  sessionId: string;
  candidateIds: string[];
  assessors: Array<{ id: string; pin: string }>;
}

/** One sheet to type: a candidate and an assessor, by position in the plan. */
export interface PlannedSheet {
  index: number;
  candidateId: string;
  assessorId: string;
  pin: string;
}

/** Every sheet of the plan in the order the child types them: candidate by candidate. */
export function plannedSheets(plan: KillPlan): PlannedSheet[] {
  return plan.candidateIds.flatMap((candidateId, c) =>
    plan.assessors.map(({ id, pin }, a) => ({
      index: c * plan.assessors.length + a,
      candidateId,
      assessorId: id,
      pin,
    })),
  );
}

const NOTES = ['Baik', 'Runtut', 'Ok', 'Jelas', 'Ragu'];

/**
 * The drafts of sheet `index`, one per keystroke, as the screen saves them: a level for A, a
 * level for B, a correction of A, then the sheet note typed letter by letter. Every draft differs
 * from the one before, so a stored draft tells exactly which keystroke it was; the last one is
 * complete and is what gets submitted.
 */
export function keystrokes(index: number): SheetEntry[] {
  const a = 1 + (index % 5);
  const b = 1 + ((index * 3 + 1) % 5);
  const corrected = a === 5 ? 4 : a + 1;
  const note = NOTES[index % NOTES.length] as string;
  const drafts: SheetEntry[] = [
    { levels: { A: a }, notes: {}, note: '' },
    { levels: { A: a, B: b }, notes: {}, note: '' },
    { levels: { A: corrected, B: b }, notes: {}, note: '' },
  ];
  for (let i = 1; i <= note.length; i += 1) {
    drafts.push({ levels: { A: corrected, B: b }, notes: {}, note: note.slice(0, i) });
  }
  return drafts;
}
