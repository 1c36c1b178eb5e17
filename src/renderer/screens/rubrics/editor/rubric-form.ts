/**
 * The rubric editor's model: the content as the user types it (numbers as text, so "12," can be
 * on its way to "12,5"), and the conversions to and from the content the main process stores.
 */
import {
  SCALE_BOUNDS,
  type RubricDraftContent,
  type RubricKind,
} from '../../../../shared/rubric/rubric';
import { evenWeights } from '../../../../shared/rubric/weights';

/** One level of an aspect's scale as edited. */
export interface LevelForm {
  value: number;
  label: string;
  anchor: string;
}

/** One aspect as edited; `key` is React's and is never saved. */
export interface AspectForm {
  key: string;
  code: string;
  title: string;
  description: string;
  indicators: string[];
  weight: string;
  min: number;
  max: number;
  levels: LevelForm[];
  noteRequiredAtExtremes: boolean;
}

/** A rubric draft as edited. */
export interface RubricForm {
  title: string;
  kind: RubricKind;
  instructions: string;
  duration: string;
  aspects: AspectForm[];
  sources: string[];
}

/** The scale a new aspect starts with. */
export const DEFAULT_SCALE = { min: 1, max: 5 } as const;

let nextKey = 0;
function newKey(): string {
  nextKey += 1;
  return `aspect-${nextKey}`;
}

/** The form of stored content. */
export function fromContent(content: RubricDraftContent): RubricForm {
  return {
    title: content.title,
    kind: content.kind,
    instructions: content.instructions,
    duration: content.durationMinutes === null ? '' : String(content.durationMinutes),
    sources: [...content.sources],
    aspects: content.aspects.map((aspect) => ({
      key: newKey(),
      code: aspect.code,
      title: aspect.title,
      description: aspect.description,
      indicators: [...aspect.indicators],
      weight: String(aspect.weight),
      min: aspect.scale.min,
      max: aspect.scale.max,
      levels: aspect.levels.map((level) => ({ ...level })),
      noteRequiredAtExtremes: aspect.noteRequiredAtExtremes,
    })),
  };
}

/** The content of a form, for checking and saving; text that is no number stays NaN. */
export function toContent(form: RubricForm): RubricDraftContent {
  return {
    title: form.title,
    kind: form.kind,
    instructions: form.instructions,
    durationMinutes: form.duration.trim() === '' ? null : parseDecimal(form.duration),
    sources: form.sources,
    aspects: form.aspects.map((aspect) => ({
      code: aspect.code,
      title: aspect.title,
      description: aspect.description,
      indicators: aspect.indicators,
      // An empty weight is a weight not decided yet; a draft may hold it as 0.
      weight: aspect.weight.trim() === '' ? 0 : parseDecimal(aspect.weight),
      scale: { min: aspect.min, max: aspect.max },
      levels: aspect.levels,
      noteRequiredAtExtremes: aspect.noteRequiredAtExtremes,
    })),
  };
}

/** A number typed with a decimal comma or point; NaN for anything else. */
export function parseDecimal(text: string): number {
  const normalised = text.trim().replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : Number.NaN;
}

/**
 * The aspect on a new scale: one level per value, keeping the label and anchor of every value
 * that was there before. A scale whose lowest value is not below its highest keeps its levels
 * until it is corrected, so no text is lost on the way.
 */
export function withScale(aspect: AspectForm, min: number, max: number): AspectForm {
  if (min >= max) return { ...aspect, min, max };
  const byValue = new Map(aspect.levels.map((level) => [level.value, level]));
  const levels = Array.from({ length: max - min + 1 }, (_, i) => {
    const value = min + i;
    return byValue.get(value) ?? { value, label: '', anchor: '' };
  });
  return { ...aspect, min, max, levels };
}

/** A blank aspect with a code no other aspect has. */
export function newAspect(existing: readonly AspectForm[]): AspectForm {
  const codes = new Set(existing.map((aspect) => aspect.code.toLocaleUpperCase('id')));
  let n = existing.length + 1;
  while (codes.has(aspectCode(n))) n += 1;
  return withScale(
    {
      key: newKey(),
      code: aspectCode(n),
      title: '',
      description: '',
      indicators: [],
      weight: '',
      min: DEFAULT_SCALE.min,
      max: DEFAULT_SCALE.max,
      levels: [],
      noteRequiredAtExtremes: true,
    },
    DEFAULT_SCALE.min,
    DEFAULT_SCALE.max,
  );
}

function aspectCode(n: number): string {
  return `A.${String(n).padStart(2, '0')}`;
}

/** A new rubric: one blank aspect, everything else to be written. */
export function blankContent(): RubricDraftContent {
  const aspect = { ...newAspect([]), weight: '100' };
  return toContent({
    title: '',
    kind: 'wawancara',
    instructions: '',
    duration: '',
    aspects: [aspect],
    sources: [],
  });
}

/** `list` with the item at `index` moved by `delta` places (unchanged at either end). */
export function moveItem<T>(list: readonly T[], index: number, delta: number): T[] {
  const target = index + delta;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return [...list];
  const copy = [...list];
  const [item] = copy.splice(index, 1);
  copy.splice(target, 0, item as T);
  return copy;
}

/** The aspects with 100 % split evenly between them. */
export function evenlyWeighted(aspects: readonly AspectForm[]): AspectForm[] {
  const weights = evenWeights(aspects.length);
  return aspects.map((aspect, i) => ({ ...aspect, weight: String(weights[i]) }));
}

/** The values a scale end can take. */
export const SCALE_VALUES: readonly number[] = Array.from(
  { length: SCALE_BOUNDS.max - SCALE_BOUNDS.min + 1 },
  (_, i) => SCALE_BOUNDS.min + i,
);
