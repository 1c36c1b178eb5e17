/**
 * One merge report as its merger signed it: header with the signature checked now, the bundles
 * taken in, the quarantine, completeness per office with the missing sheets, and results hashes.
 */
import type React from 'react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../shared/contract/contract';
import { ErrorNotice } from '../../components/ErrorNotice';
import { shortHash } from '../../components/journal-kind';
import { formatDateTime, formatNumber } from '../../format/format';
import { useServices } from '../../state/services';
import { MergeBundlesTable } from './MergeBundlesTable';
import { problemText } from './problem-text';

type View = Output<'merge:report'>;

/** Loads and renders the report `reportId`. */
export function MergeReportPane(props: { reportId: string }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const { api } = useServices();
  const { reportId } = props;
  const [view, setView] = useState<View | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(() => {
    api['merge:report']({ id: reportId }).then((value) => {
      setError(null);
      setView(value);
    }, setError);
  }, [api, reportId]);
  useEffect(load, [load]);
  const n = (value: number) => formatNumber(value, i18n.language);
  if (view === null) {
    return (
      <div className="panel">
        <ErrorNotice error={error} onRetry={load} />
        {error ? null : <p>{t('common.loading')}</p>}
      </div>
    );
  }
  const { report } = view;
  return (
    <article className="panel merge-report" aria-labelledby="report-title">
      <div className="panel-header">
        <h2 id="report-title">
          {t('mergeReports.report.title', {
            at: formatDateTime(report.mergedAt, i18n.language),
          })}
        </h2>
        {view.signatureValid ? (
          <span className="badge badge-published">{t('mergeReports.report.signatureValid')}</span>
        ) : (
          <span className="badge badge-error">{t('mergeReports.report.signatureInvalid')}</span>
        )}
      </div>
      <dl className="facts">
        <dt>{t('mergeReports.report.merger')}</dt>
        <dd className="mono">{report.merger.fingerprint}</dd>
        <dt>{t('mergeReports.report.totals')}</dt>
        <dd>
          {t('mergeReports.report.totalsDetail', {
            added: n(report.totals.added),
            duplicates: n(report.totals.duplicates),
            held: n(report.totals.held),
          })}
        </dd>
        <dt>{t('mergeReports.report.unscheduled')}</dt>
        <dd>{n(report.unscheduled)}</dd>
      </dl>

      <h3>{t('mergeReports.report.bundles')}</h3>
      <MergeBundlesTable bundles={report.bundles} />

      <h3>{t('mergeReports.report.quarantine')}</h3>
      {report.quarantine.length === 0 ? (
        <p>{t('mergeReports.report.noQuarantine')}</p>
      ) : (
        <ul>
          {report.quarantine.map((item) => (
            <li key={item.id}>
              <strong>{t(`quarantine.kinds.${item.kind}`)}</strong>:{' '}
              {problemText(item.reason, item.params, i18n.language)} (
              {t('quarantine.entries', { count: item.entries, n: n(item.entries) })})
            </li>
          ))}
        </ul>
      )}

      <h3>{t('mergeReports.report.completeness')}</h3>
      {report.completeness.length === 0 ? (
        <p>{t('mergeReports.report.noOffices')}</p>
      ) : (
        report.completeness.map((office) => (
          <section key={office.device} className="panel-inset">
            <h4>{office.office}</h4>
            <p>
              {t('mergeReports.report.officeCounts', {
                expected: n(office.expected),
                delivered: n(office.delivered),
                missing: n(office.missing.length),
              })}
            </p>
            {office.missing.length > 0 ? (
              <div className="table-wrap">
                <table className="table table-compact">
                  <caption>
                    {t('mergeReports.report.missingSheets', { office: office.office })}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('quarantine.sheet.nomor')}</th>
                      <th scope="col">{t('quarantine.sheet.nama')}</th>
                      <th scope="col">{t('quarantine.sheet.component')}</th>
                      <th scope="col">{t('quarantine.sheet.assessor')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {office.missing.map((sheet) => (
                      <tr key={`${sheet.sessionId}:${sheet.candidateId}:${sheet.assessorId}`}>
                        <td className="mono">{sheet.nomorPeserta}</td>
                        <td>{sheet.nama}</td>
                        <td>{sheet.componentKey}</td>
                        <td>{sheet.assessorNama}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : null}
          </section>
        ))
      )}

      <h3>{t('mergeReports.report.results')}</h3>
      {report.results.length === 0 ? (
        <p>{t('common.none')}</p>
      ) : (
        <ul>
          {report.results.map((result) => (
            <li key={result.selectionId}>
              {result.selectionId}:{' '}
              <span className="mono" title={result.inputsHash}>
                {shortHash(result.inputsHash)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
