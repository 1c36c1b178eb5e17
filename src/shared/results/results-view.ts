/**
 * The JSON-safe view of a selection's results that crosses `results:compute` to the results
 * screen: every exact Rational becomes {exact: "n/d", display: "72.291"} (round.ts), every
 * label is already resolved, and each counted sheet carries the versions it replaced.
 */
import { z } from 'zod';
import { TieBreak } from '../plan/plan';
import type { ResultsInput, ResultSheet } from './input';
import type { RESULT_STATUSES, ResultsOutput } from './output';
import { raterCalibration } from './rater-calibration';
import { rational, type Rational } from './rational';
import { exactText, roundForDisplay } from './round';
import { linkValueText, resolveChain } from './tie-break';

/** An exact score and its display text. */
export const ScoreView = z.object({ exact: z.string(), display: z.string() });
export type ScoreView = z.infer<typeof ScoreView>;

/** One submitted version of a sheet. */
export const SheetVersionView = z.object({
  sheetId: z.string(),
  version: z.number().int().positive(),
  total: z.string(),
  submittedAt: z.string(),
});
export type SheetVersionView = z.infer<typeof SheetVersionView>;

/** A counted sheet: who, which version, its total, and every version it replaced, oldest first. */
export const ResultSheetView = z.object({
  sheetId: z.string(),
  assessorId: z.string(),
  assessorNama: z.string().nullable(),
  version: z.number().int().positive(),
  total: z.string(),
  history: z.array(SheetVersionView),
});
export type ResultSheetView = z.infer<typeof ResultSheetView>;

/** One component of one candidate. */
export const ComponentView = z.object({
  key: z.string(),
  label: z.string(),
  score: ScoreView.nullable(),
  problem: z.enum(['missing', 'tooFewSheets', 'invalid']).nullable(),
  spread: z.string().nullable(),
  disagreement: z.boolean(),
  sheets: z.array(ResultSheetView),
});
export type ComponentView = z.infer<typeof ComponentView>;

const Status = z.enum([
  'lulus',
  'tidak_lulus',
  'seri_kuota',
  'belum_lengkap',
  'TMS',
  'tidak_hadir',
  'APS',
  'DIS',
]) satisfies z.ZodType<(typeof RESULT_STATUSES)[number]>;
const Flag = z.enum(['incomplete', 'disagreement', 'tie', 'threshold', 'gate', 'quotaTie']);

/** One candidate of a ranking. */
export const CandidateView = z.object({
  candidateId: z.string(),
  nomorPeserta: z.string(),
  nama: z.string(),
  rank: z.number().int().positive().nullable(),
  tied: z.boolean(),
  status: Status,
  statusLabel: z.string().nullable(),
  flags: z.array(Flag),
  final: ScoreView.nullable(),
  /** The tie-break link that set the candidate apart from an equal final, or null. */
  decidedBy: TieBreak.nullable(),
  /** What each link of the formasi's chain reads of the candidate, in chain order. */
  tieBreaks: z.array(z.object({ link: TieBreak, value: z.string().nullable() })),
  components: z.array(ComponentView),
});
export type CandidateView = z.infer<typeof CandidateView>;

/** One formasi's ranking. */
export const FormasiResultView = z.object({
  formasiId: z.string(),
  code: z.string(),
  jabatan: z.string().optional(),
  quota: z.number().int(),
  provisional: z.boolean(),
  needsDecision: z.boolean(),
  counts: z.record(z.string(), z.number().int()),
  candidates: z.array(CandidateView),
});
export type FormasiResultView = z.infer<typeof FormasiResultView>;

/** One assessor's calibration against the panel mean. */
export const CalibrationView = z.object({
  assessorId: z.string(),
  assessorNama: z.string().nullable(),
  candidates: z.number().int(),
  sheets: z.number().int(),
  meanDeviation: ScoreView,
  /** Display text of the standard deviation. */
  spread: z.string(),
  /** Floats for the chart only. */
  meanDeviationValue: z.number(),
  spreadValue: z.number(),
});
export type CalibrationView = z.infer<typeof CalibrationView>;

/** What `results:compute` returns. */
export const ResultsView = z.object({
  algorithmVersion: z.string(),
  formasi: z.array(FormasiResultView),
  calibration: z.array(CalibrationView),
});
export type ResultsView = z.infer<typeof ResultsView>;

