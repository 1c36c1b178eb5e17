import { describe, expect, it } from 'vitest';
import type { ScoringPlan, TieBreak } from '../../../src/shared/plan/plan';
import { CPNS_TIE_BREAK, PPPK_TIE_BREAK, presetPlan } from '../../../src/shared/plan/presets';
import { computeResults } from '../../../src/shared/results/compute';
import type { ResultCandidate } from '../../../src/shared/results/input';
import type { CandidateResult } from '../../../src/shared/results/output';
import { exactText } from '../../../src/shared/results/round';
import {
  candidate,
  cpnsPlan,
  formasi,
  panel,
  resultsInput,
  rubric,
} from '../../helpers/results-fixtures';

/** A plan whose final score is one interview (100 %), with the tie-break `chain`. */
function interviewPlan(chain: readonly TieBreak[]): ScoringPlan {
  return {
    preset: 'custom',
    parts: [{ key: 'akhir', label: 'Nilai Akhir', weight: 100 }],
    components: [rubric('wawancara', 'akhir', 100)],
    tieBreak: [...chain],
  };
}

/** A candidate with interview score 80 and the given data. */
function equal(n: number, fields: Partial<ResultCandidate> = {}): ResultCandidate {
  return candidate(n, { sheets: panel('wawancara', 80), ...fields });
}

function ranking(plan: ScoringPlan, candidates: ResultCandidate[], quota = 1) {
  return computeResults(resultsInput([formasi(1, plan, quota)], candidates)).formasi[0]!;
}

/** [last digit of nomor peserta, rank, tied, decidedBy] in listing order. */
function rows(list: CandidateResult[]) {
  return list.map((c) => [Number(c.candidate.nomorPeserta.slice(-2)), c.rank, c.tied, c.decidedBy]);
}

describe('CPNS tie-break chain (PermenPANRB 27/2021 Ps. 48(4))', () => {
  it('level 1, SKD total: equal finals, the higher SKD wins', () => {
    // SKD counts 0.4 · total/550 · 100 = total · 4/55, simulasi 0.6 · 0.4 = 0.24 per point:
    // 33 more SKD points weigh exactly as much as 10 fewer simulasi points.
    const f = ranking(cpnsPlan(), [
      candidate(1, {
        skd: { twk: 100, tiu: 100, tkp: 167 },
        external: { skb_cat: 300 },
        sheets: panel('simulasi', 80),
      }),
      candidate(2, {
        skd: { twk: 110, tiu: 110, tkp: 180 },
        external: { skb_cat: 300 },
        sheets: panel('simulasi', 70),
      }),
    ]);
    expect(f.candidates[0]!.final).toEqual(f.candidates[1]!.final);
    expect(rows(f.candidates)).toEqual([
      [2, 1, false, 'skd_total'],
      [1, 2, false, 'skd_total'],
    ]);
    expect(f.candidates.map((c) => c.status)).toEqual(['lulus', 'tidak_lulus']);
  });

  it('levels 2 and 3, TKP then TIU, on the same SKD total', () => {
    const f = ranking(interviewPlan(CPNS_TIE_BREAK), [
      equal(1, { skd: { twk: 120, tiu: 120, tkp: 160 } }),
      equal(2, { skd: { twk: 100, tiu: 130, tkp: 170 } }),
      equal(3, { skd: { twk: 110, tiu: 120, tkp: 170 } }),
    ]);
    expect(rows(f.candidates)).toEqual([
      [2, 1, false, 'skd_tiu'],
      [3, 2, false, 'skd_tiu'],
      [1, 3, false, 'skd_tkp'],
    ]);
  });

  it('level 4, TWK: reached under the 3× cut order (TKP, TIU, TWK); after the total it never decides', () => {
    // With the SKD total first, equal total, TKP and TIU force equal TWK, so TWK cannot decide;
    // it does decide in the order used at the 3× SKB cut (domain.md §1.2).
    const f = ranking(interviewPlan(['skd_tkp', 'skd_tiu', 'skd_twk', 'oldest']), [
      equal(1, { skd: { twk: 100, tiu: 120, tkp: 170 } }),
      equal(2, { skd: { twk: 105, tiu: 120, tkp: 170 } }),
    ]);
    expect(rows(f.candidates)).toEqual([
      [2, 1, false, 'skd_twk'],
      [1, 2, false, 'skd_twk'],
    ]);
  });

  it('level 5, IPK, else nilai ijazah, on one 0–100 scale (IPK × 25)', () => {
    const skd = { twk: 110, tiu: 120, tkp: 170 };
    const f = ranking(interviewPlan(CPNS_TIE_BREAK), [
      equal(1, { skd, ipk: 3.5 }),
      equal(2, { skd, ipk: 3.61 }),
      equal(3, { skd, ipk: null, nilaiIjazah: 88.5 }), // ≡ IPK 3.54
      equal(4, { skd, ipk: null, nilaiIjazah: null }), // no value loses to any value
    ]);
    expect(rows(f.candidates)).toEqual([
      [2, 1, false, 'ipk_ijazah'],
      [3, 2, false, 'ipk_ijazah'],
      [1, 3, false, 'ipk_ijazah'],
      [4, 4, false, 'ipk_ijazah'],
    ]);
  });

  it('level 6, oldest: IPK 3.40 equals ijazah 85, the earlier birth date wins', () => {
    const skd = { twk: 110, tiu: 120, tkp: 170 };
    const f = ranking(interviewPlan(CPNS_TIE_BREAK), [
      equal(1, { skd, ipk: 3.4, tanggalLahir: '1994-05-02' }),
      equal(2, { skd, ipk: null, nilaiIjazah: 85, tanggalLahir: '1994-05-01' }),
    ]);
    expect(rows(f.candidates)).toEqual([
      [2, 1, false, 'oldest'],
      [1, 2, false, 'oldest'],
    ]);
  });

  it('tied after the whole chain: a shared rank (1, 2, 2, 4), listed by nomor peserta', () => {
    const skd = { twk: 110, tiu: 120, tkp: 170 };
    const f = ranking(interviewPlan(CPNS_TIE_BREAK), [
      equal(4, { skd: { twk: 100, tiu: 120, tkp: 170 } }),
      equal(3, { skd }),
      equal(2, { skd }),
      candidate(1, { skd, sheets: panel('wawancara', 90) }),
    ]);
    expect(rows(f.candidates)).toEqual([
      [1, 1, false, null],
      [2, 2, true, null],
      [3, 2, true, null],
      [4, 4, false, 'skd_total'],
    ]);
    expect(f.candidates.map((c) => c.flags)).toEqual([[], ['tie'], ['tie'], []]);
  });
});

