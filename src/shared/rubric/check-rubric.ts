/**
 * Checks a rubric's content completely and reports every problem at once, each with where it is
 * and what is wrong, so the editor, the file import and the CLI can say all of it in words.
 */
import type { z } from 'zod';
import { RubricContent, type Aspect } from './rubric';
import { toHundredths, WEIGHT_TOTAL_HUNDREDTHS } from './weights';

/** What can be wrong with a rubric; each code has a sentence in i18n/rubric-problems.ts. */
export type RubricProblemCode =
  | 'required'
  | 'wrongType'
  | 'notInteger'
  | 'empty'
  | 'tooLong'
  | 'tooFew'
  | 'tooMany'
  | 'atLeast'
  | 'greaterThan'
  | 'atMost'
  | 'invalidValue'
  | 'invalidCode'
  | 'invalidFormat'
  | 'unknownField'
  | 'scaleMinNotBelowMax'
  | 'levelsDoNotMatchScale'
  | 'duplicateAspectCode'
  | 'weightPrecision'
  | 'weightsDoNotSum';

/** Where in the content a problem is: a path of keys and array indexes, as in the JSON file. */
export type RubricPath = readonly (string | number)[];

/** One problem with a rubric. */
export interface RubricProblem {
  path: RubricPath;
  code: RubricProblemCode;
  params: Record<string, string | number>;
}

/** The outcome of {@link checkRubricContent}. */
export type RubricCheck =
  { ok: true; content: RubricContent } | { ok: false; problems: RubricProblem[] };

/** Validates `value` as rubric content: structure first, then the rules that tie fields together. */
export function checkRubricContent(value: unknown): RubricCheck {
  const parsed = RubricContent.safeParse(value, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: problemsFromZod(parsed.error.issues) };
  const problems = checkRules(parsed.data);
  return problems.length === 0 ? { ok: true, content: parsed.data } : { ok: false, problems };
}

function checkRules(content: RubricContent): RubricProblem[] {
  const problems: RubricProblem[] = [];
  const seenCodes = new Map<string, number>();
  content.aspects.forEach((aspect, index) => {
    const at = ['aspects', index] as const;
    const key = aspect.code.toLocaleUpperCase('id');
    const first = seenCodes.get(key);
    if (first === undefined) seenCodes.set(key, index);
    else
      problems.push({
        path: [...at, 'code'],
        code: 'duplicateAspectCode',
        params: { code: aspect.code, first: first + 1 },
      });
    problems.push(...checkScale(aspect, at));
    if (toHundredths(aspect.weight) === null) {
      problems.push({
        path: [...at, 'weight'],
        code: 'weightPrecision',
        params: { weight: aspect.weight },
      });
    }
  });
  const total = totalWeightHundredths(content.aspects);
  if (total !== null && total !== WEIGHT_TOTAL_HUNDREDTHS) {
    problems.push({ path: ['aspects'], code: 'weightsDoNotSum', params: { total: total / 100 } });
  }
  return problems;
}

function checkScale(aspect: Aspect, at: RubricPath): RubricProblem[] {
  const { min, max } = aspect.scale;
  if (min >= max) {
    return [{ path: [...at, 'scale'], code: 'scaleMinNotBelowMax', params: { min, max } }];
  }
  const values = aspect.levels.map((level) => level.value);
  const expected = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  if (values.length === expected.length && values.every((v, i) => v === expected[i])) return [];
  return [
    {
      path: [...at, 'levels'],
      code: 'levelsDoNotMatchScale',
      params: { min, max, found: values.join(', ') },
    },
  ];
}

/** The sum of the aspects' weights in hundredths of a percent, or null if a weight is too precise. */
export function totalWeightHundredths(aspects: readonly Pick<Aspect, 'weight'>[]): number | null {
  let total = 0;
  for (const { weight } of aspects) {
    const hundredths = toHundredths(weight);
    if (hundredths === null) return null;
    total += hundredths;
  }
  return total;
}

/** Turns zod's issues into rubric problems with translatable codes. */
export function problemsFromZod(issues: readonly z.core.$ZodIssue[]): RubricProblem[] {
  return issues.map(fromZodIssue);
}

function fromZodIssue(issue: z.core.$ZodIssue): RubricProblem {
  const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return { path, code: 'required', params: {} };
      if (issue.expected === 'int') return { path, code: 'notInteger', params: {} };
      return { path, code: 'wrongType', params: { expected: issue.expected } };
    case 'too_small':
      return fromSizeIssue(path, issue.origin, 'min', Number(issue.minimum), issue.inclusive);
    case 'too_big':
      return fromSizeIssue(path, issue.origin, 'max', Number(issue.maximum), issue.inclusive);
    case 'invalid_format':
      return issue.format === 'regex'
        ? { path, code: 'invalidCode', params: {} }
        : { path, code: 'invalidFormat', params: { format: issue.format } };
    case 'invalid_value':
      return { path, code: 'invalidValue', params: { allowed: issue.values.join(', ') } };
    case 'invalid_union':
      return { path, code: 'invalidValue', params: { allowed: '' } };
    case 'unrecognized_keys':
      return { path, code: 'unknownField', params: { keys: issue.keys.join(', ') } };
    default:
      return { path, code: 'wrongType', params: { expected: '' } };
  }
}

function fromSizeIssue(
  path: RubricPath,
  origin: string,
  side: 'min' | 'max',
  limit: number,
  inclusive = true,
): RubricProblem {
  if (origin === 'string') {
    return side === 'min'
      ? { path, code: 'empty', params: {} }
      : { path, code: 'tooLong', params: { max: limit } };
  }
  if (origin === 'array') {
    return side === 'min'
      ? { path, code: 'tooFew', params: { min: limit } }
      : { path, code: 'tooMany', params: { max: limit } };
  }
  if (side === 'max') return { path, code: 'atMost', params: { limit } };
  return { path, code: inclusive ? 'atLeast' : 'greaterThan', params: { limit } };
}
