/** Peserta: search, filter and browse the candidates of the active selection; open one. */
import type React from 'react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PATHS } from '../../app/paths';
import { ErrorNotice } from '../../components/ErrorNotice';
import { NoActiveSelection } from '../../components/NoActiveSelection';
import { useCandidates, useSelections } from '../../state/services';
import { useActiveSelection } from '../../state/use-active-selection';
import { CandidateDetailPane } from './CandidateDetailPane';
import { CandidateList } from './CandidateList';
import { CandidateToolbar } from './CandidateToolbar';

/** Renders the Peserta screen. */
export function CandidatesScreen(): React.JSX.Element {
  const { t } = useTranslation();
  const { candidateId } = useParams();
  const selection = useActiveSelection();
  const selectionsStatus = useSelections((state) => state.status);
  const setSelection = useCandidates((state) => state.setSelection);
  const loadFormasi = useSelections((state) => state.loadFormasi);
  const error = useCandidates((state) => state.error);
  const refresh = useCandidates((state) => state.refresh);
  const selectionId = selection?.id ?? null;

  useEffect(() => {
    setSelection(selectionId);
    if (selectionId) void loadFormasi(selectionId);
  }, [selectionId, setSelection, loadFormasi]);

  if (!selection) {
    return (
      <section className="screen">
        <h1 tabIndex={-1}>{t('candidates.title')}</h1>
        {selectionsStatus === 'ready' ? (
          <NoActiveSelection />
        ) : (
          <p role="status">{t('common.loading')}</p>
        )}
      </section>
    );
  }

  return (
    <section className="screen screen-fill" aria-labelledby="candidates-title">
      <div className="screen-header">
        <h1 id="candidates-title" tabIndex={-1}>
          {t('candidates.title')}
          <span className="title-context">{selection.name}</span>
        </h1>
        <Link className="button button-primary" to={PATHS.candidateImport}>
          {t('candidates.import')}
        </Link>
      </div>
      {selection.candidateCount === 0 ? (
        <div className="empty-state">
          <h2>{t('candidates.emptyTitle')}</h2>
          <p>{t('candidates.emptyBody')}</p>
        </div>
      ) : (
        <>
          <CandidateToolbar key={selection.id} selectionId={selection.id} />
          <ErrorNotice error={error} onRetry={refresh} />
          <div className="split">
            <CandidateList selectedId={candidateId ?? null} />
            {candidateId ? (
              <CandidateDetailPane key={candidateId} candidateId={candidateId} />
            ) : (
              <aside className="detail-pane detail-empty">
                <p>{t('candidates.pickOne')}</p>
              </aside>
            )}
          </div>
        </>
      )}
    </section>
  );
}
