import { describe, expect, it } from 'vitest';
import { MERGE_CLI_EN, MERGE_CLI_ID } from '../../../src/main/cli/merge-messages';
import { BUNDLE_TRUST, MergedBundle } from '../../../src/shared/domain/merge';
import {
  mergeReportLabel,
  type MergeReportLabel,
} from '../../../src/shared/i18n/merge-report-labels';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('merge words', () => {
  it('gives every CLI sentence the same placeholders in both languages', () => {
    for (const [key, text] of Object.entries(MERGE_CLI_ID)) {
      const english = MERGE_CLI_EN[key as keyof typeof MERGE_CLI_ID];
      expect(placeholders(english), key).toEqual(placeholders(text));
    }
  });

  it('has a word for every outcome and trust, on the command line and in the PDF', () => {
    const outcomes = MergedBundle.shape.outcome.options;
    for (const outcome of outcomes) {
      expect(MERGE_CLI_ID[`outcome.${outcome}`]).toBeTruthy();
      const key = `outcome.${outcome}` as MergeReportLabel;
      expect(mergeReportLabel('id', key)).not.toBe(mergeReportLabel('en', key));
    }
    for (const trust of BUNDLE_TRUST) {
      expect(MERGE_CLI_EN[`trust.${trust}`]).toBeTruthy();
      const key = `trust.${trust}` as MergeReportLabel;
      expect(mergeReportLabel('id', key)).not.toBe(mergeReportLabel('en', key));
    }
  });
});
