import { describe, expect, it } from 'vitest';
import { computeResults } from '../../../src/shared/results/compute';
import type { ResultCandidate } from '../../../src/shared/results/input';
import { ALGORITHM_VERSION, type CandidateResult } from '../../../src/shared/results/output';
import { exactText, roundForDisplay } from '../../../src/shared/results/round';
import {
  candidate,
  cpnsPlan,
  formasi,
  panel,
  pppkPlan,
  resultsInput,
  rubric,
  sheet,
} from '../../helpers/results-fixtures';
import type { ScoringPlan } from '../../../src/shared/plan/plan';
import type { Rational } from '../../../src/shared/results/rational';

/** The single formasi's results of `candidates` under `plan`. */
function results(plan: ScoringPlan, candidates: ResultCandidate[], quota = 1) {
  const output = computeResults(resultsInput([formasi(1, plan, quota)], candidates));
  expect(output.algorithmVersion).toBe(ALGORITHM_VERSION);
  return output.formasi[0]!;
}

function byNumber(list: CandidateResult[], n: number): CandidateResult {
  return list.find((c) => c.candidate.nomorPeserta.endsWith(String(n).padStart(6, '0')))!;
}

const text = (value: Rational | null) => (value === null ? null : exactText(value));

describe('integration, CPNS 40/60 (SKD ÷ 550; SKB = SKB CAT ÷ 500 · 60 % + simulasi · 40 %)', () => {
  it('docs/scoring-plan.md: SKD 400, SKB CAT 350, simulasi 75 → 3976/55 = 72.291', () => {
    const [c] = results(cpnsPlan(), [
      candidate(1, {
        skd: { twk: 120, tiu: 130, tkp: 150 },
        external: { skb_cat: 350 },
        sheets: panel('simulasi', 75),
      }),
    ]).candidates;
    // 0.4 · 400/550·100 + 0.6 · (0.6 · 70 + 0.4 · 75) = 320/11 + 216/5
    expect(text(c!.components[0]!.score)).toBe('800/11');
    expect(text(c!.components[1]!.score)).toBe('70/1');
    expect(text(c!.components[2]!.score)).toBe('75/1');
    expect(text(c!.final)).toBe('3976/55');
    expect(roundForDisplay(c!.final!)).toBe('72.291');
    expect(c!.rank).toBe(1);
    expect(c!.status).toBe('lulus');
    expect(c!.statusLabel).toBe('P/L');
  });

  it('domain.md §6.2, beritajateng 31.6 + 42.0, with the correct SKD maximum 550', () => {
    // The source computes 395/500 × 100 × 0.4 = 31.6; with 550 the SKD part is 316/11.
    const plan = cpnsPlan();
    plan.components = [plan.components[0]!, { ...plan.components[1]!, weight: 100 }];
    const [c] = results(plan, [
      candidate(1, { skd: { twk: 100, tiu: 125, tkp: 170 }, external: { skb_cat: 350 } }),
    ]).candidates;
    // 0.4 · 395/550 · 100 + 0.6 · 350/500 · 100 = 316/11 + 42 = 778/11
    expect(text(c!.final)).toBe('778/11');
    expect(roundForDisplay(c!.final!)).toBe('70.727');
  });

  it('domain.md §6.2, SKD 350 → 350/550 × 100 × 0.4, SKB CAT 200, interview 80', () => {
    const plan = cpnsPlan();
    plan.components[2] = rubric('wawancara', 'skb', 40);
    const [c] = results(plan, [
      candidate(1, {
        skd: { twk: 90, tiu: 100, tkp: 160 },
        external: { skb_cat: 200 },
        sheets: [sheet('wawancara', 1, 78), sheet('wawancara', 2, 82)],
      }),
    ]).candidates;
    // 280/11 + 0.6 · (0.6 · 40 + 0.4 · 80) = 280/11 + 168/5 = 3248/55 = 59.0545…
    expect(text(c!.components[0]!.score)).toBe('700/11');
    expect(text(c!.final)).toBe('3248/55');
    expect(roundForDisplay(c!.final!)).toBe('59.055');
  });

  it('keeps thirds exact: a mean of 70, 75, 81 is 226/3, and the final follows it exactly', () => {
    const [c] = results(cpnsPlan(), [
      candidate(1, {
        skd: { twk: 110, tiu: 110, tkp: 110 },
        external: { skb_cat: 250 },
        sheets: [sheet('simulasi', 1, 70), sheet('simulasi', 2, 75), sheet('simulasi', 3, 81)],
      }),
    ]).candidates;
    expect(text(c!.components[2]!.score)).toBe('226/3');
    // 0.4 · 60 + 0.6 · (0.6 · 50 + 0.4 · 226/3) = 24 + 18 + 452/25 = 1502/25 = 60.08
    expect(text(c!.final)).toBe('1502/25');
    expect(c!.components[2]!.sheets).toHaveLength(3);
  });
});