describe('the quota line', () => {
  const skd = { twk: 110, tiu: 120, tkp: 170 };
  const field = () => [
    candidate(1, { skd, sheets: panel('wawancara', 90) }),
    equal(2, { skd }),
    equal(3, { skd }),
    candidate(4, { skd, sheets: panel('wawancara', 70) }),
  ];

  it('a tie straddling the quota after the whole chain: all tied are seri_kuota, nobody decides', () => {
    const f = ranking(interviewPlan(CPNS_TIE_BREAK), field(), 2);
    expect(f.candidates.map((c) => [c.rank, c.status, c.statusLabel])).toEqual([
      [1, 'lulus', 'P/L'],
      [2, 'seri_kuota', null],
      [2, 'seri_kuota', null],
      [4, 'tidak_lulus', 'P/TL'],
    ]);
    expect(f.candidates[1]!.flags).toEqual(['tie', 'quotaTie']);
    expect(f.needsDecision).toBe(true);
    expect(f.counts).toMatchObject({ lulus: 1, seri_kuota: 2, tidak_lulus: 1 });
  });

  it('a tie inside the quota passes together; a tie beyond it fails together', () => {
    const inside = ranking(interviewPlan(CPNS_TIE_BREAK), field(), 3);
    expect(inside.candidates.map((c) => c.status)).toEqual([
      'lulus',
      'lulus',
      'lulus',
      'tidak_lulus',
    ]);
    expect(inside.needsDecision).toBe(false);
    const beyond = ranking(interviewPlan(CPNS_TIE_BREAK), field(), 1);
    expect(beyond.candidates.map((c) => c.status)).toEqual([
      'lulus',
      'tidak_lulus',
      'tidak_lulus',
      'tidak_lulus',
    ]);
  });
});

describe('PPPK tie-break chain (PermenPANRB 28/2021): teknis, manajerial + SK, wawancara, oldest', () => {
  const plan = presetPlan('pppk-2024');
  it('decides on each level in turn with equal CAT totals (580 of 670)', () => {
    const f = ranking(plan, [
      candidate(1, { catPppk: { teknis: 400, manajerialSosialKultural: 150, wawancara: 30 } }),
      candidate(2, { catPppk: { teknis: 405, manajerialSosialKultural: 145, wawancara: 30 } }),
      candidate(3, { catPppk: { teknis: 400, manajerialSosialKultural: 145, wawancara: 35 } }),
      candidate(4, {
        catPppk: { teknis: 400, manajerialSosialKultural: 145, wawancara: 35 },
        tanggalLahir: '1985-12-31',
      }),
    ]);
    expect(new Set(f.candidates.map((c) => exactText(c.final!)))).toEqual(new Set(['5800/67']));
    expect(plan.tieBreak).toEqual(PPPK_TIE_BREAK);
    expect(rows(f.candidates)).toEqual([
      [2, 1, false, 'cat_teknis'],
      [1, 2, false, 'cat_manajerial_sk'],
      [4, 3, false, 'oldest'],
      [3, 4, false, 'oldest'],
    ]);
  });

  it('wawancara decides when teknis and manajerial + SK are equal', () => {
    const f = ranking(interviewPlan(PPPK_TIE_BREAK), [
      equal(1, { catPppk: { teknis: 400, manajerialSosialKultural: 150, wawancara: 28 } }),
      equal(2, { catPppk: { teknis: 400, manajerialSosialKultural: 150, wawancara: 32 } }),
    ]);
    expect(rows(f.candidates)).toEqual([
      [2, 1, false, 'cat_wawancara'],
      [1, 2, false, 'cat_wawancara'],
    ]);
  });
});

describe('component:<key> links', () => {
  it('rank on a component 0–100 score, higher first', () => {
    const plan: ScoringPlan = {
      preset: 'custom',
      parts: [{ key: 'akhir', label: 'Nilai Akhir', weight: 100 }],
      components: [rubric('wawancara', 'akhir', 50), rubric('praktik', 'akhir', 50)],
      tieBreak: ['component:praktik', 'oldest'],
    };
    const f = ranking(plan, [
      candidate(1, { sheets: [...panel('wawancara', 80), ...panel('praktik', 70)] }),
      candidate(2, { sheets: [...panel('wawancara', 70), ...panel('praktik', 80)] }),
    ]);
    expect(rows(f.candidates)).toEqual([
      [2, 1, false, 'component:praktik'],
      [1, 2, false, 'component:praktik'],
    ]);
  });
});
