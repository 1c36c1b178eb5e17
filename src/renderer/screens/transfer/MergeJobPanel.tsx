/** A running merge as a progress bar with a cancel button, and its summary once it is done. */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MergeJobView } from '../../../shared/contract/merge-contract';
import { PATHS } from '../../app/paths';
import { formatNumber } from '../../format/format';

/** The merge report page of `reportId` (the Laporan screen). */
export function mergeReportPath(reportId: string): string {
  return `${PATHS.transferReports}/${encodeURIComponent(reportId)}`;
}

/** Renders `job`'s progress or outcome; `onCancel` stops a running job. */
export function MergeJobPanel(props: {
  job: MergeJobView;
  onCancel: () => void;
}): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const n = (value: number) => formatNumber(value, i18n.language);
  const { job } = props;
  if (job.state === 'running') {
    const p = job.progress;
    const done = p ? (p.phase === 'merge' ? p.files : p.file - 1) : 0;
    const files = p?.files ?? 1;
    return (
      <div className="panel" role="status" aria-live="polite">
        <h2>{t('transfer.bundleImport.merging')}</h2>
        <progress className="merge-bar" max={files} value={done} />
        <p>
          {p === null
            ? t('transfer.bundleImport.starting')
            : p.phase === 'verify'
              ? t('transfer.bundleImport.progressVerify', {
                  file: n(p.file),
                  files: n(p.files),
                  entries: n(p.entries),
                })
              : t('transfer.bundleImport.progressMerge')}
        </p>
        <button type="button" className="button" onClick={props.onCancel}>
          {t('transfer.bundleImport.cancel')}
        </button>
      </div>
    );
  }
  if (job.state !== 'done' || !job.outcome) return <></>;
  const { report, reportId } = job.outcome;
  const sum = (key: 'forks') => report.bundles.reduce((total, b) => total + b[key], 0);
  const open = report.quarantine.filter((q) => q.resolved === null).length;
  const missing = report.completeness.reduce((total, o) => total + o.missing.length, 0);
  return (
    <div className="panel" role="status">
      <h2>{t('transfer.bundleImport.doneTitle')}</h2>
      <dl className="facts">
        <dt>{t('transfer.bundleImport.totals.added')}</dt>
        <dd>{n(report.totals.added)}</dd>
        <dt>{t('transfer.bundleImport.totals.duplicates')}</dt>
        <dd>{n(report.totals.duplicates)}</dd>
        <dt>{t('transfer.bundleImport.totals.held')}</dt>
        <dd>{n(report.totals.held)}</dd>
        <dt>{t('transfer.bundleImport.totals.forks')}</dt>
        <dd>{n(sum('forks'))}</dd>
        <dt>{t('transfer.bundleImport.totals.quarantine')}</dt>
        <dd>{n(open)}</dd>
        <dt>{t('transfer.bundleImport.totals.missing')}</dt>
        <dd>{n(missing)}</dd>
      </dl>
      {reportId === null ? <p>{t('transfer.bundleImport.nothingChanged')}</p> : null}
      <div className="actions">
        {reportId !== null ? (
          <Link className="button button-primary" to={mergeReportPath(reportId)}>
            {t('transfer.bundleImport.openReport')}
          </Link>
        ) : null}
        {open > 0 ? (
          <Link className="button" to={PATHS.transferQuarantine}>
            {t('transfer.bundleImport.openQuarantine')}
          </Link>
        ) : null}
      </div>
    </div>
  );
}
