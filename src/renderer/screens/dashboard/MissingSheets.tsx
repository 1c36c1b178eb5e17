/**
 * The sheets one session still owes: candidate, assessor, and whether a draft is started. Names
 * only; it is read again whenever the session's counts change, so it never lags the row above.
 */
import type React from 'react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { MissingSheet } from '../../../shared/contract/progress-contract';
import type { SessionProgress } from '../../../shared/contract/scoring-contract';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useProgress } from '../../state/services';

const NONE: MissingSheet[] = [];

/** Renders the owed sheets of `row`'s session; `label` names the table. */
export function MissingSheets(props: { row: SessionProgress; label: string }): React.JSX.Element {
  const { t } = useTranslation();
  const { row } = props;
  const sessionId = row.session.id;
  const loadMissing = useProgress((state) => state.loadMissing);
  const list = useProgress((state) => state.missing[sessionId] ?? NONE);
  const status = useProgress((state) => state.missingStatus[sessionId] ?? 'idle');
  const error = useProgress((state) => state.missingError[sessionId] ?? null);
  // What the list depends on; a refresh with the same counts costs no second call.
  const version = `${row.expected}/${row.submitted}/${row.drafts}/${row.waiting}`;

  useEffect(() => {
    void loadMissing(sessionId);
  }, [loadMissing, sessionId, version]);

  if (status === 'error')
    return <ErrorNotice error={error} onRetry={() => void loadMissing(sessionId)} />;
  if (status !== 'ready') return <p role="status">{t('common.loading')}</p>;
  return (
    <div className="dashboard-missing-list">
      <h3>{t('dashboard.missing.title')}</h3>
      {row.waiting > 0 ? (
        <p className="muted">{t('dashboard.missing.waitingNote', { count: row.waiting })}</p>
      ) : null}
      {list.length === 0 ? (
        <p>{t('dashboard.missing.none')}</p>
      ) : (
        <table className="table table-compact" aria-label={props.label}>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.missing.nomor')}</th>
              <th scope="col">{t('dashboard.missing.nama')}</th>
              <th scope="col">{t('dashboard.missing.candidateStatus')}</th>
              <th scope="col">{t('dashboard.missing.assessor')}</th>
              <th scope="col">{t('dashboard.missing.sheet')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((sheet) => (
              <tr key={`${sheet.candidateId}/${sheet.assessorId}`}>
                <td className="mono">{sheet.nomorPeserta}</td>
                <td>{sheet.nama}</td>
                <td>{t(`dashboard.missing.status.${sheet.status}`)}</td>
                <td>{sheet.assessorNama}</td>
                <td>
                  {sheet.hasDraft ? (
                    <span className="badge badge-draft">{t('dashboard.missing.draft')}</span>
                  ) : (
                    t('dashboard.missing.notStarted')
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
