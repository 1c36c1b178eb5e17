import { describe, expect, it } from 'vitest';
import {
  describeComponentProblem,
  describeResultFlag,
  describeResultStatus,
} from '../../../src/shared/i18n/result-labels';
import { RESULT_STATUSES, type ResultFlag } from '../../../src/shared/results/output';

const FLAGS: ResultFlag[] = ['incomplete', 'disagreement', 'tie', 'threshold', 'gate', 'quotaTie'];

describe('result labels', () => {
  it('says what every status and flag means, in Indonesian first and in English', () => {
    for (const status of RESULT_STATUSES) {
      expect(describeResultStatus(status)).not.toBe(describeResultStatus(status, 'en'));
    }
    for (const flag of FLAGS) {
      expect(describeResultFlag(flag)).not.toBe(describeResultFlag(flag, 'en'));
    }
    expect(describeResultStatus('seri_kuota')).toContain('panitia harus memutuskan');
    expect(describeResultStatus('seri_kuota', 'en')).toContain('committee must decide');
    expect(describeComponentProblem('tooFewSheets')).toContain('penguji minimum');
  });
});
