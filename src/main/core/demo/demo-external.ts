/**
 * The demo's external scores: for every candidate whose formasi plan has a component scored
 * outside Panitia, a realistic result (SKB CAT 200–450 of 500; CAT PPPK sub-scores in the ranges
 * of domain.md §1.4 and §6.2; MS for most at a gate), drawn from the demo's seeded random and
 * imported from a generated CSV through the same path as a real file.
 */
import type { Database } from 'better-sqlite3';
import {
  CAT_PPPK_PART_MAX,
  type ExternalScoresReport,
} from '../../../shared/domain/external-score';
import type { ComponentSource } from '../../../shared/plan/plan';
import { importExternalScores } from '../external/import-external';
import { findPlan } from '../plans/queries';
import { catOffset, storedTiePairs } from './demo-ties';
import type { Store } from '../store/open-store';
import type { Random } from './random';

const HEADING = [
  'nomor_peserta',
  'komponen',
  'nilai',
  'teknis',
  'manajerial_sk',
  'wawancara',
  'hasil',
];
// One in twenty fails a gate (TMS), as a disqualifying psikotes does now and then.
const TMS_SHARE = 0.05;

/** The cells after nomor_peserta and komponen for one candidate and one external source. */
function valueCells(source: ComponentSource, random: Random): string[] | null {
  switch (source.type) {
    case 'external_score': {
      // An SKB CAT of 100 items at 5 points: a multiple of 5, 40–90 % of the maximum (200–450 of 500).
      const max = source.maxScore;
      const raw = random.normal(0.65 * max, 0.12 * max, 0.4 * max, 0.9 * max);
      const score = max % 5 === 0 && max >= 100 ? Math.round(raw / 5) * 5 : Math.round(raw);
      return [String(score), '', '', '', ''];
    }
    case 'cat_pppk': {
      // Teknis: 90 items at up to 5 points; manajerial + sosial kultural 45 items at 1–4; wawancara 10 at 1–4.
      const teknis = Math.round(random.normal(310, 50, 200, CAT_PPPK_PART_MAX.teknis - 10));
      const manajerialSk = Math.round(
        random.normal(135, 15, 100, CAT_PPPK_PART_MAX.manajerialSk - 2),
      );
      const wawancara = Math.round(random.normal(30, 4, 18, CAT_PPPK_PART_MAX.wawancara));
      return ['', String(teknis), String(manajerialSk), String(wawancara), ''];
    }
    case 'external_ms_tms':
      return ['', '', '', '', random.next() < TMS_SHARE ? 'TMS' : 'MS'];
    default:
      return null;
  }
}

/** The CSV of every demo candidate's external scores, in nomor peserta order; null when none. */
export function demoExternalCsv(db: Database, selectionId: string, random: Random): string | null {
  const candidates = db
    .prepare(
      `SELECT nomor_peserta AS nomor, formasi_id AS formasiId FROM candidates
       WHERE selection_id = ? ORDER BY nomor_peserta`,
    )
    .all(selectionId) as Array<{ nomor: string; formasiId: string }>;
  const plans = new Map<string, ReturnType<typeof findPlan>>();
  // The second of a tie pair gets the first's SKB CAT (plus the offset that keeps finals equal).
  const pairOf = new Map(storedTiePairs(db, selectionId).map((p) => [p.second.nomor, p]));
  const firstOffset = new Set(
    storedTiePairs(db, selectionId)
      .filter((p) => catOffset(p.level) > 0)
      .map((p) => p.first.nomor),
  );
  const written = new Map<string, string[]>();
  const lines: string[] = [];
  for (const { nomor, formasiId } of candidates) {
    if (!plans.has(formasiId)) plans.set(formasiId, findPlan(db, formasiId));
    for (const component of plans.get(formasiId)?.plan.components ?? []) {
      const pair = pairOf.get(nomor);
      const first = pair && written.get(`${pair.first.nomor} ${component.key}`);
      const cells =
        pair && first && component.source.type === 'external_score'
          ? [String(Number(first[0]) + catOffset(pair.level)), ...first.slice(1)]
          : valueCells(component.source, random);
      if (!cells) continue;
      // The first of the SKD-total pair scores 300, so the second's 400 stays within 500.
      if (firstOffset.has(nomor) && component.source.type === 'external_score') cells[0] = '300';
      written.set(`${nomor} ${component.key}`, cells);
      lines.push([nomor, component.key, ...cells].join(','));
    }
  }
  return lines.length === 0 ? null : [HEADING.join(','), ...lines].join('\r\n') + '\r\n';
}

/** Imports the demo's external scores; null when no demo plan has an external component. */
export async function importDemoExternalScores(
  store: Store,
  selectionId: string,
  seed: number,
  random: Random,
): Promise<ExternalScoresReport | null> {
  const text = demoExternalCsv(store.db, selectionId, random);
  if (text === null) return null;
  return importExternalScores(store, {
    selectionId,
    fileName: `demo-seed-${seed}-nilai-luar.csv`,
    bytes: new TextEncoder().encode(text),
  });
}
