/** The totals over every session of the selection, and a bar of the sheets submitted. */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/use-format';
import { formatShare } from './dashboard-format';
import { type ProgressTotals, submittedShare } from './progress-view';

const FIGURES = [
  'sessions',
  'completeSessions',
  'expected',
  'submitted',
  'missing',
  'drafts',
  'absent',
  'conflicts',
] as const satisfies ReadonlyArray<keyof ProgressTotals>;

/** Renders `totals`. */
export function ProgressSummary(props: { totals: ProgressTotals }): React.JSX.Element {
  const { t } = useTranslation();
  const format = useFormat();
  const { totals } = props;
  const share = submittedShare(totals);
  return (
    <section className="panel dashboard-summary" aria-labelledby="dashboard-totals">
      <h2 id="dashboard-totals">{t('dashboard.totals.label')}</h2>
      <dl className="dashboard-figures">
        {FIGURES.map((figure) => (
          <div
            key={figure}
            className={
              figure === 'missing' && totals.missing > 0
                ? 'dashboard-figure dashboard-figure-warn'
                : 'dashboard-figure'
            }
          >
            <dt>{t(`dashboard.totals.${figure}`)}</dt>
            <dd>{format.number(totals[figure])}</dd>
          </div>
        ))}
      </dl>
      {share === null ? (
        <p className="muted">{t('dashboard.progressNone')}</p>
      ) : (
        <div className="dashboard-bar">
          <progress
            aria-label={t('dashboard.progressLabel')}
            aria-describedby="dashboard-bar-text"
            max={totals.expected}
            value={totals.submitted}
          />
          <p id="dashboard-bar-text">
            {t('dashboard.progressText', {
              submitted: format.number(totals.submitted),
              expected: format.number(totals.expected),
              percent: formatShare(share, format.language),
            })}
          </p>
        </div>
      )}
    </section>
  );
}
