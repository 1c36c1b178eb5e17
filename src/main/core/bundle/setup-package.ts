/**
 * The setup package (central → office, docs/setup-package.md): the central's journal chains whole,
 * signed by its device key, the office named in the header. Scoping the personal data to the
 * office's own candidates is a known next step; today every candidate of the selection travels.
 */
import type { Database } from 'better-sqlite3';
import type { SetupContents, SetupSelection } from '../../../shared/domain/setup-contents';
import { AppError } from '../../../shared/errors';
import type { Store } from '../store/open-store';
import { exportChainBundle, type ChainSigner } from './result-bundle';
import type { BundleSummary } from './write';

const SELECTIONS = `SELECT s.id, s.name, s.year, s.type,
  (SELECT count(*) FROM formasi f WHERE f.selection_id = s.id) AS formasi,
  (SELECT count(*) FROM formasi f JOIN formasi_plans p ON p.formasi_id = f.id
     WHERE f.selection_id = s.id AND p.locked_at IS NOT NULL) AS formasiLocked,
  (SELECT count(*) FROM candidates c WHERE c.selection_id = s.id) AS candidates,
  (SELECT count(*) FROM external_score_imports i WHERE i.selection_id = s.id) AS externalImports,
  (SELECT count(*) FROM external_scores e WHERE e.selection_id = s.id) AS externalScores
  FROM selections s ORDER BY s.created_at, s.id`;

const RUBRICS = `SELECT DISTINCT v.id, v.title, v.version FROM plan_rubrics r
  JOIN formasi f ON f.id = r.formasi_id JOIN rubric_versions v ON v.id = r.rubric_version_id
  WHERE f.selection_id = ? AND v.status = 'published' ORDER BY v.title, v.version, v.id`;

type SelectionRow = Omit<SetupSelection, 'rubrics' | 'formasiUnlocked'>;

/** What a setup package of this store would carry, per selection, and its chain figures. */
export function setupContents(db: Database): SetupContents {
  const rubrics = db.prepare(RUBRICS);
  const selections = (db.prepare(SELECTIONS).all() as SelectionRow[]).map((row) => ({
    ...row,
    formasiUnlocked: row.formasi - row.formasiLocked,
    rubrics: rubrics.all(row.id) as SetupSelection['rubrics'],
  }));
  const { chains, entries } = db
    .prepare('SELECT count(DISTINCT device_id) AS chains, count(*) AS entries FROM journal')
    .get() as { chains: number; entries: number };
  const publishedRubrics = db
    .prepare("SELECT count(*) FROM rubric_versions WHERE status = 'published'")
    .pluck()
    .get() as number;
  return { selections, publishedRubrics, chains, entries };
}

/**
 * Writes the setup package for `office`, signed by `signer` (the central's device key). Refuses
 * an empty office name and a store without a selection, before writing anything.
 */
export async function exportSetupPackage(
  store: Pick<Store, 'db' | 'deviceId'>,
  signer: ChainSigner,
  file: string,
  office: string,
): Promise<BundleSummary> {
  const name = office.trim();
  if (name.length === 0) throw new AppError('setup.officeMissing');
  const selections = store.db.prepare('SELECT count(*) FROM selections').pluck().get() as number;
  if (selections === 0) throw new AppError('setup.noSelection');
  return exportChainBundle(store, signer, file, 'setup', { office: name });
}
