/**
 * Penilaian › Lembar kertas: double entry of paper score sheets. Each operator's file and who
 * typed it, a check that compares them cell by cell (nothing written), the differences to correct
 * from the paper, then the agreeing sheets imported, signed with operator B's PIN.
 */
import type React from 'react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessor } from '../../../shared/domain/assessor';
import { ErrorNotice } from '../../components/ErrorNotice';
import { NoActiveSelection } from '../../components/NoActiveSelection';
import { useAssessors, usePaper, useSelections } from '../../state/services';
import { useActiveSelection } from '../../state/use-active-selection';
import { MatchedTable } from './MatchedTable';
import { MismatchTable } from './MismatchTable';
import { OneSidedTable } from './OneSidedTable';
import { PaperImportAction } from './PaperImportAction';
import { PaperInputs } from './PaperInputs';
import { PaperResult } from './PaperResult';
import { PaperStatus } from './PaperStatus';
import { PaperSummary } from './PaperSummary';
import { ProblemTable } from './ProblemTable';
import './paper.css';

// A stable empty list, so the selector below does not return a new array on every render.
const NO_ASSESSORS: Assessor[] = [];

/** Renders the screen for the active selection. */
export function PaperImportScreen(): React.JSX.Element {
  const { t } = useTranslation();
  const selection = useActiveSelection();
  const selectionsStatus = useSelections((state) => state.status);
  const selectionId = selection?.id ?? '';
  const assessors = useAssessors((state) => state.assessors[selectionId] ?? NO_ASSESSORS);
  const assessorsStatus = useAssessors((state) => state.status[selectionId] ?? 'idle');
  const assessorsError = useAssessors((state) => state.error[selectionId] ?? null);
  const loadAssessors = useAssessors((state) => state.load);
  const forSelection = usePaper((state) => state.forSelection);
  const stage = usePaper((state) => state.stage);
  const report = usePaper((state) => state.report);
  const error = usePaper((state) => state.error);
  const reset = usePaper((state) => state.reset);

  // The operators are the selection's assessors; a check belongs to the selection it ran in.
  useEffect(() => {
    if (!selectionId) return;
    forSelection(selectionId);
    void loadAssessors(selectionId);
  }, [forSelection, loadAssessors, selectionId]);

  if (!selection) {
    return (
      <section className="screen">
        <h1 tabIndex={-1}>{t('paper.title')}</h1>
        {selectionsStatus === 'ready' ? (
          <NoActiveSelection />
        ) : (
          <p role="status">{t('common.loading')}</p>
        )}
      </section>
    );
  }

  const done = stage === 'done' && report !== null;

  return (
    <section className="screen screen-wide" aria-labelledby="paper-title">
      <h1 id="paper-title" tabIndex={-1}>
        {t('paper.title')}
        <span className="title-context">{selection.name}</span>
      </h1>
      <p className="screen-intro">{t('paper.intro', { name: selection.name })}</p>
      <ErrorNotice error={assessorsError} onRetry={() => void loadAssessors(selection.id)} />
      <PaperInputs
        assessors={assessors}
        loading={assessorsStatus === 'loading' || assessorsStatus === 'idle'}
      />
      <PaperStatus />
      <div aria-live="polite">{done ? <PaperResult report={report} /> : null}</div>
      <ErrorNotice error={error} />
      {report ? (
        <>
          <PaperSummary report={report} />
          {done ? (
            <div className="button-row paper-again">
              <button type="button" className="button" onClick={reset}>
                {t('paper.form.chooseOther')}
              </button>
            </div>
          ) : (
            <PaperImportAction report={report} />
          )}
          <ProblemTable problems={report.problems} />
          <MismatchTable mismatches={report.mismatches} />
          <OneSidedTable sheets={report.oneSided} />
          <MatchedTable sheets={report.matched} />
        </>
      ) : null}
    </section>
  );
}
