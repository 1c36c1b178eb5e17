import { describe, expect, it } from 'vitest';
import {
  defaultResultsConfig,
  ResultsConfig,
  ResultSheet,
  ResultsInput,
} from '../../../src/shared/results/input';
import { candidate, cpnsPlan, formasi, panel, resultsInput } from '../../helpers/results-fixtures';

describe('results input schemas', () => {
  it('defaults: a 20-point disagreement threshold and the CPNS codes', () => {
    expect(defaultResultsConfig()).toEqual({
      disagreementThreshold: 20,
      statusLabels: {
        lulus: 'P/L',
        tidak_lulus: 'P/TL',
        tidak_hadir: 'P/TH',
        APS: 'APS',
        DIS: 'DIS',
        TMS: 'TMS-1',
      },
    });
    const pppk = ResultsConfig.parse({ statusLabels: { lulus: 'L', tidak_lulus: 'TL' } });
    expect(pppk.statusLabels).toMatchObject({ lulus: 'L', tidak_lulus: 'TL', tidak_hadir: 'P/TH' });
    expect(ResultsConfig.safeParse({ disagreementThreshold: 101 }).success).toBe(false);
  });

  it('accepts what the fixtures build, and refuses a sheet total above 100', () => {
    const input = resultsInput(
      [formasi(1, cpnsPlan())],
      [candidate(1, { skd: { twk: 100, tiu: 100, tkp: 200 }, sheets: panel('simulasi', 80) })],
    );
    expect(ResultsInput.parse(input)).toEqual(input);
    const sheet = panel('simulasi', 80)[0]!;
    expect(
      ResultSheet.safeParse({ ...sheet, total: { numerator: 201, denominator: 2 } }).success,
    ).toBe(false);
    expect(
      ResultSheet.safeParse({ ...sheet, total: { numerator: 200, denominator: 2 } }).success,
    ).toBe(true);
  });
});