describe('integration, PPPK with SKTT (CAT ÷ 670 50 %, wawancara 20 %, praktik 30 %)', () => {
  it('computes the three parts', () => {
    const [c] = results(pppkPlan(), [
      candidate(1, {
        catPppk: { teknis: 400, manajerialSosialKultural: 150, wawancara: 30 },
        sheets: [...panel('wawancara', 80), ...panel('praktik', 70)],
      }),
    ]).candidates;
    // 0.5 · 580/670 · 100 + 0.2 · 80 + 0.3 · 70 = 2900/67 + 37 = 5379/67
    expect(text(c!.components[0]!.score)).toBe('5800/67');
    expect(text(c!.final)).toBe('5379/67');
    expect(roundForDisplay(c!.final!)).toBe('80.284');
  });
});

describe('aggregation', () => {
  it('a component with fewer sheets than its minimum is incomplete: not ranked, flagged', () => {
    const f = results(cpnsPlan(), [
      candidate(1, {
        skd: { twk: 100, tiu: 100, tkp: 200 },
        external: { skb_cat: 300 },
        sheets: [sheet('simulasi', 1, 90)],
      }),
      candidate(2, {
        skd: { twk: 80, tiu: 90, tkp: 170 },
        external: { skb_cat: 200 },
        sheets: panel('simulasi', 60),
      }),
    ]);
    const incomplete = byNumber(f.candidates, 1);
    expect(incomplete.components[2]).toMatchObject({ score: null, problem: 'tooFewSheets' });
    expect(incomplete.components[2]!.sheets).toHaveLength(1);
    expect(incomplete).toMatchObject({ final: null, rank: null, status: 'belum_lengkap' });
    expect(incomplete.statusLabel).toBeNull();
    expect(incomplete.flags).toEqual(['incomplete']);
    // The other candidate is ranked first; the formasi is provisional until the sheet arrives.
    expect(byNumber(f.candidates, 2)).toMatchObject({ rank: 1, status: 'lulus' });
    expect(f.provisional).toBe(true);
    expect(f.candidates.map((c) => c.rank)).toEqual([1, null]);
  });

  it('a missing SKD, a missing or over-maximum imported score, a sheet above 100: incomplete', () => {
    const f = results(cpnsPlan(), [
      candidate(1, { skd: { twk: 100, tiu: 100, tkp: 200 }, sheets: panel('simulasi', 80) }),
      candidate(2, {
        skd: { twk: 100, tiu: 100, tkp: 200 },
        external: { skb_cat: 501 },
        sheets: panel('simulasi', 80),
      }),
      candidate(3, { skd: null, external: { skb_cat: 300 }, sheets: panel('simulasi', 80) }),
      // A sheet total above 100 is refused, even where the mean would fall below it.
      candidate(4, {
        skd: { twk: 100, tiu: 100, tkp: 200 },
        external: { skb_cat: 300 },
        sheets: [sheet('simulasi', 1, 120), sheet('simulasi', 2, 60)],
      }),
    ]);
    expect(byNumber(f.candidates, 1).components[1]!.problem).toBe('missing');
    expect(byNumber(f.candidates, 2).components[1]!.problem).toBe('invalid');
    expect(byNumber(f.candidates, 3).components[0]!.problem).toBe('missing');
    expect(byNumber(f.candidates, 4).components[2]!.problem).toBe('invalid');
    expect(f.candidates.every((c) => c.status === 'belum_lengkap')).toBe(true);
  });

  it('an amendment replaces the version it supersedes, also along a chain v1 → v2 → v3', () => {
    const v1 = sheet('simulasi', 1, 40);
    const v2 = sheet('simulasi', 1, 60, 1, { version: 2, supersedes: v1.id });
    const v3 = sheet('simulasi', 1, 70, 1, { version: 3, supersedes: v2.id });
    const other = sheet('simulasi', 2, 80);
    const f = results(cpnsPlan(), [
      candidate(1, {
        skd: { twk: 100, tiu: 100, tkp: 200 },
        external: { skb_cat: 300 },
        sheets: [v3, other, v1, v2],
      }),
    ]);
    const simulasi = f.candidates[0]!.components[2]!;
    expect(simulasi.sheets.map((s) => s.id)).toEqual([v3.id, other.id]);
    expect(text(simulasi.score)).toBe('75/1');
    // Without the amendments the mean would be (40 + 80) / 2 = 60 and the assessors 40 apart.
    expect(simulasi.disagreement).toBe(false);
    expect(text(simulasi.spread)).toBe('10/1');
  });

  it('an amendment does not count as a second assessor', () => {
    const v1 = sheet('simulasi', 1, 50);
    const v2 = sheet('simulasi', 1, 55, 1, { version: 2, supersedes: v1.id });
    const [c] = results(cpnsPlan(), [
      candidate(1, {
        skd: { twk: 100, tiu: 100, tkp: 200 },
        external: { skb_cat: 300 },
        sheets: [v1, v2],
      }),
    ]).candidates;
    expect(c!.components[2]).toMatchObject({ problem: 'tooFewSheets', score: null });
    expect(c!.components[2]!.sheets.map((s) => s.id)).toEqual([v2.id]);
  });

  it('flags a disagreement above the threshold (20 points by default, configurable)', () => {
    const make = (n: number, a: number, b: [number, number]) =>
      candidate(n, {
        skd: { twk: 100, tiu: 100, tkp: 200 },
        external: { skb_cat: 300 },
        sheets: [sheet('simulasi', 1, a), sheet('simulasi', 2, ...b)],
      });
    const candidates = [make(1, 60, [80, 1]), make(2, 60, [161, 2])];
    const f = results(cpnsPlan(), candidates, 2);
    // Exactly 20 apart is not above the threshold; 60 and 80.5 are.
    expect(byNumber(f.candidates, 1).flags).not.toContain('disagreement');
    expect(byNumber(f.candidates, 2).components[2]!.disagreement).toBe(true);
    expect(byNumber(f.candidates, 2).flags).toEqual(['disagreement']);
    expect(text(byNumber(f.candidates, 2).components[2]!.spread)).toBe('41/2');

    const strict = computeResults(
      resultsInput([formasi(1, cpnsPlan(), 2)], candidates, { disagreementThreshold: 19.5 }),
    ).formasi[0]!;
    expect(byNumber(strict.candidates, 1).flags).toEqual(['disagreement']);
  });
});

