/** Small builders for results inputs: candidates, sheets, formasi and plans, with readable ids. */
import { presetPlan } from '../../src/shared/plan/presets';
import type { PlanComponent, ScoringPlan } from '../../src/shared/plan/plan';
import {
  defaultResultsConfig,
  type ResultCandidate,
  type ResultFormasi,
  type ResultSheet,
  type ResultsInput,
} from '../../src/shared/results/input';

/** A valid UUID v4 whose last digits are `n`, so ids sort as their numbers do. */
export function uuid(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

let nextId = 1;
/** A fresh id for a sheet. */
export function freshId(): string {
  nextId += 1;
  return uuid(1_000_000 + nextId);
}

/** A rubric component of `part` with `weight` %, `minAssessors` 2 unless given. */
export function rubric(
  key: string,
  part: string,
  weight: number,
  extra: Partial<Pick<PlanComponent, 'threshold'>> & { minAssessors?: number } = {},
): PlanComponent {
  return {
    key,
    label: key,
    category: key === 'wawancara' ? 'wawancara' : 'lainnya',
    part,
    weight,
    source: {
      type: 'rubric',
      rubricVersionId: uuid(900),
      rubricHash: 'a'.repeat(64),
      minAssessors: extra.minAssessors ?? 2,
    },
    threshold: extra.threshold ?? null,
  };
}

/**
 * CPNS (domain.md §1.2): SKD 40 % (÷ 550); SKB 60 % = SKB CAT (÷ 500) 60 % + a rubric
 * component `simulasi` 40 %; the CPNS tie-break chain.
 */
export function cpnsPlan(): ScoringPlan {
  const plan = presetPlan('cpns-daerah-2024');
  plan.components = [
    plan.components[0]!,
    { ...plan.components[1]!, weight: 60 },
    rubric('simulasi', 'skb', 40),
  ];
  return plan;
}

/** PPPK with SKTT (domain.md §1.4): CAT 50 %, wawancara 20 %, praktik 30 %; the PPPK chain. */
export function pppkPlan(): ScoringPlan {
  const plan = presetPlan('pppk-sktt');
  plan.components = plan.components.map((c) =>
    c.source.type === 'rubric' ? rubric(c.key, c.part, c.weight) : c,
  );
  return plan;
}

/** A formasi with `plan` and `quota`. */
export function formasi(n: number, plan: ScoringPlan, quota = 1, code?: string): ResultFormasi {
  return { id: uuid(n), code: code ?? `F-${String(n).padStart(3, '0')}`, quota, plan };
}

/** A candidate of formasi 1 unless told, present, born 1990-01-01, with IPK 3.50. */
export function candidate(n: number, fields: Partial<ResultCandidate> = {}): ResultCandidate {
  return {
    id: uuid(10_000 + n),
    nomorPeserta: `2433${String(n).padStart(6, '0')}`,
    nama: `Peserta ${n}`,
    formasiId: uuid(1),
    tanggalLahir: '1990-01-01',
    ipk: 3.5,
    nilaiIjazah: null,
    skd: null,
    external: {},
    attendance: 'hadir',
    sheets: [],
    ...fields,
  };
}

/** A first-version sheet of `componentKey` by assessor `a` with total numerator/denominator. */
export function sheet(
  componentKey: string,
  a: number,
  numerator: number,
  denominator = 1,
  lineage: { version?: number; supersedes?: string | null; id?: string } = {},
): ResultSheet {
  return {
    id: lineage.id ?? freshId(),
    componentKey,
    assessorId: uuid(500 + a),
    version: lineage.version ?? 1,
    supersedes: lineage.supersedes ?? null,
    total: { numerator, denominator },
    submittedAt: '2025-01-10T09:00:00.000Z',
  };
}

/** Two sheets of `componentKey`, by assessors 1 and 2, both `score`. */
export function panel(componentKey: string, score: number): ResultSheet[] {
  return [sheet(componentKey, 1, score), sheet(componentKey, 2, score)];
}

/** The whole input with the default configuration. */
export function resultsInput(
  formasiList: ResultFormasi[],
  candidates: ResultCandidate[],
  config: Partial<ResultsInput['config']> = {},
): ResultsInput {
  return { config: { ...defaultResultsConfig(), ...config }, formasi: formasiList, candidates };
}
