/**
 * The built-in rubric templates (resources/rubrics/*.json): published rubric files with fixed ids,
 * so every office that uses one as is holds the same version with the same hash. They are read
 * and checked once per process; a template that fails its check is a defect of the build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { parseRubricFile, type RubricFile } from '../../../shared/rubric/rubric-file';
import { templateSummary, type RubricTemplateSummary } from '../../../shared/rubric/rubric-views';
import { rubricContentHash } from './content-hash';

/** A built-in template: its id (the file name without `.json`) and the rubric version it holds. */
export interface RubricTemplate {
  templateId: string;
  rubric: RubricFile['rubric'];
}

const cache = new Map<string, readonly RubricTemplate[]>();

/** The templates in `<resourcesDir>/rubrics`, by file name; read once per folder and process. */
export function loadTemplates(resourcesDir: string): readonly RubricTemplate[] {
  const cached = cache.get(resourcesDir);
  if (cached) return cached;
  const folder = join(resourcesDir, 'rubrics');
  const templates = readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => readTemplate(join(folder, name), name.slice(0, -'.json'.length)));
  cache.set(resourcesDir, templates);
  return templates;
}

/** One template; throws `rubric.templateNotFound`. */
export function getTemplate(resourcesDir: string, templateId: string): RubricTemplate {
  const template = loadTemplates(resourcesDir).find((t) => t.templateId === templateId);
  if (!template) throw new AppError('rubric.templateNotFound', { template: templateId });
  return template;
}

/** The templates, each with whether this store already holds its version as is. */
export function listTemplates(db: Database, resourcesDir: string): RubricTemplateSummary[] {
  const installed = db.prepare('SELECT 1 FROM rubric_versions WHERE id = ? AND content_hash = ?');
  return loadTemplates(resourcesDir).map(({ templateId, rubric }) =>
    templateSummary(templateId, rubric, installed.get(rubric.id, rubric.contentHash) !== undefined),
  );
}

function readTemplate(file: string, templateId: string): RubricTemplate {
  const bytes = readFileSync(file);
  const parsed = parseRubricFile(bytes.toString('utf8'), bytes.byteLength);
  if (!parsed.ok) {
    throw new Error(`rubric template ${file} is invalid: ${JSON.stringify(parsed.problems)}`);
  }
  const { rubric } = parsed.file;
  if (rubric.status !== 'published' || rubricContentHash(rubric.content) !== rubric.contentHash) {
    throw new Error(`rubric template ${file} is not published with the hash of its content`);
  }
  return { templateId, rubric };
}
