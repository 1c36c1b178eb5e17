/** The comparison at a glance: both files and who typed them, and how many sheets are where. */
import type React from 'react';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaperMatched, PaperReport } from '../../../shared/domain/paper-report';
import { useFormat } from '../../format/use-format';

/** Renders the files and the counts of a report. */
export function PaperSummary(props: { report: PaperReport }): React.JSX.Element {
  const { t } = useTranslation();
  const format = useFormat();
  const { report } = props;
  const status = (wanted: PaperMatched['status']) =>
    report.matched.filter((sheet) => sheet.status === wanted).length;
  // A refused import's report is still a check: nothing in it was imported.
  const imported = status('diimpor') > 0;
  const counts = [
    imported
      ? { key: 'imported', value: status('diimpor'), label: t('paper.summary.imported'), ok: true }
      : { key: 'ready', value: status('siap'), label: t('paper.summary.ready'), ok: true },
    { key: 'present', value: status('sudahAda'), label: t('paper.summary.present') },
    { key: 'invalid', value: status('tidakValid'), label: t('paper.summary.invalid'), bad: true },
    {
      key: 'mismatches',
      value: report.mismatches.length,
      label: t('paper.summary.mismatches'),
      bad: true,
    },
    {
      key: 'oneSided',
      value: report.oneSided.length,
      label: t('paper.summary.oneSided'),
      bad: true,
    },
    {
      key: 'problems',
      value: report.problems.length,
      label: t('paper.summary.problems'),
      bad: true,
    },
  ];
  const files = [
    ['A', report.fileA, report.operatorA],
    ['B', report.fileB, report.operatorB],
  ] as const;

  return (
    <div className="panel" role="region" aria-labelledby="paper-summary-title">
      <h2 id="paper-summary-title">{t('paper.summary.title')}</h2>
      <dl className="facts">
        {files.map(([side, file, operator]) =>
          file ? (
            <Fragment key={side}>
              <dt>{t('paper.summary.file', { side })}</dt>
              <dd>
                {t('paper.summary.fileLine', {
                  name: file.fileName,
                  count: file.rows,
                  formatted: format.number(file.rows),
                  nama: operator.nama,
                })}
                <br />
                <span className="mono break muted">
                  {t('paper.summary.sha', { sha: file.sha256 })}
                </span>
              </dd>
            </Fragment>
          ) : null,
        )}
      </dl>
      <ul
        className="counts paper-counts"
        aria-label={t('paper.summary.countsLabel')}
        data-testid="paper-counts"
      >
        {counts.map((count) => (
          <li
            key={count.key}
            className={
              count.ok && count.value > 0
                ? 'count-ok'
                : count.bad && count.value > 0
                  ? 'count-bad'
                  : undefined
            }
          >
            <span className="count-value">{format.number(count.value)}</span> {count.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
