/** Plausible demo scores: assessors agree roughly on a candidate, with their own spread. */
import type { SheetEntry } from '../../../shared/domain/sheet';
import type { RubricContent } from '../../../shared/rubric/rubric';
import { noteRequired } from '../../../shared/rubric/score';
import type { Random } from './random';

const LOW_NOTES = [
  'Belum dapat memberi contoh dari pengalaman sendiri.',
  'Jawaban tidak menjawab pertanyaan; perlu banyak arahan.',
  'Ragu-ragu dan tidak runtut.',
];
const HIGH_NOTES = [
  'Memberi contoh konkret dan terukur dari pekerjaan sebelumnya.',
  'Sangat runtut; mengaitkan jawaban dengan tugas jabatan.',
  'Menunjukkan inisiatif yang jelas dan dampaknya.',
];
const SHEET_NOTES = [
  'Peserta tenang dan menguasai materi.',
  'Perlu pendalaman pada aspek kerja sama.',
  'Jawaban cenderung normatif.',
];

/** A candidate's ability on a 0–1 scale, drawn once per candidate and component. */
export function demoAbility(random: Random): number {
  return random.normal(0.6, 0.18, 0.05, 0.98);
}

/** One assessor's complete entry for a candidate of `ability`, with the notes the rubric asks. */
export function demoEntry(
  rubric: Pick<RubricContent, 'aspects'>,
  ability: number,
  random: Random,
): SheetEntry {
  const levels: Record<string, number> = {};
  const notes: Record<string, string> = {};
  for (const aspect of rubric.aspects) {
    const { min, max } = aspect.scale;
    const level = Math.round(min + (max - min) * random.normal(ability, 0.12, 0, 1));
    levels[aspect.code] = level;
    if (noteRequired(aspect, level)) {
      notes[aspect.code] = random.pick(level === min ? LOW_NOTES : HIGH_NOTES);
    }
  }
  return { levels, notes, note: random.next() < 0.3 ? random.pick(SHEET_NOTES) : '' };
}

/** The entry with one aspect moved by one level (an amendment), keeping required notes. */
export function amendedEntry(
  rubric: Pick<RubricContent, 'aspects'>,
  entry: SheetEntry,
): { entry: SheetEntry; aspect: string } {
  const aspect = rubric.aspects[0]!;
  const old = entry.levels[aspect.code] as number;
  const level = old < aspect.scale.max ? old + 1 : old - 1;
  const notes = { ...entry.notes };
  if (noteRequired(aspect, level)) {
    notes[aspect.code] = level === aspect.scale.min ? LOW_NOTES[0]! : HIGH_NOTES[0]!;
  }
  return {
    entry: { ...entry, levels: { ...entry.levels, [aspect.code]: level }, notes },
    aspect: aspect.code,
  };
}
