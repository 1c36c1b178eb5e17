/**
 * Rubric files (`.rubrik.json`) in and out. Import checks everything before anything is written:
 * a refused file changes nothing, and a published version arrives with its identity and hash
 * intact or not at all. The rules are in docs/rubrics.md.
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import {
  parseRubricFile,
  rubricFile,
  type RubricFileProblem,
} from '../../../shared/rubric/rubric-file';
import type { RubricVersion } from '../../../shared/rubric/rubric';
import { backupStore } from '../store/backup';
import type { Store } from '../store/open-store';
import { createDraft } from './commands';
import { rubricContentHash } from './content-hash';
import { presentVersion, installVersion, type CarriedVersion } from './install';
import { getRubric } from './queries';

/** What happened to an imported file. */
export interface RubricImport {
  rubric: RubricVersion;
  /** `alreadyPresent`: the store held exactly this version; nothing was written. */
  outcome: 'imported' | 'alreadyPresent';
}

/**
 * Imports one rubric file. A published or retired version keeps its identity; a draft becomes a
 * new draft of a new rubric, since a draft's identity means nothing outside its own store.
 */
export async function importRubricFile(
  store: Store,
  file: { fileName: string; text: string },
): Promise<RubricImport> {
  const { fileName, text } = file;
  const parsed = parseRubricFile(text, Buffer.byteLength(text, 'utf8'));
  if (!parsed.ok) {
    const count = parsed.problems.length;
    throw new AppError('rubric.fileInvalid', { file: fileName, count }, parsed.problems);
  }
  const { rubric } = parsed.file;
  const origin = { type: 'file', fileName } as const;
  if (rubric.status === 'draft') {
    await backupStore(store.db, store.backupDir, 'before-rubric-import', store.now());
    const draft = createDraft(store, {
      rubricId: randomUUID(),
      version: 1,
      content: rubric.content,
      origin,
    });
    return { rubric: draft, outcome: 'imported' };
  }
  if (rubricContentHash(rubric.content) !== rubric.contentHash) {
    const problem: RubricFileProblem = {
      path: ['rubric', 'contentHash'],
      code: 'hashMismatch',
      params: {},
    };
    throw new AppError('rubric.hashMismatch', { file: fileName }, [problem]);
  }
  const carried = rubric as CarriedVersion;
  const present = presentVersion(store.db, carried);
  if (present) return { rubric: present, outcome: 'alreadyPresent' };
  await backupStore(store.db, store.backupDir, 'before-rubric-import', store.now());
  return { rubric: installVersion(store, carried, origin), outcome: 'imported' };
}

/** The file of one rubric version: its name and its text (pretty JSON, LF, final newline). */
export function exportRubricFile(
  context: Pick<Store, 'db' | 'now'>,
  id: string,
): { fileName: string; text: string } {
  const { id: _id, rubricId, version, status, contentHash, content } = getRubric(context.db, id);
  const file = rubricFile(
    { id, rubricId, version, status, contentHash, content },
    context.now().toISOString(),
  );
  return {
    fileName: `${slug(content.title)}-v${version}.rubrik.json`,
    text: `${JSON.stringify(file, null, 2)}\n`,
  };
}

/** A file-name-safe form of a title: ASCII letters and digits joined by hyphens. */
export function slug(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return words.slice(0, 60).replace(/-+$/, '') || 'rubrik';
}
