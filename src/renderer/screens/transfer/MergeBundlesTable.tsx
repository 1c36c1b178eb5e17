/** The bundles a merge report lists: file, hash, kind, signer, trust, outcome and counts. */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import type { MergedBundle } from '../../../shared/domain/merge';
import { shortHash } from '../../components/journal-kind';
import { formatNumber } from '../../format/format';
import { problemText } from './problem-text';

/** Renders the table; an invalid bundle shows its translated problem under its outcome. */
export function MergeBundlesTable(props: { bundles: readonly MergedBundle[] }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const n = (value: number) => formatNumber(value, i18n.language);
  return (
    <div className="table-wrap">
      <table className="table table-compact">
        <caption className="visually-hidden">{t('mergeReports.report.bundles')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('mergeReports.bundle.file')}</th>
            <th scope="col">{t('mergeReports.bundle.hash')}</th>
            <th scope="col">{t('mergeReports.bundle.kind')}</th>
            <th scope="col">{t('mergeReports.bundle.signer')}</th>
            <th scope="col">{t('mergeReports.bundle.trust')}</th>
            <th scope="col">{t('mergeReports.bundle.outcome')}</th>
            <th scope="col">{t('mergeReports.bundle.added')}</th>
            <th scope="col">{t('mergeReports.bundle.duplicates')}</th>
            <th scope="col">{t('mergeReports.bundle.forks')}</th>
          </tr>
        </thead>
        <tbody>
          {props.bundles.map((bundle, index) => (
            <tr key={`${bundle.hash}:${index}`}>
              <th scope="row">{bundle.fileName}</th>
              <td className="mono" title={bundle.hash}>
                {bundle.hash === '' ? t('common.none') : shortHash(bundle.hash)}
              </td>
              <td>{bundle.kind ? t(`mergeReports.kinds.${bundle.kind}`) : t('common.none')}</td>
              <td className="mono">{bundle.signerFingerprint ?? t('common.none')}</td>
              <td>{bundle.trust ? t(`mergeReports.trust.${bundle.trust}`) : t('common.none')}</td>
              <td>
                {t(`mergeReports.outcomes.${bundle.outcome}`)}
                {bundle.problem ? (
                  <div className="problem-text">
                    {problemText(bundle.problem.code, bundle.problem.params, i18n.language)}
                  </div>
                ) : null}
              </td>
              <td>{n(bundle.added)}</td>
              <td>{n(bundle.duplicates)}</td>
              <td>{n(bundle.forks)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
