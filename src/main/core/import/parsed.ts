/** The result of reading one cell as a typed value: the value, or the problem that stopped it. */
import type { ImportProblemCode } from '../../../shared/i18n/import-problems';

/** A read value, or why it could not be read (the field is added by the row checker). */
export type Parsed<T> =
  | { ok: true; value: T }
  | { ok: false; code: ImportProblemCode; params: Record<string, string | number> };

/** A successfully read value. */
export function ok<T>(value: T): Parsed<T> {
  return { ok: true, value };
}

/** A cell that could not be read, with the params its message shows. */
export function fail<T>(
  code: ImportProblemCode,
  params: Record<string, string | number> = {},
): Parsed<T> {
  return { ok: false, code, params };
}