describe('thresholds and gates', () => {
  it('below a component threshold → TMS-1, not ranked, even with the best final score', () => {
    const plan = cpnsPlan();
    plan.components[2] = { ...plan.components[2]!, threshold: 65.5 };
    const f = results(plan, [
      candidate(1, {
        skd: { twk: 150, tiu: 175, tkp: 225 },
        external: { skb_cat: 500 },
        sheets: [sheet('simulasi', 1, 65), sheet('simulasi', 2, 131, 2)],
      }),
      candidate(2, {
        skd: { twk: 80, tiu: 90, tkp: 170 },
        external: { skb_cat: 200 },
        sheets: [sheet('simulasi', 1, 131, 2), sheet('simulasi', 2, 131, 2)],
      }),
    ]);
    const failed = byNumber(f.candidates, 1);
    // (65 + 65.5) / 2 = 65.25 < 65.5, while exactly 65.5 passes.
    expect(text(failed.components[2]!.score)).toBe('261/4');
    expect(failed).toMatchObject({ status: 'TMS', statusLabel: 'TMS-1', rank: null });
    expect(failed.components[2]!.belowThreshold).toBe(true);
    expect(failed.final).not.toBeNull();
    expect(failed.flags).toEqual(['threshold']);
    expect(byNumber(f.candidates, 2)).toMatchObject({ status: 'lulus', rank: 1 });
  });

  it('a failed threshold outranks an incomplete component: TMS-1, flagged both ways', () => {
    const plan = cpnsPlan();
    plan.components[2] = { ...plan.components[2]!, threshold: 60 };
    const [c] = results(plan, [
      candidate(1, { skd: { twk: 100, tiu: 100, tkp: 200 }, sheets: panel('simulasi', 50) }),
    ]).candidates;
    expect(c!.components[1]!.problem).toBe('missing');
    expect(c).toMatchObject({ status: 'TMS', final: null, flags: ['incomplete', 'threshold'] });
  });

  it('a pass/fail component: TMS fails the candidate, MS passes, missing is incomplete', () => {
    const plan = cpnsPlan();
    plan.components.push({
      key: 'kesehatan',
      label: 'Tes kesehatan',
      category: 'lainnya',
      part: 'skb',
      weight: 0,
      source: { type: 'external_ms_tms' },
      threshold: null,
    });
    const base = {
      skd: { twk: 100, tiu: 100, tkp: 200 },
      sheets: panel('simulasi', 80),
    };
    const f = results(plan, [
      candidate(1, { ...base, external: { skb_cat: 400, kesehatan: 'TMS' } }),
      candidate(2, { ...base, external: { skb_cat: 300, kesehatan: 'MS' } }),
      candidate(3, { ...base, external: { skb_cat: 300 } }),
    ]);
    expect(byNumber(f.candidates, 1)).toMatchObject({ status: 'TMS', flags: ['gate'] });
    expect(byNumber(f.candidates, 1).components[3]!.gate).toBe('TMS');
    expect(byNumber(f.candidates, 2)).toMatchObject({ status: 'lulus', rank: 1 });
    expect(byNumber(f.candidates, 3).components[3]!.problem).toBe('missing');
    expect(byNumber(f.candidates, 3).status).toBe('belum_lengkap');
  });
});

