/** What the row checker needs to know about the selection, and what it returns. */
import type { CandidateFields } from '../../../shared/domain/candidate';
import type { InvalidRow } from '../../../shared/domain/import-report';

/** The selection's formasi and the identities it already holds. */
export interface CheckContext {
  /** Keyed by {@link normaliseFormasiCode} of the formasi code. */
  formasiByCode: ReadonlyMap<string, { id: string }>;
  existingNomorPeserta: ReadonlySet<string>;
  existingNik: ReadonlySet<string>;
}

/** A row that can be stored as it is. */
export interface ValidRow {
  line: number;
  fields: CandidateFields;
  formasiId: string;
}

/** Every non-blank data row, sorted into valid and invalid, in file order. */
export interface CheckedRows {
  /** Heading as written in the file → field name. */
  columns: Record<string, string>;
  totalRows: number;
  valid: ValidRow[];
  invalid: InvalidRow[];
}
