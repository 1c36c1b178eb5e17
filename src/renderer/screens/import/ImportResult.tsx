/** The outcome of an import: how many candidates were written, and where to see them. */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ImportReport } from '../../../shared/domain/import-report';
import { PATHS } from '../../app/paths';
import { useFormat } from '../../format/use-format';

/** Renders the success message of an import. */
export function ImportResult(props: { result: ImportReport }): React.JSX.Element {
  const { t } = useTranslation();
  const format = useFormat();
  const { result } = props;
  const skipped = result.totalRows - result.importedRows;
  return (
    <div className="notice notice-ok" data-testid="import-result">
      <p className="strong">
        {t('import.result.imported', {
          count: result.importedRows,
          formatted: format.number(result.importedRows),
          name: result.fileName,
        })}
      </p>
      {skipped > 0 ? (
        <p>{t('import.result.skipped', { count: skipped, formatted: format.number(skipped) })}</p>
      ) : null}
      <Link className="button button-primary" to={PATHS.candidates}>
        {t('import.result.viewList')}
      </Link>
    </div>
  );
}
