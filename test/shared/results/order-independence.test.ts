import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeResults } from '../../../src/shared/results/compute';
import type { ResultsOutput } from '../../../src/shared/results/output';
import type { ResultCandidate, ResultSheet, ResultsInput } from '../../../src/shared/results/input';
import {
  candidate,
  cpnsPlan,
  formasi,
  pppkPlan,
  resultsInput,
  sheet,
} from '../../helpers/results-fixtures';

/** Fisher–Yates with a small seeded generator, so a failing case can be replayed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** One rubric component's sheets: 1–3 assessors, some amended once or twice. */
const sheetsOf = (key: string) =>
  fc
    .array(
      fc.record({
        totals: fc.array(fc.integer({ min: 60, max: 64 }), { minLength: 1, maxLength: 3 }),
        denominator: fc.constantFrom(1, 2, 3),
      }),
      { minLength: 1, maxLength: 3 },
    )
    .map((assessors) =>
      assessors.flatMap(({ totals, denominator }, a) => {
        const chain: ResultSheet[] = [];
        totals.forEach((t, v) => {
          chain.push(
            sheet(key, a, t * denominator + v, denominator, {
              version: v + 1,
              supersedes: chain[v - 1]?.id ?? null,
            }),
          );
        });
        return chain;
      }),
    );

// Narrow ranges, so equal finals and ties deep in the chain are common.
const cpnsCandidate = fc.record({
  twk: fc.integer({ min: 100, max: 101 }),
  tiu: fc.integer({ min: 120, max: 121 }),
  tkp: fc.integer({ min: 170, max: 171 }),
  cat: fc.integer({ min: 300, max: 301 }),
  ipk: fc.constantFrom(3.4, 3.5, null),
  born: fc.constantFrom('1990-01-01', '1991-06-30'),
  attendance: fc.constantFrom('hadir', 'hadir', 'hadir', 'TH', 'APS', 'DIS' as const),
  sheets: sheetsOf('simulasi'),
});
const pppkCandidate = fc.record({
  teknis: fc.integer({ min: 400, max: 401 }),
  msk: fc.integer({ min: 150, max: 151 }),
  waw: fc.integer({ min: 30, max: 31 }),
  born: fc.constantFrom('1990-01-01', '1991-06-30'),
  sheets: fc.tuple(sheetsOf('wawancara'), sheetsOf('praktik')).map(([a, b]) => [...a, ...b]),
});

const inputs = fc
  .record({
    cpns: fc.array(cpnsCandidate, { maxLength: 12 }),
    pppk: fc.array(pppkCandidate, { maxLength: 8 }),
    quotas: fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 })),
  })
  .map(({ cpns, pppk, quotas }): ResultsInput => {
    const f1 = formasi(1, cpnsPlan(), quotas[0], 'GURU-01');
    const f2 = formasi(2, pppkPlan(), quotas[1], 'ADM-02');
    const candidates: ResultCandidate[] = [
      ...cpns.map((c, i) =>
        candidate(i, {
          formasiId: f1.id,
          skd: { twk: c.twk, tiu: c.tiu, tkp: c.tkp },
          external: { skb_cat: c.cat },
          ipk: c.ipk,
          nilaiIjazah: c.ipk === null ? 85 : null,
          tanggalLahir: c.born,
          attendance: c.attendance,
          sheets: c.sheets,
        }),
      ),
      ...pppk.map((c, i) =>
        candidate(100 + i, {
          formasiId: f2.id,
          skd: null,
          catPppk: { teknis: c.teknis, manajerialSosialKultural: c.msk, wawancara: c.waw },
          tanggalLahir: c.born,
          sheets: c.sheets,
        }),
      ),
    ];
    return resultsInput([f1, f2], candidates);
  });

/** The same input with formasi, candidates and every candidate's sheets in another order. */
function reordered(input: ResultsInput, seed: number): ResultsInput {
  return {
    ...input,
    formasi: shuffled(input.formasi, seed),
    candidates: shuffled(input.candidates, seed + 1).map((c, i) => ({
      ...c,
      sheets: shuffled(c.sheets, seed + 2 + i),
    })),
  };
}

/**
 * The output with each echoed input record's own sheet list sorted: `candidate` is the record as
 * given, so only its list keeps the input order; everything computed must not.
 */
function normalised(output: ResultsOutput): ResultsOutput {
  return {
    ...output,
    formasi: output.formasi.map((f) => ({
      ...f,
      candidates: f.candidates.map((c) => ({
        ...c,
        candidate: { ...c.candidate, sheets: [...c.candidate.sheets].sort(byId) },
      })),
    })),
  };
}

const byId = (a: ResultSheet, b: ResultSheet) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

describe('order independence', () => {
  it('shuffling sheets, candidates and formasi never changes any result', () => {
    fc.assert(
      fc.property(inputs, fc.integer(), (input, seed) => {
        const again = computeResults(reordered(input, seed));
        expect(normalised(again)).toEqual(normalised(computeResults(input)));
      }),
      { numRuns: 300 },
    );
  });

  it('the generator does reach ties, amendments and shared ranks', () => {
    // Guards the property above against a generator that never produces the hard cases.
    const samples = fc.sample(inputs, { numRuns: 200, seed: 7 }).map((i) => computeResults(i));
    const results = samples.flatMap((o) => o.formasi.flatMap((f) => f.candidates));
    expect(results.some((c) => c.tied)).toBe(true);
    expect(results.some((c) => c.decidedBy === 'oldest')).toBe(true);
    expect(results.some((c) => c.status === 'seri_kuota')).toBe(true);
    expect(results.some((c) => c.components.some((k) => k.sheets.some((s) => s.version > 1)))).toBe(
      true,
    );
  });
});
