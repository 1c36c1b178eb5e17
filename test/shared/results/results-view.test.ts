import { describe, expect, it } from 'vitest';
import { computeResults } from '../../../src/shared/results/compute';
import { raterCalibration } from '../../../src/shared/results/rater-calibration';
import { ResultsView, toResultsView } from '../../../src/shared/results/results-view';
import { exactText } from '../../../src/shared/results/round';
import {
  candidate,
  cpnsPlan,
  formasi,
  resultsInput,
  sheet,
  uuid,
} from '../../helpers/results-fixtures';

/** Two candidates scored on simulasi by assessors 1 (lenient) and 2, and one amendment. */
function fixture() {
  const first = sheet('simulasi', 2, 60);
  const amended = sheet('simulasi', 2, 70, 1, { version: 2, supersedes: first.id });
  const input = resultsInput(
    [formasi(1, cpnsPlan(), 1)],
    [
      candidate(1, {
        skd: { twk: 120, tiu: 130, tkp: 150 },
        external: { skb_cat: 350 },
        sheets: [sheet('simulasi', 1, 80), first, amended],
      }),
      candidate(2, {
        skd: { twk: 120, tiu: 130, tkp: 150 },
        external: { skb_cat: 350 },
        sheets: [sheet('simulasi', 1, 90), sheet('simulasi', 2, 60)],
      }),
    ],
  );
  return { input, output: computeResults(input), amended, first };
}

describe('raterCalibration', () => {
  it('gives each assessor the mean and spread of own − panel mean', () => {
    const { input, output } = fixture();
    const [a1, a2] = raterCalibration(input, output);
    // Candidate 1: 80 vs 70 → mean 75, ±5; candidate 2: 90 vs 60 → mean 75, ±15.
    expect(a1!.assessorId).toBe(uuid(501));
    expect(a1!.candidates).toBe(2);
    expect(exactText(a1!.meanDeviation)).toBe('10/1');
    expect(a1!.spread).toBeCloseTo(5, 10);
    expect(exactText(a2!.meanDeviation)).toBe('-10/1');
    expect(a2!.spread).toBeCloseTo(5, 10);
  });

  it('leaves out components scored by one assessor only', () => {
    const input = resultsInput(
      [formasi(1, cpnsPlan(), 1)],
      [candidate(1, { sheets: [sheet('simulasi', 1, 80)] })],
    );
    expect(raterCalibration(input, computeResults(input))).toEqual([]);
  });
});

describe('toResultsView', () => {
  it('is JSON-safe, parses with its schema, and carries the replaced versions', () => {
    const { input, output, amended, first } = fixture();
    const view = toResultsView(output, input, {
      jabatan: { [uuid(1)]: 'Analis' },
      assessors: { [uuid(501)]: 'Budi' },
    });
    const parsed = ResultsView.parse(JSON.parse(JSON.stringify(view)));
    expect(parsed).toEqual(view);
    const [f] = view.formasi;
    expect(f!.jabatan).toBe('Analis');
    const c1 = f!.candidates.find((c) => c.nomorPeserta.endsWith('000001'))!;
    const sim = c1.components.find((k) => k.key === 'simulasi')!;
    expect(sim.score).toEqual({ exact: '75/1', display: '75.000' });
    const own = sim.sheets.find((s) => s.sheetId === amended.id)!;
    expect(own.version).toBe(2);
    expect(own.total).toBe('70.000');
    expect(own.history).toEqual([
      { sheetId: first.id, version: 1, total: '60.000', submittedAt: first.submittedAt },
    ]);
    expect(sim.sheets.find((s) => s.assessorId === uuid(501))!.assessorNama).toBe('Budi');
    expect(view.calibration.map((r) => r.meanDeviation.display)).toEqual(['10.000', '-10.000']);
    expect(view.calibration[0]!.spread).toBe('5.000');
  });

  it('shows a tie as tied with a shared rank', () => {
    const input = resultsInput(
      [formasi(1, cpnsPlan(), 2)],
      [1, 2].map((n) =>
        candidate(n, {
          skd: { twk: 120, tiu: 130, tkp: 150 },
          external: { skb_cat: 350 },
          sheets: [sheet('simulasi', 1, 80), sheet('simulasi', 2, 80)],
        }),
      ),
    );
    const [f] = toResultsView(computeResults(input), input).formasi;
    expect(f!.candidates.map((c) => [c.rank, c.tied, c.flags.includes('tie')])).toEqual([
      [1, true, true],
      [1, true, true],
    ]);
  });

  it('shows the tie-break link that decided an equal final, and what each link read', () => {
    // Equal finals and SKD totals; candidate 2 wins on TKP (155 > 150).
    const input = resultsInput(
      [formasi(1, cpnsPlan(), 2)],
      [
        candidate(1, { skd: { twk: 125, tiu: 130, tkp: 150 }, external: { skb_cat: 350 } }),
        candidate(2, { skd: { twk: 120, tiu: 130, tkp: 155 }, external: { skb_cat: 350 } }),
      ].map((c) => ({ ...c, sheets: [sheet('simulasi', 1, 80), sheet('simulasi', 2, 80)] })),
    );
    const [f] = toResultsView(computeResults(input), input).formasi;
    const [first, second] = f!.candidates;
    expect(first!.nama).toBe('Peserta 2');
    expect([first!.decidedBy, second!.decidedBy]).toEqual(['skd_tkp', 'skd_tkp']);
    const read = (c: typeof first) =>
      Object.fromEntries(c!.tieBreaks.map((t) => [t.link, t.value]));
    expect(read(first)).toMatchObject({
      skd_total: '405',
      skd_tkp: '155',
      skd_tiu: '130',
      skd_twk: '120',
      ipk_ijazah: 'IPK 3.5',
      oldest: '1990-01-01',
    });
    expect(read(second)).toMatchObject({ skd_total: '405', skd_tkp: '150', skd_twk: '125' });
  });
});
