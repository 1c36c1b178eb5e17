/** Two operators' transcriptions of the paper sheets of the scoring-session fixture. */
import type { Store } from '../../../../src/main/core/store/open-store';
import type { PaperFileInput } from '../../../../src/main/core/paper/import-paper';
import { PIN_PENGUJI_2, COMPONENT } from '../sessions/fixtures';
import { scoringSession } from '../scoring/fixtures';

/** One paper sheet as an operator types it: key columns, then any value column. */
export type PaperLine = Record<string, string>;

/** The headings of the fixture files (rubric aspects A and B). */
export const HEADINGS = [
  'nomor_peserta',
  'komponen',
  'nip_penguji',
  'A',
  'B',
  'catatan_A',
  'catatan_B',
  'catatan',
];

/** A CSV of `lines` under `headings`, as Excel writes it (CRLF, quotes only where needed). */
export function paperCsv(
  lines: readonly PaperLine[],
  headings = HEADINGS,
  delimiter = ',',
): string {
  const quote = (value: string) =>
    /[",;\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  return [headings, ...lines.map((line) => headings.map((h) => line[h] ?? ''))]
    .map((cells) => cells.map(quote).join(delimiter))
    .join('\r\n');
}

/** A file input holding `text`. */
export function paperFile(fileName: string, text: string): PaperFileInput {
  return { fileName, bytes: new TextEncoder().encode(text) };
}

/** The nomor peserta of a candidate. */
export function nomorOf(store: Store, candidateId: string): string {
  return store.db
    .prepare('SELECT nomor_peserta FROM candidates WHERE id = ?')
    .pluck()
    .get(candidateId) as string;
}

/**
 * The scoring session with six paper sheets (three candidates × the two penguji) as operator A
 * (the chair) typed them; operator B (the second penguji) verifies with their PIN.
 */
export async function paperDay() {
  const day = await scoringSession();
  const { store, scheduled, penguji, penguji2, ketua } = day;
  const lines: PaperLine[] = scheduled.flatMap((candidateId, i) =>
    [penguji, penguji2].map((assessor, j) => ({
      nomor_peserta: nomorOf(store, candidateId),
      komponen: COMPONENT,
      nip_penguji: assessor.id,
      A: String(2 + ((i + j) % 3)),
      B: String(4 - j),
      catatan_A: i === 0 ? 'Jawaban runtut, contoh konkret' : '',
      catatan_B: '',
      catatan: j === 0 ? `Lembar kertas ${i + 1}` : '',
    })),
  );
  const request = (fileA: PaperFileInput, fileB: PaperFileInput) => ({
    fileA,
    fileB,
    operatorAId: ketua.id,
    operatorBId: penguji2.id,
  });
  return { ...day, lines, request, operatorA: ketua, operatorB: penguji2, pinB: PIN_PENGUJI_2 };
}

/** How many score sheets the store holds. */
export function sheetCount(store: Store): number {
  return store.db.prepare('SELECT count(*) FROM score_sheets').pluck().get() as number;
}
