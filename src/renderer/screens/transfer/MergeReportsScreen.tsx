/** Laporan penggabungan: every signed merge report, newest first; `:reportId` opens one. */
import type React from 'react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Output } from '../../../shared/contract/contract';
import { mergeReportPath } from '../../app/paths';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDateTime, formatNumber } from '../../format/format';
import { useServices } from '../../state/services';
import { MergeReportPane } from './MergeReportPane';
import './quarantine.css';

type Row = Output<'merge:reports'>[number];

/** Renders the list and the open report. */
export function MergeReportsScreen(): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const { api } = useServices();
  const { reportId } = useParams();
  const [rows, setRows] = useState<Row[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(() => {
    api['merge:reports']({}).then((value) => {
      setError(null);
      setRows(value);
    }, setError);
  }, [api]);
  useEffect(load, [load]);
  const n = (value: number) => formatNumber(value, i18n.language);

  return (
    <section className="screen" aria-labelledby="reports-title">
      <h1 id="reports-title" tabIndex={-1}>
        {t('mergeReports.title')}
      </h1>
      <p>{t('mergeReports.intro')}</p>
      <ErrorNotice error={error} onRetry={load} />
      {rows === null ? (
        error ? null : (
          <p>{t('common.loading')}</p>
        )
      ) : rows.length === 0 ? (
        <p>{t('mergeReports.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table table-compact">
            <caption className="visually-hidden">{t('mergeReports.listLabel')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('mergeReports.columns.recordedAt')}</th>
                <th scope="col">{t('mergeReports.columns.merger')}</th>
                <th scope="col">{t('mergeReports.columns.bundles')}</th>
                <th scope="col">{t('mergeReports.columns.added')}</th>
                <th scope="col">{t('mergeReports.columns.duplicates')}</th>
                <th scope="col">{t('mergeReports.columns.held')}</th>
                <th scope="col">{t('mergeReports.columns.quarantine')}</th>
                <th scope="col">{t('mergeReports.columns.missing')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} aria-current={row.id === reportId ? 'true' : undefined}>
                  <th scope="row">
                    <Link to={mergeReportPath(row.id)}>
                      {formatDateTime(row.recordedAt, i18n.language)}
                    </Link>
                  </th>
                  <td className="mono">{row.mergerFingerprint}</td>
                  <td>{n(row.bundles)}</td>
                  <td>{n(row.added)}</td>
                  <td>{n(row.duplicates)}</td>
                  <td>{n(row.held)}</td>
                  <td>{n(row.quarantine)}</td>
                  <td>{n(row.missingSheets)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {reportId ? <MergeReportPane key={reportId} reportId={reportId} /> : null}
    </section>
  );
}
