/**
 * The import buttons. All rows valid: "Impor N peserta". Some invalid: that button is disabled
 * and "Impor hanya N baris yang valid" asks first, saying how many rows will be skipped.
 */
import type React from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../../shared/domain/import-report';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useFormat } from '../../format/use-format';
import { useImport } from '../../state/services';

/** Renders the import buttons for a checked file. */
export function ImportActions(props: {
  selectionId: string;
  report: ImportReport;
}): React.JSX.Element {
  const { t } = useTranslation();
  const format = useFormat();
  const importRows = useImport((state) => state.importRows);
  const stage = useImport((state) => state.stage);
  const [confirming, setConfirming] = useState(false);
  const { report } = props;
  const invalid = report.invalidRows.length;
  const valid = report.validRows;
  const busy = stage !== 'checked';

  return (
    <div className="panel action-panel">
      {invalid === 0 ? (
        <p className="notice notice-ok">
          {t('import.actions.allValid', { count: valid, formatted: format.number(valid) })}
        </p>
      ) : (
        <p className="notice notice-warn" id="import-blocked">
          {t('import.actions.someInvalid', { count: invalid, formatted: format.number(invalid) })}
        </p>
      )}
      <div className="button-row">
        <button
          type="button"
          className="button button-primary"
          disabled={busy || invalid > 0 || valid === 0}
          aria-describedby={invalid > 0 ? 'import-blocked' : undefined}
          onClick={() => void importRows(props.selectionId, 'all-or-nothing')}
        >
          {/* Every row of the file: with invalid rows this names more than can be imported, which is why it is disabled. */}
          {t('import.actions.importAll', {
            count: report.totalRows,
            formatted: format.number(report.totalRows),
          })}
        </button>
        {invalid > 0 && valid > 0 ? (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => setConfirming(true)}
          >
            {t('import.actions.importValid', { count: valid, formatted: format.number(valid) })}
          </button>
        ) : null}
      </div>
      {confirming ? (
        <ConfirmDialog
          title={t('import.confirm.title')}
          message={t('import.confirm.message', {
            valid: format.number(valid),
            skipped: format.number(invalid),
            count: invalid,
          })}
          confirmLabel={t('import.confirm.confirm', {
            count: valid,
            formatted: format.number(valid),
          })}
          cancelLabel={t('common.cancel')}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void importRows(props.selectionId, 'skip-invalid');
          }}
        />
      ) : null}
    </div>
  );
}
