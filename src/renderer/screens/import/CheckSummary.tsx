/** What the check found: file, format, encoding, separator, counts and the column mapping. */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../../shared/domain/import-report';
import { useFormat } from '../../format/use-format';
import { fieldLabel } from './problem-text';

/** Renders the summary of a checked file. */
export function CheckSummary(props: { report: ImportReport }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { report } = props;
  const invalid = report.invalidRows.length;
  const delimiterName = delimiterKey(report.delimiter);

  return (
    <div className="panel" role="region" aria-labelledby="check-title">
      <h2 id="check-title">{t('import.check.title')}</h2>
      <dl className="facts">
        <dt>{t('import.check.file')}</dt>
        <dd>{report.fileName}</dd>
        <dt>{t('import.check.format')}</dt>
        <dd>{report.format.toUpperCase()}</dd>
        {report.encoding ? (
          <>
            <dt>{t('import.check.encoding')}</dt>
            <dd>{report.encoding}</dd>
          </>
        ) : null}
        {report.delimiter ? (
          <>
            <dt>{t('import.check.delimiter')}</dt>
            <dd>{delimiterName ? t(delimiterName) : report.delimiter}</dd>
          </>
        ) : null}
      </dl>
      <ul className="counts" data-testid="import-counts">
        <li>
          <span className="count-value">{format.number(report.totalRows)}</span>{' '}
          {t('import.check.total')}
        </li>
        <li className="count-ok">
          <span className="count-value">{format.number(report.validRows)}</span>{' '}
          {t('import.check.valid')}
        </li>
        <li className={invalid > 0 ? 'count-bad' : undefined}>
          <span className="count-value">{format.number(invalid)}</span> {t('import.check.invalid')}
        </li>
      </ul>
      <details className="columns">
        <summary>
          {t('import.check.columnsTitle', { count: Object.keys(report.columns).length })}
        </summary>
        <table className="table table-compact">
          <caption className="visually-hidden">
            {t('import.check.columnsTitle', { count: Object.keys(report.columns).length })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('import.check.columnInFile')}</th>
              <th scope="col">{t('import.check.columnField')}</th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(report.columns).map(([heading, field]) => (
              <tr key={heading}>
                <td>{heading}</td>
                <td>{fieldLabel(field, i18n.language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}

function delimiterKey(delimiter: string | null) {
  switch (delimiter) {
    case ',':
      return 'import.delimiters.comma' as const;
    case ';':
      return 'import.delimiters.semicolon' as const;
    case '\t':
      return 'import.delimiters.tab' as const;
    case '|':
      return 'import.delimiters.pipe' as const;
    default:
      return null;
  }
}
