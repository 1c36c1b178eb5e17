/**
 * The plan editor's model: a scoring plan as the user types it (numbers as text), conversions to
 * and from the stored plan, and the keys a new part or component gets from its name.
 */
import {
  PlanKey,
  type ComponentCategory,
  type ComponentSource,
  type PlanComponent,
  type PresetId,
  type ScoringPlan,
  type TieBreak,
} from '../../../shared/plan/plan';
import { DEFAULT_MIN_ASSESSORS } from '../../../shared/plan/presets';
import { parseDecimal } from '../rubrics/editor/rubric-form';

/** Where a component's score comes from, with every source's fields kept while switching. */
export interface SourceForm {
  type: ComponentSource['type'];
  rubricVersionId: string | null;
  rubricHash: string | null;
  minAssessors: string;
  maxScore: string;
}

/** A part as edited; `rowKey` is React's. `keyEdited`: the user typed the key themselves. */
export interface PartForm {
  rowKey: string;
  key: string;
  keyEdited: boolean;
  label: string;
  weight: string;
}

/** A component as edited. */
export interface ComponentForm {
  rowKey: string;
  key: string;
  keyEdited: boolean;
  label: string;
  category: ComponentCategory;
  part: string;
  weight: string;
  source: SourceForm;
  threshold: string;
}

/** A plan as edited. */
export interface PlanForm {
  preset: PresetId;
  parts: PartForm[];
  components: ComponentForm[];
  tieBreak: TieBreak[];
}

let nextRow = 0;
function rowKey(): string {
  nextRow += 1;
  return `row-${nextRow}`;
}

const DEFAULT_SOURCE: SourceForm = {
  type: 'rubric',
  rubricVersionId: null,
  rubricHash: null,
  minAssessors: String(DEFAULT_MIN_ASSESSORS),
  maxScore: '100',
};

/** The form of a stored plan. */
export function fromPlan(plan: ScoringPlan): PlanForm {
  return {
    preset: plan.preset,
    parts: plan.parts.map((part) => ({
      rowKey: rowKey(),
      key: part.key,
      keyEdited: true,
      label: part.label,
      weight: String(part.weight),
    })),
    components: plan.components.map((component) => ({
      rowKey: rowKey(),
      key: component.key,
      keyEdited: true,
      label: component.label,
      category: component.category,
      part: component.part,
      weight: String(component.weight),
      threshold: component.threshold === null ? '' : String(component.threshold),
      source: sourceForm(component.source),
    })),
    tieBreak: [...plan.tieBreak],
  };
}

function sourceForm(source: ComponentSource): SourceForm {
  switch (source.type) {
    case 'rubric':
      return {
        ...DEFAULT_SOURCE,
        rubricVersionId: source.rubricVersionId,
        rubricHash: source.rubricHash,
        minAssessors: String(source.minAssessors),
      };
    case 'external_score':
      return { ...DEFAULT_SOURCE, type: source.type, maxScore: String(source.maxScore) };
    default:
      return { ...DEFAULT_SOURCE, type: source.type };
  }
}

/** The plan of a form; text that is no number stays NaN, for the schema to point at. */
export function toPlan(form: PlanForm): ScoringPlan {
  return {
    preset: form.preset,
    parts: form.parts.map((part) => ({
      key: part.key,
      label: part.label,
      weight: weightOf(part.weight),
    })),
    components: form.components.map((component): PlanComponent => ({
      key: component.key,
      label: component.label,
      category: component.category,
      part: component.part,
      weight: weightOf(component.weight),
      source: planSource(component.source),
      threshold: component.threshold.trim() === '' ? null : parseDecimal(component.threshold),
    })),
    tieBreak: form.tieBreak,
  };
}

// An empty weight is one not decided yet: 0, which the checker reports as not adding up.
function weightOf(text: string): number {
  return text.trim() === '' ? 0 : parseDecimal(text);
}

function planSource(source: SourceForm): ComponentSource {
  switch (source.type) {
    case 'rubric':
      return {
        type: 'rubric',
        rubricVersionId: source.rubricVersionId,
        rubricHash: source.rubricHash,
        minAssessors: parseDecimal(source.minAssessors),
      };
    case 'external_score':
      return { type: 'external_score', maxScore: parseDecimal(source.maxScore) };
    default:
      return { type: source.type };
  }
}