/** Names the store knows and the computation does not: jabatan per formasi, assessor names. */
export interface ResultsViewNames {
  jabatan?: Readonly<Record<string, string>>;
  assessors?: Readonly<Record<string, string>>;
}

function score(value: Rational): ScoreView {
  return { exact: exactText(value), display: roundForDisplay(value) };
}

function totalText(sheet: ResultSheet): string {
  return roundForDisplay(rational(sheet.total.numerator, sheet.total.denominator));
}

/** The versions `sheet` replaced, oldest first, following `supersedes` through `all`. */
function historyOf(sheet: ResultSheet, all: ReadonlyMap<string, ResultSheet>): SheetVersionView[] {
  const chain: SheetVersionView[] = [];
  const seen = new Set<string>([sheet.id]);
  let previous = sheet.supersedes === null ? undefined : all.get(sheet.supersedes);
  while (previous !== undefined && !seen.has(previous.id)) {
    seen.add(previous.id);
    chain.unshift({
      sheetId: previous.id,
      version: previous.version,
      total: totalText(previous),
      submittedAt: previous.submittedAt,
    });
    previous = previous.supersedes === null ? undefined : all.get(previous.supersedes);
  }
  return chain;
}

/** The JSON-safe view of `output`, computed from `input`, with the store's names. */
export function toResultsView(
  output: ResultsOutput,
  input: ResultsInput,
  names: ResultsViewNames = {},
): ResultsView {
  const assessorName = (id: string) => names.assessors?.[id] ?? null;
  const sheetsById = new Map<string, ResultSheet>();
  for (const c of input.candidates) for (const s of c.sheets) sheetsById.set(s.id, s);
  const labels = new Map<string, Map<string, string>>(
    input.formasi.map((f) => [f.id, new Map(f.plan.components.map((c) => [c.key, c.label]))]),
  );
  const chains = new Map(
    input.formasi.map((f) => [f.id, resolveChain(f.plan.tieBreak, f.plan.components)]),
  );
  const formasi = output.formasi.map((f): FormasiResultView => {
    const chain = chains.get(f.formasiId) ?? [];
    const componentLabel = (key: string) => labels.get(f.formasiId)?.get(key) ?? key;
    const jabatan = names.jabatan?.[f.formasiId];
    return {
      formasiId: f.formasiId,
      code: f.code,
      ...(jabatan === undefined ? {} : { jabatan }),
      quota: f.quota,
      provisional: f.provisional,
      needsDecision: f.needsDecision,
      counts: { ...f.counts },
      candidates: f.candidates.map((c) => ({
        candidateId: c.candidate.id,
        nomorPeserta: c.candidate.nomorPeserta,
        nama: c.candidate.nama,
        rank: c.rank,
        tied: c.tied,
        status: c.status,
        statusLabel: c.statusLabel,
        flags: [...c.flags],
        final: c.final === null ? null : score(c.final),
        decidedBy: c.decidedBy,
        tieBreaks: chain.map((link) => ({ link: link.link, value: linkValueText(c, link) })),
        components: c.components.map((k) => ({
          key: k.key,
          label: componentLabel(k.key),
          score: k.score === null ? null : score(k.score),
          problem: k.problem,
          spread: k.spread === null ? null : roundForDisplay(k.spread),
          disagreement: k.disagreement,
          sheets: k.sheets.map((s) => ({
            sheetId: s.id,
            assessorId: s.assessorId,
            assessorNama: assessorName(s.assessorId),
            version: s.version,
            total: totalText(s),
            history: historyOf(s, sheetsById),
          })),
        })),
      })),
    };
  });
  const calibration = raterCalibration(input, output).map((r): CalibrationView => ({
    assessorId: r.assessorId,
    assessorNama: assessorName(r.assessorId),
    candidates: r.candidates,
    sheets: r.sheets,
    meanDeviation: score(r.meanDeviation),
    spread: r.spread.toFixed(3),
    meanDeviationValue: Number(roundForDisplay(r.meanDeviation)),
    spreadValue: r.spread,
  }));
  return { algorithmVersion: output.algorithmVersion, formasi, calibration };
}
