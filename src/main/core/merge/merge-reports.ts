/** The signed merge reports this store recorded (merge_reports), listed and checked on reading. */
import type { Database } from 'better-sqlite3';
import { MergeReport } from '../../../shared/domain/merge';
import type { MergeReportRow, MergeReportView } from '../../../shared/domain/quarantine-view';
import { AppError } from '../../../shared/errors';
import { verifyBytes } from '../crypto/sign';

interface StoredReport {
  id: string;
  recordedAt: string;
  report: string;
  signature: string;
  publicKey: string;
}

const SELECT = `SELECT id, recorded_at AS recordedAt, report, signature, public_key AS publicKey
  FROM merge_reports`;

/** Every report, newest first, with its totals. */
export function listMergeReports(db: Database): MergeReportRow[] {
  const rows = db.prepare(`${SELECT} ORDER BY recorded_at DESC, seq DESC`).all() as StoredReport[];
  return rows.map((row) => {
    const report = MergeReport.parse(JSON.parse(row.report));
    return {
      id: row.id,
      recordedAt: row.recordedAt,
      mergerFingerprint: report.merger.fingerprint,
      bundles: report.bundles.length,
      added: report.totals.added,
      duplicates: report.totals.duplicates,
      held: report.totals.held,
      quarantine: report.quarantine.length,
      missingSheets: report.completeness.reduce((sum, office) => sum + office.missing.length, 0),
    };
  });
}

/**
 * One report and whether its signature holds now: checked over the stored canonical JSON (the
 * bytes the merger signed) with the public key of the merger's device.
 */
export function getMergeReport(db: Database, id: string): MergeReportView {
  const row = db.prepare(`${SELECT} WHERE id = ?`).get(id) as StoredReport | undefined;
  if (!row) throw new AppError('mergeReport.notFound', { id });
  const signatureValid =
    row.publicKey !== '' &&
    verifyBytes(row.publicKey, Buffer.from(row.report, 'utf8'), row.signature);
  return {
    id: row.id,
    report: MergeReport.parse(JSON.parse(row.report)),
    signature: row.signature,
    publicKey: row.publicKey,
    signatureValid,
  };
}
