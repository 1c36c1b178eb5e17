/** Every refused row of a checked file: line number, nomor peserta, nama and each problem. */
import type React from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvalidRow } from '../../../shared/domain/import-report';
import { useFormat } from '../../format/use-format';
import { problemText } from './problem-text';

/** Rows rendered at first and per "show more"; a file may have thousands of invalid rows. */
export const ROWS_PER_STEP = 500;

/** Renders the invalid rows (nothing when there are none). */
export function InvalidRowsTable(props: { rows: InvalidRow[] }): React.JSX.Element | null {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const [shown, setShown] = useState(ROWS_PER_STEP);
  if (props.rows.length === 0) return null;
  const visible = props.rows.slice(0, shown);
  const dash = t('common.none');

  return (
    <div className="panel" role="region" aria-labelledby="invalid-title">
      <h2 id="invalid-title">
        {t('import.invalid.title', {
          count: props.rows.length,
          formatted: format.number(props.rows.length),
        })}
      </h2>
      <p className="muted">{t('import.invalid.help')}</p>
      <div className="table-wrap">
        <table className="table table-compact">
          <caption className="visually-hidden">{t('import.invalid.caption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="numeric">
                {t('import.invalid.line')}
              </th>
              <th scope="col">{t('candidate.fields.nomorPeserta')}</th>
              <th scope="col">{t('candidate.fields.nama')}</th>
              <th scope="col">{t('import.invalid.problems')}</th>
            </tr>
          </thead>
          <tbody>
            {visible.map((row) => (
              <tr key={row.line}>
                <th scope="row" className="numeric">
                  {format.number(row.line)}
                </th>
                <td className="mono">{row.nomorPeserta ?? dash}</td>
                <td>{row.nama ?? dash}</td>
                <td>
                  <ul className="problems">
                    {row.problems.map((problem, index) => (
                      <li key={`${problem.field}-${problem.code}-${index}`}>
                        {problemText(problem, i18n.language)}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shown < props.rows.length ? (
        <div className="button-row">
          <p className="muted">
            {t('import.invalid.shownOf', {
              shown: format.number(visible.length),
              total: format.number(props.rows.length),
            })}
          </p>
          <button
            type="button"
            className="button"
            onClick={() => setShown((count) => count + ROWS_PER_STEP)}
          >
            {t('import.invalid.showMore')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
