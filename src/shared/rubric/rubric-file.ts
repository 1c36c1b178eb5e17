/**
 * The rubric file (`.rubrik.json`): how a rubric travels between offices and how the built-in
 * templates are stored. One version per file; its content hash is checked on import, so a
 * published rubric keeps its identity and hash across databases. See docs/rubrics.md.
 */
import { z } from 'zod';
import { Id } from '../domain/selection';
import { Sha256Hex } from '../journal/entry';
import { checkRubricContent, problemsFromZod, type RubricProblem } from './check-rubric';
import { RubricDraftContent, RubricStatus, type RubricContent } from './rubric';

/** The value of the file's `format` field. */
export const RUBRIC_FILE_FORMAT = 'panitia-rubric';
/** The version of the file format this build writes and reads. */
export const RUBRIC_FILE_VERSION = 1;
/** The largest rubric file accepted, in bytes. */
export const MAX_RUBRIC_FILE_BYTES = 2 * 1024 * 1024;

const Envelope = z.strictObject({
  format: z.literal(RUBRIC_FILE_FORMAT),
  formatVersion: z.number().int(),
  exportedAt: z.string().max(40).optional(),
  rubric: z.strictObject({
    id: Id,
    rubricId: Id,
    version: z.number().int().positive().max(100_000),
    status: RubricStatus,
    contentHash: Sha256Hex,
    content: z.unknown(),
  }),
});

/** A rubric file whose structure and content were checked; the hash is checked by the importer. */
export interface RubricFile {
  formatVersion: number;
  rubric: {
    id: string;
    rubricId: string;
    version: number;
    status: RubricStatus;
    contentHash: string;
    content: RubricContent | RubricDraftContent;
  };
}

/** File-level problems, on top of the content problems of check-rubric.ts. */
export type RubricFileProblemCode =
  'fileTooLarge' | 'notJson' | 'notRubricFile' | 'unsupportedFormatVersion' | 'hashMismatch';

/** A problem with a rubric file: with the file, or with the rubric inside it. */
export type RubricFileProblem =
  | RubricProblem
  | {
      path: readonly (string | number)[];
      code: RubricFileProblemCode;
      params: Record<string, string | number>;
    };

/** The outcome of {@link parseRubricFile}. */
export type RubricFileParse =
  { ok: true; file: RubricFile } | { ok: false; problems: RubricFileProblem[] };

/**
 * Reads and checks a rubric file completely. A draft's content need only be well-formed; a
 * published or retired one must be complete, since nobody can fix it after import.
 */
export function parseRubricFile(text: string, byteLength: number): RubricFileParse {
  if (byteLength > MAX_RUBRIC_FILE_BYTES) {
    return fail('fileTooLarge', { size: byteLength, max: MAX_RUBRIC_FILE_BYTES });
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return fail('notJson', { detail: error instanceof Error ? error.message : String(error) });
  }
  if (!isObject(json) || json.format !== RUBRIC_FILE_FORMAT) return fail('notRubricFile', {});
  if (json.formatVersion !== RUBRIC_FILE_VERSION) {
    return fail('unsupportedFormatVersion', {
      version: String(json.formatVersion),
      supported: RUBRIC_FILE_VERSION,
    });
  }
  const envelope = Envelope.safeParse(json, { reportInput: true });
  if (!envelope.success) return { ok: false, problems: problemsFromZod(envelope.error.issues) };
  const { rubric } = envelope.data;
  const content = checkContent(rubric.status, rubric.content);
  if (!content.ok) {
    return {
      ok: false,
      problems: content.problems.map((p) => ({ ...p, path: ['rubric', 'content', ...p.path] })),
    };
  }
  return {
    ok: true,
    file: { formatVersion: RUBRIC_FILE_VERSION, rubric: { ...rubric, content: content.content } },
  };
}

function checkContent(
  status: RubricStatus,
  value: unknown,
):
  | { ok: true; content: RubricContent | RubricDraftContent }
  | { ok: false; problems: RubricProblem[] } {
  if (status !== 'draft') return checkRubricContent(value);
  const draft = RubricDraftContent.safeParse(value, { reportInput: true });
  return draft.success
    ? { ok: true, content: draft.data }
    : { ok: false, problems: problemsFromZod(draft.error.issues) };
}

/** Builds the file for one rubric version. */
export function rubricFile(
  rubric: RubricFile['rubric'],
  exportedAt: string,
): Record<string, unknown> {
  return {
    format: RUBRIC_FILE_FORMAT,
    formatVersion: RUBRIC_FILE_VERSION,
    exportedAt,
    rubric,
  };
}

function fail(
  code: RubricFileProblemCode,
  params: Record<string, string | number>,
): RubricFileParse {
  return { ok: false, problems: [{ path: [], code, params }] };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
