/**
 * What results are computed from (docs/results-computation.md): the selection's results
 * configuration, each formasi with its quota and scoring plan, and each candidate with the raw
 * inputs the plan reads. The schemas are for the boundaries (a results export, the CLI, a
 * central office recomputing); `computeResults` trusts a value of these types and does not parse.
 */
import { z } from 'zod';
import { CandidateFields, IsoDate, SkdScores } from '../domain/candidate';
import { Id } from '../domain/selection';
import { ExactTotal } from '../domain/sheet';
import { PlanKey, ScoringPlan } from '../plan/plan';

/** Assessors further apart than this on 0–100 get a disagreement flag (domain.md §4.3 B). */
export const DEFAULT_DISAGREEMENT_THRESHOLD = 20;

const Label = z.string().trim().min(1).max(20);

/**
 * The announcement codes, configurable because they change between years and tracks (P/L for
 * CPNS, L for PPPK). Defaults: the CPNS integration codes of domain.md §1.3.
 */
export const StatusLabels = z.strictObject({
  lulus: Label.default('P/L'),
  tidak_lulus: Label.default('P/TL'),
  tidak_hadir: Label.default('P/TH'),
  APS: Label.default('APS'),
  DIS: Label.default('DIS'),
  TMS: Label.default('TMS-1'),
});
export type StatusLabels = z.infer<typeof StatusLabels>;

/** The selection's results configuration; everything else comes from each formasi's plan. */
export const ResultsConfig = z.strictObject({
  disagreementThreshold: z.number().min(0).max(100).default(DEFAULT_DISAGREEMENT_THRESHOLD),
  statusLabels: StatusLabels.prefault({}),
});
export type ResultsConfig = z.infer<typeof ResultsConfig>;

/** The defaults: a 20-point disagreement threshold and the CPNS codes. */
export function defaultResultsConfig(): ResultsConfig {
  return ResultsConfig.parse({});
}

/**
 * Where a candidate stands for the results: present (hadir), absent from a required stage (TH),
 * withdrew (APS) or disqualified (DIS). The caller derives it from attendance and the
 * selection-wide status.
 */
export const ResultAttendance = z.enum(['hadir', 'TH', 'APS', 'DIS']);
export type ResultAttendance = z.infer<typeof ResultAttendance>;

/** PPPK CAT sub-scores (KepmenPANRB 347/2024 maxima): teknis, manajerial + sosial kultural, wawancara. */
export const CatPppkScores = z.strictObject({
  teknis: z.number().int().min(0).max(450),
  manajerialSosialKultural: z.number().int().min(0).max(180),
  wawancara: z.number().int().min(0).max(40),
});
export type CatPppkScores = z.infer<typeof CatPppkScores>;

/** An imported score (`external_score`, raw, before ÷ maxScore) or a result MS / TMS. */
export const ExternalValue = z.union([
  z.number().nonnegative().max(100_000),
  z.enum(['MS', 'TMS']),
]);
export type ExternalValue = z.infer<typeof ExternalValue>;

/** One submitted version of a sheet, as much of it as the results need. */
export const ResultSheet = z
  .strictObject({
    id: Id,
    componentKey: PlanKey,
    assessorId: Id,
    version: z.number().int().positive(),
    /** The version this one replaces (an amendment), or null for a first version. */
    supersedes: Id.nullable(),
    /** The exact 0–100 total as signed. */
    total: ExactTotal,
    submittedAt: z.iso.datetime(),
  })
  .refine((s) => s.total.numerator <= 100 * s.total.denominator, {
    message: 'a sheet total is at most 100',
    path: ['total'],
  });
export type ResultSheet = z.infer<typeof ResultSheet>;

/** One candidate and every input the plan of their formasi may read. */
export const ResultCandidate = z.strictObject({
  id: Id,
  nomorPeserta: CandidateFields.shape.nomorPeserta,
  nama: CandidateFields.shape.nama,
  formasiId: Id,
  tanggalLahir: IsoDate,
  ipk: CandidateFields.shape.ipk,
  nilaiIjazah: CandidateFields.shape.nilaiIjazah,
  skd: SkdScores.nullable(),
  catPppk: CatPppkScores.nullable().optional(),
  /** Imported scores and MS/TMS results by component key. */
  external: z.record(PlanKey, ExternalValue),
  attendance: ResultAttendance,
  /** Every submitted version of every sheet on this candidate, amendments included. */
  sheets: z.array(ResultSheet),
});
export type ResultCandidate = z.infer<typeof ResultCandidate>;

/** A formasi: its code (the sort key of every listing), quota and scoring plan. */
export const ResultFormasi = z.strictObject({
  id: Id,
  code: z.string().min(1).max(50),
  quota: z.number().int().min(1).max(100_000),
  plan: ScoringPlan,
});
export type ResultFormasi = z.infer<typeof ResultFormasi>;

/** Everything one computation of the results reads. */
export const ResultsInput = z.strictObject({
  config: ResultsConfig,
  formasi: z.array(ResultFormasi),
  candidates: z.array(ResultCandidate),
});
export type ResultsInput = z.infer<typeof ResultsInput>;
