/**
 * Impor peserta: choose a CSV/XLSX file, see the check (every invalid row with its reasons), then
 * import all rows, or only the valid ones after confirming how many are skipped.
 */
import type React from 'react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PATHS } from '../../app/paths';
import { ErrorNotice } from '../../components/ErrorNotice';
import { NoActiveSelection } from '../../components/NoActiveSelection';
import { useImport, useSelections } from '../../state/services';
import { useActiveSelection } from '../../state/use-active-selection';
import { CheckSummary } from './CheckSummary';
import { FilePicker } from './FilePicker';
import { ImportActions } from './ImportActions';
import { ImportProgress } from './ImportProgress';
import { ImportResult } from './ImportResult';
import { InvalidRowsTable } from './InvalidRowsTable';

/** Renders the import screen for the active selection. */
export function ImportScreen(): React.JSX.Element {
  const { t } = useTranslation();
  const selection = useActiveSelection();
  const selectionsStatus = useSelections((state) => state.status);
  const stage = useImport((state) => state.stage);
  const report = useImport((state) => state.report);
  const result = useImport((state) => state.result);
  const error = useImport((state) => state.error);
  const importSelection = useImport((state) => state.selectionId);
  const reset = useImport((state) => state.reset);

  // A check belongs to one selection (its formasi codes); another selection starts afresh.
  useEffect(() => {
    if (selection && importSelection !== null && importSelection !== selection.id) reset();
  }, [selection, importSelection, reset]);

  return (
    <section className="screen" aria-labelledby="import-title">
      <p className="breadcrumb">
        <Link to={PATHS.candidates}>{t('import.backToCandidates')}</Link>
      </p>
      <h1 id="import-title" tabIndex={-1}>
        {t('import.title')}
      </h1>
      {!selection ? (
        selectionsStatus === 'ready' ? (
          <NoActiveSelection />
        ) : (
          <p role="status">{t('common.loading')}</p>
        )
      ) : (
        <>
          <p className="screen-intro">{t('import.intro', { name: selection.name })}</p>
          <FilePicker selectionId={selection.id} />
          <ImportProgress />
          <div aria-live="polite">
            {stage === 'done' && result ? <ImportResult result={result} /> : null}
          </div>
          <ErrorNotice error={error} />
          {report && stage !== 'done' ? (
            <>
              <CheckSummary report={report} />
              <ImportActions selectionId={selection.id} report={report} />
              <InvalidRowsTable rows={report.invalidRows} />
            </>
          ) : null}
        </>
      )}
    </section>
  );
}
