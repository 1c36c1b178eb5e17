import { describe, expect, it } from 'vitest';
import { describePlanProblem } from '../../../src/shared/i18n/plan-problems';

describe('describePlanProblem', () => {
  it('names the regulation a warning refers to, in both languages', () => {
    const warning = { code: 'pusatWawancaraCap', params: { label: 'Wawancara', weight: 20 } };
    expect(describePlanProblem(warning)).toBe(
      'Wawancara "Wawancara" berbobot 20% dari SKB; untuk instansi pusat 2024 paling banyak 10% (PermenPANRB 6/2024).',
    );
    expect(describePlanProblem(warning, 'en')).toContain('at most 10% (PermenPANRB 6/2024)');
  });

  it('translates a rubric status and shows an unknown code as it is', () => {
    expect(
      describePlanProblem({
        code: 'rubricNotPublished',
        params: { label: 'Praktik', status: 'draft' },
      }),
    ).toContain('berstatus draf');
    expect(describePlanProblem({ code: 'somethingNew', params: {} })).toBe('somethingNew');
  });
});
