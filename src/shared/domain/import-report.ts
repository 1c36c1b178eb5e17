/** The outcome of checking or importing a candidate file, row by row. */
import { z } from 'zod';
import { Id } from './selection';

/** Why one field of one row was refused; `code` has a translation in i18n/import-problems.ts. */
export const RowProblem = z.object({
  field: z.string(),
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type RowProblem = z.infer<typeof RowProblem>;

/** One refused row, with its line number in the file as a spreadsheet program shows it. */
export const InvalidRow = z.object({
  line: z.number().int().positive(),
  nomorPeserta: z.string().nullable(),
  nama: z.string().nullable(),
  problems: z.array(RowProblem).min(1),
});
export type InvalidRow = z.infer<typeof InvalidRow>;

/** How an import treats invalid rows. */
export const ImportMode = z.enum(['check', 'all-or-nothing', 'skip-invalid']);
export type ImportMode = z.infer<typeof ImportMode>;

/** What the checker found and, unless only checking, what was written. */
export const ImportReport = z.object({
  fileName: z.string(),
  fileSha256: z.string().regex(/^[0-9a-f]{64}$/),
  format: z.enum(['csv', 'xlsx']),
  encoding: z.string().nullable(),
  delimiter: z.string().nullable(),
  /** Which heading in the file was read as which field. */
  columns: z.record(z.string(), z.string()),
  totalRows: z.number().int().nonnegative(),
  validRows: z.number().int().nonnegative(),
  invalidRows: z.array(InvalidRow),
  mode: ImportMode,
  importedRows: z.number().int().nonnegative(),
  importId: Id.nullable(),
});
export type ImportReport = z.infer<typeof ImportReport>;
