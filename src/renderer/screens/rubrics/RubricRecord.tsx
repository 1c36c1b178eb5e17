/** Where a rubric version is used ("dipakai oleh") and the journal entries of the whole rubric. */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { planPath } from '../../app/paths';
import { HistoryTable } from '../../components/HistoryTable';
import type { RubricDetail } from '../../state/rubric-store';

/** Renders the use list and the history. */
export function RubricRecord(props: { detail: RubricDetail }): React.JSX.Element {
  const { t } = useTranslation();
  const { usedBy, history } = props.detail;
  return (
    <div className="panel" role="region" aria-labelledby="rubric-record-title">
      <h2 id="rubric-record-title">{t('rubric.record.title')}</h2>
      <h3>{t('rubric.record.usedByTitle')}</h3>
      {usedBy.length === 0 ? (
        <p className="muted">{t('rubric.record.notUsed')}</p>
      ) : (
        <ul className="plain-list" aria-label={t('rubric.record.usedByTitle')}>
          {usedBy.map((use) => (
            <li key={`${use.formasiId}-${use.componentLabel}`}>
              <Link to={planPath(use.selectionId, use.formasiId)}>
                {t('rubric.record.use', {
                  selection: use.selectionName,
                  formasi: use.formasiCode,
                  component: use.componentLabel,
                })}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <HistoryTable
        title={t('rubric.record.historyTitle')}
        emptyText={t('rubric.record.noHistory')}
        history={history}
      />
    </div>
  );
}
