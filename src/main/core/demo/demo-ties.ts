/**
 * The demo's deliberate cases for the results (domain.md §6.3): pairs of candidates in one
 * formasi with exactly the same final score, one pair for each link of the CPNS chain that can
 * decide, and one pair the whole chain leaves tied; and one candidate whose assessors disagree
 * by far more than the threshold.
 *
 * A pair has the same final when both give the same SKB: the same panel gives the second the
 * same sheets as the first, and the same SKB CAT. The pair decided by the SKD total is the one
 * exception: 99 SKD points less are worth exactly as much as 100 SKB CAT points more
 * (40 % × 99/550 = 60 % × 60 % × 100/500 = 7.2 points), so the finals are equal there too.
 *
 * The TWK link gets no pair of its own: once the total, TKP and TIU are equal, so is TWK.
 */
import type { Database } from 'better-sqlite3';
import type { DemoCandidate } from './demo-candidates';

/** The tie-break link that decides a demo pair; `shared` when none does. */
export type DemoTieLevel = 'skd_total' | 'skd_tkp' | 'skd_tiu' | 'ipk_ijazah' | 'oldest' | 'shared';

/** The formasi the pairs are in: the largest (15 candidates, quota 5). */
export const DEMO_TIE_FORMASI = 'PRW-06';

/** Each pair by the candidates' places in the formasi (nomor order); 3 and 10 are absent. */
export const DEMO_TIES: readonly { first: number; second: number; level: DemoTieLevel }[] = [
  { first: 0, second: 1, level: 'skd_total' },
  { first: 4, second: 5, level: 'skd_tkp' },
  { first: 6, second: 7, level: 'skd_tiu' },
  { first: 8, second: 9, level: 'ipk_ijazah' },
  { first: 11, second: 12, level: 'oldest' },
  { first: 13, second: 14, level: 'shared' },
];

/** The candidate whose assessors disagree: the second of GKS-01 (the first has the amendment). */
export const DEMO_DISAGREEMENT = { formasiCode: 'GKS-01', place: 1 } as const;

/** The SKB CAT the second of a pair gets more than the first (out of 500). */
export function catOffset(level: DemoTieLevel): number {
  return level === 'skd_total' ? 100 : 0;
}

type Skd = Pick<DemoCandidate, 'twk' | 'tiu' | 'tkp'>;

/** The SKD of both candidates of each pair, every sub-test above the 2024 pass marks. */
const PAIR_SKD: Record<DemoTieLevel, [Skd, Skd]> = {
  skd_total: [
    { twk: 130, tiu: 150, tkp: 200 },
    { twk: 95, tiu: 110, tkp: 176 },
  ],
  skd_tkp: [
    { twk: 100, tiu: 120, tkp: 190 },
    { twk: 105, tiu: 110, tkp: 195 },
  ],
  skd_tiu: [
    { twk: 100, tiu: 125, tkp: 185 },
    { twk: 95, tiu: 130, tkp: 185 },
  ],
  ipk_ijazah: [
    { twk: 110, tiu: 120, tkp: 180 },
    { twk: 110, tiu: 120, tkp: 180 },
  ],
  oldest: [
    { twk: 90, tiu: 135, tkp: 188 },
    { twk: 90, tiu: 135, tkp: 188 },
  ],
  shared: [
    { twk: 115, tiu: 100, tkp: 192 },
    { twk: 115, tiu: 100, tkp: 192 },
  ],
};

/** Sets the inputs of a pair so that only `level` tells them apart (none for `shared`). */
export function makeTiePair(first: DemoCandidate, second: DemoCandidate, level: DemoTieLevel) {
  const [a, b] = PAIR_SKD[level];
  Object.assign(first, a);
  Object.assign(second, b);
  if (level === 'ipk_ijazah') {
    first.ipk = first.ipk === null ? null : 3.4;
    first.nilaiIjazah = first.nilaiIjazah === null ? null : 84;
    second.ipk = first.ipk === null ? null : 3.65;
    second.nilaiIjazah = first.nilaiIjazah === null ? null : 88.5;
  } else {
    second.ipk = first.ipk;
    second.nilaiIjazah = first.nilaiIjazah;
  }
  if (level === 'oldest' || level === 'ipk_ijazah' || level === 'shared') {
    // Born a year apart for `oldest`; on the same day otherwise, so only the intended link decides.
    const year = Number(first.tanggalLahir.slice(0, 4)) + (level === 'oldest' ? 1 : 0);
    second.tanggalLahir = `${year}${first.tanggalLahir.slice(4)}`;
  }
}

/** The ties applied to the demo candidates of the tie formasi, in the order they were made. */
export function applyDemoTies(formasiCandidates: DemoCandidate[]): void {
  for (const { first, second, level } of DEMO_TIES) {
    const a = formasiCandidates[first];
    const b = formasiCandidates[second];
    if (a && b) makeTiePair(a, b, level);
  }
}

/** A pair as stored: candidate ids and nomor peserta. */
export interface StoredTiePair {
  first: { id: string; nomor: string };
  second: { id: string; nomor: string };
  level: DemoTieLevel;
}

/** The tie pairs of the demo selection as the store holds them (fewer with a small demo). */
export function storedTiePairs(db: Database, selectionId: string): StoredTiePair[] {
  const candidates = candidatesOf(db, selectionId, DEMO_TIE_FORMASI);
  return DEMO_TIES.flatMap(({ first, second, level }) => {
    const a = candidates[first];
    const b = candidates[second];
    return a && b ? [{ first: a, second: b, level }] : [];
  });
}

/** The id of the candidate the demo's assessors disagree on, or null in a small demo. */
export function storedDisagreement(db: Database, selectionId: string): string | null {
  const candidates = candidatesOf(db, selectionId, DEMO_DISAGREEMENT.formasiCode);
  return candidates[DEMO_DISAGREEMENT.place]?.id ?? null;
}

function candidatesOf(db: Database, selectionId: string, formasiCode: string) {
  return db
    .prepare(
      `SELECT c.id, c.nomor_peserta AS nomor FROM candidates c
       JOIN formasi f ON f.id = c.formasi_id
       WHERE c.selection_id = ? AND f.code = ? ORDER BY c.nomor_peserta`,
    )
    .all(selectionId, formasiCode) as { id: string; nomor: string }[];
}
