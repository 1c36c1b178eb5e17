/** Hasil: the committee's results of the active selection (ranking, drill-down, calibration). */
import type React from 'react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { NoActiveSelection } from '../../components/NoActiveSelection';
import { useResults, useSelections } from '../../state/services';
import { useActiveSelection } from '../../state/use-active-selection';
import { CalibrationSection } from './CalibrationSection';
import { CandidateDetail } from './CandidateDetail';
import { RankingTable } from './RankingTable';
import { ResultsDownloads } from './ResultsDownloads';
import './results.css';

/** Renders the results, or what to do first when no selection is active. */
export function ResultsScreen(): React.JSX.Element {
  const { t } = useTranslation();
  const selection = useActiveSelection();
  const selectionsStatus = useSelections((state) => state.status);
  if (!selection) {
    return (
      <section className="screen">
        <h1 tabIndex={-1}>{t('resultsScreen.title')}</h1>
        {selectionsStatus === 'ready' ? (
          <NoActiveSelection />
        ) : (
          <p role="status">{t('common.loading')}</p>
        )}
      </section>
    );
  }
  // A new key per selection: the picked formasi and open candidate belong to that selection.
  return <SelectionResults key={selection.id} selectionId={selection.id} />;
}

function SelectionResults(props: { selectionId: string }): React.JSX.Element {
  const { t } = useTranslation();
  const view = useResults((state) => state.view);
  const status = useResults((state) => state.status);
  const error = useResults((state) => state.error);
  const load = useResults((state) => state.load);
  const [formasiId, setFormasiId] = useState<string | null>(null);
  const [candidateId, setCandidateId] = useState<string | null>(null);

  useEffect(() => {
    void load(props.selectionId);
  }, [load, props.selectionId]);

  const formasi = view?.formasi.find((f) => f.formasiId === formasiId) ?? view?.formasi[0] ?? null;
  const candidate = formasi?.candidates.find((c) => c.candidateId === candidateId) ?? null;
  const peers =
    candidate?.final && candidate.rank !== null
      ? (formasi?.candidates ?? []).filter(
          (c) => c.rank !== null && c.final?.exact === candidate.final?.exact,
        )
      : [];

  return (
    <section className="screen results-screen">
      <h1 tabIndex={-1}>{t('resultsScreen.title')}</h1>
      <p className="results-audience">{t('resultsScreen.audience')}</p>
      <div className="results-toolbar">
        {view && formasi && (
          <label className="results-picker">
            {t('resultsScreen.formasi')}{' '}
            <select
              value={formasi.formasiId}
              onChange={(event) => {
                setFormasiId(event.target.value);
                setCandidateId(null);
              }}
            >
              {view.formasi.map((f) => (
                <option key={f.formasiId} value={f.formasiId}>
                  {f.jabatan === undefined ? f.code : `${f.code} — ${f.jabatan}`}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="button" className="button" onClick={() => void load(props.selectionId)}>
          {t('resultsScreen.recompute')}
        </button>
      </div>
      {status === 'loading' && <p role="status">{t('resultsScreen.computing')}</p>}
      {status === 'error' && <ErrorNotice error={error} />}
      {view && view.formasi.length === 0 && <p>{t('resultsScreen.noFormasi')}</p>}
      {view && formasi && (
        <>
          <p>{t('resultsScreen.quota', { count: formasi.quota })}</p>
          <ResultsDownloads selectionId={props.selectionId} formasiId={formasi.formasiId} />
          {formasi.provisional && (
            <p className="results-notice" role="note">
              {t('resultsScreen.provisional')}
            </p>
          )}
          {formasi.needsDecision && (
            <p className="results-notice results-notice-strong" role="note">
              {t('resultsScreen.needsDecision')}
            </p>
          )}
          <RankingTable
            formasi={formasi}
            selectedId={candidate?.candidateId ?? null}
            onOpen={setCandidateId}
          />
          {candidate && (
            <CandidateDetail
              candidate={candidate}
              peers={peers}
              onClose={() => setCandidateId(null)}
            />
          )}
          <CalibrationSection calibration={view.calibration} />
        </>
      )}
    </section>
  );
}
