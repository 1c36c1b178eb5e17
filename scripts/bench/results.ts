/**
 * The results row of `npm run bench` (issue 5): computing the results of 200,000 candidates in
 * 20,000 formasi, with SKD and 3 rubric components of 2–3 sheets each (and a few amendments),
 * must take < 2 s. Pure compute on generated inputs: no database, the generation is not timed.
 */
import { seededRandom, type Random } from '../../src/main/core/demo/random';
import { presetPlan } from '../../src/shared/plan/presets';
import type { ScoringPlan } from '../../src/shared/plan/plan';
import { computeResults } from '../../src/shared/results/compute';
import {
  defaultResultsConfig,
  type ResultCandidate,
  type ResultSheet,
  type ResultsInput,
} from '../../src/shared/results/input';
import { scoreRubric } from '../../src/shared/rubric/score';
import type { RubricContent } from '../../src/shared/rubric/rubric';
import { evenWeights } from '../../src/shared/rubric/weights';
import { median, ms, timed, type BenchRow } from './stats';

/** The size of the measured selection. */
export interface ResultsSize {
  candidates: number;
  formasi: number;
}

/** The target of issue 5. */
export const FULL_RESULTS: ResultsSize = { candidates: 200_000, formasi: 20_000 };

const TARGET_MS = 2_000;
const RUBRIC_KEYS = ['wawancara', 'praktik', 'simulasi'] as const;

/** A CPNS plan: SKD 40 %; SKB 60 % = wawancara 30 + praktik 40 + simulasi 30, all on rubrics. */
function benchPlan(): ScoringPlan {
  const plan = presetPlan('cpns-pusat-2024');
  const rubric = (key: string, weight: number) => ({
    key,
    label: key,
    category: 'lainnya' as const,
    part: 'skb',
    weight,
    source: {
      type: 'rubric' as const,
      rubricVersionId: null,
      rubricHash: null,
      minAssessors: 2,
    },
    threshold: null,
  });
  plan.components = [
    plan.components[0]!,
    rubric('wawancara', 30),
    rubric('praktik', 40),
    rubric('simulasi', 30),
  ];
  return plan;
}

/** Three rubric shapes with awkward denominators: 9 aspects at 11.12/11.11 %, 8 × 1–4, 5 × 1–5. */
function benchRubrics(): Pick<RubricContent, 'aspects'>[] {
  const aspect = (code: string, weight: number, max: number) => ({
    code,
    title: code,
    description: '',
    indicators: [],
    weight,
    scale: { min: 1, max },
    levels: [],
    noteRequiredAtExtremes: false,
  });
  return [
    { aspects: evenWeights(9).map((w, i) => aspect(`M${i}`, w, 5)) },
    { aspects: evenWeights(8).map((w, i) => aspect(`P${i}`, w, 4)) },
    { aspects: evenWeights(5).map((w, i) => aspect(`S${i}`, w, 5)) },
  ];
}

function sheetTotal(random: Random, rubric: Pick<RubricContent, 'aspects'>) {
  const levels = Object.fromEntries(
    rubric.aspects.map((a) => [a.code, random.int(a.scale.min, a.scale.max)]),
  );
  const score = scoreRubric(rubric, levels).score!;
  return { numerator: score.numerator, denominator: score.denominator };
}

/** A deterministic selection of `size`, every candidate present with SKD and complete sheets. */
export function generateResultsInput(size: ResultsSize, seed = 5): ResultsInput {
  const random = seededRandom(seed);
  const rubrics = benchRubrics();
  const plan = benchPlan();
  const formasi = Array.from({ length: size.formasi }, (_, f) => ({
    id: `f-${f}`,
    code: `F${String(f).padStart(5, '0')}`,
    quota: random.int(1, 3),
    plan,
  }));
  const assessors = Array.from({ length: 60 }, (_, i) => `a-${String(i).padStart(2, '0')}`);
  const candidates: ResultCandidate[] = [];
  let sheetCount = 0;
  for (let c = 0; c < size.candidates; c++) {
    const sheets: ResultSheet[] = [];
    RUBRIC_KEYS.forEach((componentKey, r) => {
      const panel = random.int(2, 3);
      const first = random.int(0, assessors.length - panel);
      for (let a = 0; a < panel; a++) {
        const sheet: ResultSheet = {
          id: `s-${sheetCount++}`,
          componentKey,
          assessorId: assessors[first + a]!,
          version: 1,
          supersedes: null,
          total: sheetTotal(random, rubrics[r]!),
          submittedAt: '2025-01-10T09:00:00.000Z',
        };
        sheets.push(sheet);
        if (random.next() < 0.05) {
          sheets.push({
            ...sheet,
            id: `s-${sheetCount++}`,
            version: 2,
            supersedes: sheet.id,
            total: sheetTotal(random, rubrics[r]!),
            submittedAt: '2025-01-10T11:00:00.000Z',
          });
        }
      }
    });
    candidates.push({
      id: `c-${c}`,
      nomorPeserta: String(24_000_000_000 + c),
      nama: `Peserta ${c}`,
      formasiId: `f-${c % size.formasi}`,
      tanggalLahir: `19${random.int(85, 99)}-0${random.int(1, 9)}-1${random.int(0, 9)}`,
      ipk: random.int(250, 400) / 100,
      nilaiIjazah: null,
      skd: { twk: random.int(65, 150), tiu: random.int(80, 175), tkp: random.int(166, 225) },
      external: {},
      attendance: 'hadir',
      sheets,
    });
  }
  return { config: defaultResultsConfig(), formasi, candidates };
}

/** Generates the selection and measures `computeResults` on it `runs` times. */
export function resultsRows(runs: number, size: ResultsSize = FULL_RESULTS): BenchRow[] {
  const input = generateResultsInput(size);
  const sheets = input.candidates.reduce((n, c) => n + c.sheets.length, 0);
  const samples = Array.from({ length: runs }, () => timed(() => computeResults(input)));
  const value = median(samples);
  return [
    [
      `results: ${size.candidates.toLocaleString('en')} candidates, ${size.formasi.toLocaleString('en')} formasi, ${sheets.toLocaleString('en')} sheet versions`,
      ms(value),
      `< ${TARGET_MS} ms`,
      value < TARGET_MS ? 'PASS' : 'FAIL',
    ],
  ];
}