describe('status', () => {
  it('P/TH, APS and DIS come first and are never ranked; labels are configurable', () => {
    const scored = { skd: { twk: 100, tiu: 100, tkp: 200 }, external: { skb_cat: 300 } };
    const candidates = [
      candidate(1, { ...scored, attendance: 'TH' }),
      candidate(2, { ...scored, attendance: 'APS', sheets: panel('simulasi', 90) }),
      candidate(3, { ...scored, attendance: 'DIS', sheets: panel('simulasi', 95) }),
      candidate(4, { ...scored, sheets: panel('simulasi', 50) }),
      candidate(5, { ...scored, sheets: panel('simulasi', 40) }),
    ];
    const f = results(cpnsPlan(), candidates, 1);
    expect(
      f.candidates.map((c) => [c.candidate.nomorPeserta.slice(-1), c.status, c.statusLabel]),
    ).toEqual([
      ['4', 'lulus', 'P/L'],
      ['5', 'tidak_lulus', 'P/TL'],
      ['1', 'tidak_hadir', 'P/TH'],
      ['2', 'APS', 'APS'],
      ['3', 'DIS', 'DIS'],
    ]);
    // An absent candidate's missing sheets are explained by the absence: no incomplete flag.
    expect(byNumber(f.candidates, 1).flags).toEqual([]);
    expect(f.counts).toMatchObject({ lulus: 1, tidak_lulus: 1, tidak_hadir: 1, APS: 1, DIS: 1 });
    expect(f.provisional).toBe(false);

    const pppk = computeResults(
      resultsInput([formasi(1, cpnsPlan(), 1)], candidates, {
        statusLabels: {
          lulus: 'L',
          tidak_lulus: 'TL',
          tidak_hadir: 'TH',
          APS: 'APS',
          DIS: 'DIS',
          TMS: 'TMS',
        },
      }),
    ).formasi[0]!;
    expect(pppk.candidates.map((c) => c.statusLabel)).toEqual(['L', 'TL', 'TH', 'APS', 'DIS']);
  });

  it('ranks within each formasi, listed by formasi code', () => {
    const plan = cpnsPlan();
    const scored = (n: number, formasiN: number, simulasi: number) =>
      candidate(n, {
        formasiId: formasi(formasiN, plan).id,
        skd: { twk: 100, tiu: 100, tkp: 200 },
        external: { skb_cat: 300 },
        sheets: panel('simulasi', simulasi),
      });
    const output = computeResults(
      resultsInput(
        [formasi(1, plan, 1, 'B-01'), formasi(2, plan, 1, 'A-01')],
        [scored(1, 1, 70), scored(2, 2, 60), scored(3, 1, 80), scored(4, 2, 65)],
      ),
    );
    expect(output.formasi.map((f) => f.code)).toEqual(['A-01', 'B-01']);
    expect(
      output.formasi[0]!.candidates.map((c) => [c.candidate.nomorPeserta.slice(-1), c.rank]),
    ).toEqual([
      ['4', 1],
      ['2', 2],
    ]);
    expect(
      output.formasi[1]!.candidates.map((c) => [c.candidate.nomorPeserta.slice(-1), c.rank]),
    ).toEqual([
      ['3', 1],
      ['1', 2],
    ]);
  });

  it('refuses input the store cannot produce', () => {
    const plan = cpnsPlan();
    expect(() =>
      computeResults(
        resultsInput([formasi(1, plan)], [candidate(1, { formasiId: formasi(9, plan).id })]),
      ),
    ).toThrow(/unknown formasi/);
    expect(() =>
      computeResults(
        resultsInput([formasi(1, plan)], [candidate(1, { sheets: panel('skb_cat', 80) })]),
      ),
    ).toThrow(/not scored on a rubric/);
    expect(() => computeResults(resultsInput([formasi(1, plan), formasi(1, plan)], []))).toThrow(
      /listed twice/,
    );
  });
});
