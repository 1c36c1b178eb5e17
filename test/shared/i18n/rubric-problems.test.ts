import { describe, expect, it } from 'vitest';
import {
  describeRubricProblem,
  rubricProblemLocation,
} from '../../../src/shared/i18n/rubric-problems';

describe('describeRubricProblem', () => {
  it('says where a problem is the way a person counts, without the file wrapper', () => {
    const path = ['rubric', 'content', 'aspects', 1, 'levels', 2, 'anchor'];
    expect(rubricProblemLocation(path)).toBe('Aspek 2 › Tingkat 3 › Patokan');
    expect(rubricProblemLocation(path, 'en')).toBe('Aspect 2 › Level 3 › Anchor');
    expect(rubricProblemLocation(['aspects'])).toBe('Aspek');
  });

  it('writes one sentence per problem in either language', () => {
    const problem = {
      path: ['aspects', 0, 'scale'],
      code: 'scaleMinNotBelowMax' as const,
      params: { min: 4, max: 4 },
    };
    expect(describeRubricProblem(problem)).toBe(
      'Aspek 1 › Skala: nilai terendah (4) harus lebih kecil dari nilai tertinggi (4).',
    );
    expect(describeRubricProblem(problem, 'en')).toBe(
      'Aspect 1 › Scale: the lowest value (4) must be below the highest (4).',
    );
  });

  it('shows file sizes in kilobytes and type names in words', () => {
    expect(
      describeRubricProblem({
        path: [],
        code: 'fileTooLarge',
        params: { size: 3 * 1024 * 1024, max: 2 * 1024 * 1024 },
      }),
    ).toBe('Berkas terlalu besar (3072 KB; batas 2048 KB).');
    expect(
      describeRubricProblem({ path: ['title'], code: 'wrongType', params: { expected: 'string' } }),
    ).toBe('Judul: jenis isinya salah (seharusnya teks).');
  });
});