/** The plan with every unreadable number as 0, so the checker speaks of sums, not of NaN. */
export function checkablePlan(plan: ScoringPlan): ScoringPlan {
  const finite = (n: number) => (Number.isFinite(n) ? n : 0);
  return {
    ...plan,
    parts: plan.parts.map((part) => ({ ...part, weight: finite(part.weight) })),
    components: plan.components.map((component) => ({
      ...component,
      weight: finite(component.weight),
    })),
  };
}

/**
 * A key made from a name ("Simulasi Mengajar" → "simulasi_mengajar"), different from `taken`;
 * `fallback` (plus a number) when the name gives nothing usable.
 */
export function keyFromLabel(label: string, taken: readonly string[], fallback: string): string {
  let base = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 24)
    .replace(/_+$/, '');
  if (base !== '' && !/^[a-z]/.test(base)) base = `k_${base}`;
  if (!PlanKey.safeParse(base).success) base = fallback;
  const used = new Set(taken);
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}_${n}`)) n += 1;
  return `${base}_${n}`;
}

/** A new, empty part. */
export function newPart(form: PlanForm): PartForm {
  const key = keyFromLabel(
    '',
    form.parts.map((p) => p.key),
    'bagian',
  );
  return { rowKey: rowKey(), key, keyEdited: false, label: '', weight: '' };
}

/** A new component in the last part, scored on a rubric still to be chosen. */
export function newComponent(form: PlanForm): ComponentForm {
  const key = keyFromLabel(
    '',
    form.components.map((c) => c.key),
    'komponen',
  );
  return {
    rowKey: rowKey(),
    key,
    keyEdited: false,
    label: '',
    category: 'lainnya',
    part: form.parts.at(-1)?.key ?? '',
    weight: '',
    source: { ...DEFAULT_SOURCE },
    threshold: '',
  };
}

/** `item` renamed: its key follows the name until the user edits the key. */
export function renamed<T extends { key: string; keyEdited: boolean; label: string }>(
  item: T,
  label: string,
  siblings: readonly T[],
  fallback: string,
): T {
  if (item.keyEdited) return { ...item, label };
  const taken = siblings.filter((s) => s !== item).map((s) => s.key);
  return { ...item, label, key: keyFromLabel(label, taken, fallback) };
}

/** The source switched to `type`; a pass/fail gate carries no weight. */
export function withSourceType(component: ComponentForm, type: SourceForm['type']): ComponentForm {
  return {
    ...component,
    source: { ...component.source, type },
    weight: type === 'external_ms_tms' ? '0' : component.weight,
  };
}

/** The form with part `index` replaced; components follow a part whose key changed. */
export function withPart(form: PlanForm, index: number, part: PartForm): PlanForm {
  const old = form.parts[index];
  const moved = old !== undefined && old.key !== part.key;
  return {
    ...form,
    parts: form.parts.map((p, i) => (i === index ? part : p)),
    components: moved
      ? form.components.map((c) => (c.part === old.key ? { ...c, part: part.key } : c))
      : form.components,
  };
}

/** The form with component `index` replaced; the tie-break chain follows a changed key. */
export function withComponent(form: PlanForm, index: number, component: ComponentForm): PlanForm {
  const old = form.components[index];
  const from = old ? `component:${old.key}` : null;
  return {
    ...form,
    components: form.components.map((c, i) => (i === index ? component : c)),
    tieBreak:
      old && old.key !== component.key
        ? form.tieBreak.map((link) => (link === from ? `component:${component.key}` : link))
        : form.tieBreak,
  };
}

/** The form without component `index`, and without its link in the tie-break chain. */
export function withoutComponent(form: PlanForm, index: number): PlanForm {
  const old = form.components[index];
  return {
    ...form,
    components: form.components.filter((_, i) => i !== index),
    tieBreak: form.tieBreak.filter((link) => link !== `component:${old?.key}`),
  };
}
