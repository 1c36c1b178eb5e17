/** Small, valid rubric contents for tests, built from a few parameters. */
import type { Aspect, RubricContent } from '../../src/shared/rubric/rubric';

/** An aspect on a `min`–`max` scale with one anchored level per value. */
export function makeAspect(code: string, weight: number, min = 1, max = 5): Aspect {
  return {
    code,
    title: `Aspek ${code}`,
    description: '',
    indicators: [`Indikator ${code}`],
    weight,
    scale: { min, max },
    levels: Array.from({ length: max - min + 1 }, (_, i) => ({
      value: min + i,
      label: `Tingkat ${min + i}`,
      anchor: `Perilaku yang menunjukkan tingkat ${min + i} pada ${code}.`,
    })),
    noteRequiredAtExtremes: false,
  };
}

/** A complete rubric with the given aspects. */
export function makeRubric(aspects: Aspect[], title = 'Rubrik uji'): RubricContent {
  return {
    title,
    kind: 'wawancara',
    instructions: 'Nilai secara mandiri.',
    durationMinutes: 20,
    aspects,
    sources: [],
  };
}
