/**
 * "Impor berkas rubrik": a translated button over a hidden file input. The file is checked
 * completely by the main process; a refused file changes nothing and every problem is listed.
 */
import type React from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MAX_RUBRIC_FILE_BYTES, type RubricFileProblem } from '../../../shared/rubric/rubric-file';
import { rubricPath } from '../../app/paths';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FileButton } from '../../components/FileButton';
import { rubricProblemsOf } from '../../components/error-details';
import { ProblemList } from '../../components/ProblemList';
import { rubricProblemText } from '../../components/problem-text';
import type { RubricImportResult } from '../../state/rubric-store';
import { useRubrics } from '../../state/services';

type Outcome =
  | { type: 'imported'; result: RubricImportResult }
  | { type: 'refused'; error: unknown; problems: RubricFileProblem[] }
  | null;

/** Renders the import button and what the last import did. */
export function RubricImport(): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const importFile = useRubrics((state) => state.importFile);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  // Remounting the input is the only way to clear it, so the same file can be chosen again.
  const [inputKey, setInputKey] = useState(0);

  const choose = async (file: File) => {
    setOutcome(null);
    if (file.size > MAX_RUBRIC_FILE_BYTES) {
      // Refused here: such a file would not even reach the checker in one message.
      const problem = {
        path: [],
        code: 'fileTooLarge',
        params: { size: file.size, max: MAX_RUBRIC_FILE_BYTES },
      } as const;
      setOutcome({ type: 'refused', error: null, problems: [problem] });
      return;
    }
    setBusy(true);
    try {
      const text = new TextDecoder().decode(await file.arrayBuffer());
      setOutcome({ type: 'imported', result: await importFile(file.name, text) });
    } catch (error) {
      setOutcome({ type: 'refused', error, problems: rubricProblemsOf(error) });
    } finally {
      setBusy(false);
      setInputKey((key) => key + 1);
    }
  };

  return (
    <div className="rubric-import">
      <div className="file-picker">
        <FileButton
          id="rubric-import-file"
          accept=".json,application/json"
          label={busy ? t('rubrics.import.busy') : t('rubrics.import.choose')}
          describedBy="rubric-import-hint"
          disabled={busy}
          resetKey={inputKey}
          onFile={(file) => void choose(file)}
        />
        <span className="field-hint" id="rubric-import-hint">
          {t('rubrics.import.hint')}
        </span>
      </div>
      <div aria-live="polite">
        {outcome?.type === 'imported' ? (
          <div className="notice notice-ok">
            <p>
              {t(
                outcome.result.outcome === 'imported'
                  ? 'rubrics.import.imported'
                  : 'rubrics.import.alreadyPresent',
                {
                  title: outcome.result.rubric.content.title,
                  version: outcome.result.rubric.version,
                },
              )}
            </p>
            <Link className="button button-small" to={rubricPath(outcome.result.rubric.id)}>
              {t('rubrics.open')}
            </Link>
          </div>
        ) : null}
      </div>
      {outcome?.type === 'refused' ? (
        <>
          <ErrorNotice error={outcome.error} />
          <ProblemList
            tone="error"
            title={t('rubrics.import.problemsTitle', { count: outcome.problems.length })}
            items={outcome.problems.map((problem, index) => ({
              key: `${index}`,
              text: rubricProblemText(problem, i18n.language),
            }))}
          />
        </>
      ) : null}
    </div>
  );
}
