/** The file input; choosing a file starts the check at once (nothing is written by a check). */
import type React from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileButton } from '../../components/FileButton';
import { useImport } from '../../state/services';
import { fieldLabel, OPTIONAL_IMPORT_FIELDS, REQUIRED_IMPORT_FIELDS } from './problem-text';

/** Renders the file input and the "choose another file" button. */
export function FilePicker(props: { selectionId: string }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const list = (fields: readonly string[]) =>
    fields.map((field) => fieldLabel(field, i18n.language)).join(', ');
  const check = useImport((state) => state.check);
  const reset = useImport((state) => state.reset);
  const stage = useImport((state) => state.stage);
  const file = useImport((state) => state.file);
  // Remounting the input is the only way to clear the file it holds.
  const [inputKey, setInputKey] = useState(0);
  const busy = stage === 'reading' || stage === 'checking' || stage === 'importing';

  return (
    <div className="panel">
      <div className="field">
        <div className="file-picker">
          <FileButton
            id="import-file"
            accept=".csv,.xlsx"
            label={t('import.chooseFile')}
            describedBy="import-file-hint"
            disabled={busy}
            resetKey={inputKey}
            className="button-primary"
            onFile={(chosen) => void check(props.selectionId, chosen)}
          />
          <span className="file-name">{file ? file.name : t('import.noFileChosen')}</span>
        </div>
        <span className="field-hint" id="import-file-hint">
          {t('import.fileHint')}{' '}
          {t('import.requiredColumns', { columns: list(REQUIRED_IMPORT_FIELDS) })}{' '}
          {t('import.optionalColumns', { columns: list(OPTIONAL_IMPORT_FIELDS) })}
        </span>
      </div>
      {file && !busy ? (
        <button
          type="button"
          className="button"
          onClick={() => {
            reset();
            setInputKey((key) => key + 1);
          }}
        >
          {t('import.chooseAnother')}
        </button>
      ) : null}
    </div>
  );
}
