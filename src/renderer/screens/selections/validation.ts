/**
 * Client-side checks of the selection and formasi forms, using the same zod schemas as the main
 * process, so the form and the server can never disagree about what is valid.
 */
import type { z } from 'zod';
import {
  FormasiFields,
  SelectionFields,
  type FormasiFields as FormasiValues,
  type SelectionFields as SelectionValues,
} from '../../../shared/domain/selection';

/** A field error as a translation key and its parameters. */
export interface FieldError {
  key:
    | 'validation.required'
    | 'validation.tooLong'
    | 'validation.year'
    | 'validation.type'
    | 'validation.formasiCode'
    | 'validation.quota';
  params?: Record<string, number>;
}

/** What the user typed in the selection form (everything as text). */
export interface SelectionDraft {
  name: string;
  year: string;
  type: string;
  instansi: string;
  location: string;
}

/** What the user typed in the formasi form. */
export interface FormasiDraft {
  code: string;
  jabatan: string;
  unit: string;
  pendidikan: string;
  quota: string;
}

/** Either the parsed values or an error per invalid field. */
export type Validated<T, K extends string> =
  { ok: true; value: T } | { ok: false; errors: Partial<Record<K, FieldError>> };

/** An empty selection draft (this year, CPNS). */
export function emptySelectionDraft(now = new Date()): SelectionDraft {
  return { name: '', year: String(now.getFullYear()), type: 'CPNS', instansi: '', location: '' };
}

/** Checks the selection form. */
export function validateSelection(
  draft: SelectionDraft,
): Validated<SelectionValues, keyof SelectionDraft> {
  const result = SelectionFields.safeParse({ ...draft, year: toNumber(draft.year) });
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    errors: fieldErrors(result.error, {
      year: { key: 'validation.year', params: { min: 2000, max: 2100 } },
      type: { key: 'validation.type' },
    }),
  };
}

/** Checks the formasi form. */
export function validateFormasi(draft: FormasiDraft): Validated<FormasiValues, keyof FormasiDraft> {
  const result = FormasiFields.safeParse({ ...draft, quota: toNumber(draft.quota) });
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    errors: fieldErrors(result.error, {
      quota: { key: 'validation.quota', params: { min: 1, max: 100000 } },
    }),
  };
}

// Empty or non-numeric text becomes NaN, which the schema refuses like any other bad number.
function toNumber(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? Number.NaN : Number(trimmed);
}

function fieldErrors<K extends string>(
  error: z.ZodError,
  fixed: Partial<Record<K, FieldError>>,
): Partial<Record<K, FieldError>> {
  const errors: Partial<Record<K, FieldError>> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0]) as K;
    if (errors[field]) continue;
    errors[field] = fixed[field] ?? textError(issue);
  }
  return errors;
}

function textError(issue: z.core.$ZodIssue): FieldError {
  if (issue.code === 'too_big')
    return { key: 'validation.tooLong', params: { max: Number(issue.maximum) } };
  // Only the formasi code has a pattern.
  if (issue.code === 'invalid_format') return { key: 'validation.formasiCode' };
  return { key: 'validation.required' };
}
