/** Every cell on which the two files disagree, field by field, with its row in both files. */
import type React from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaperMismatch } from '../../../shared/domain/paper-report';
import { useFormat } from '../../format/use-format';
import { MoreRows, ROWS_PER_STEP } from './MoreRows';

/** Renders the differing cells (nothing when there are none). */
export function MismatchTable(props: { mismatches: PaperMismatch[] }): React.JSX.Element | null {
  const { t } = useTranslation();
  const format = useFormat();
  const [shown, setShown] = useState(ROWS_PER_STEP);
  const total = props.mismatches.length;
  if (total === 0) return null;
  // An empty cell is a difference too; it must not read as a blank in the table.
  const value = (text: string) =>
    text === '' ? <span className="muted">{t('paper.empty')}</span> : text;

  return (
    <div className="panel" role="region" aria-labelledby="paper-mismatch-title">
      <h2 id="paper-mismatch-title">
        {t('paper.mismatches.title', { count: total, formatted: format.number(total) })}
      </h2>
      <p className="muted">{t('paper.mismatches.help')}</p>
      <div className="table-wrap">
        <table className="table table-compact" data-testid="paper-mismatches">
          <caption className="visually-hidden">{t('paper.mismatches.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('paper.columns.nomorPeserta')}</th>
              <th scope="col">{t('paper.columns.komponen')}</th>
              <th scope="col">{t('paper.columns.nipPenguji')}</th>
              <th scope="col">{t('paper.columns.column')}</th>
              <th scope="col">{t('paper.columns.valueA')}</th>
              <th scope="col">{t('paper.columns.valueB')}</th>
              <th scope="col" className="numeric">
                {t('paper.columns.lineA')}
              </th>
              <th scope="col" className="numeric">
                {t('paper.columns.lineB')}
              </th>
            </tr>
          </thead>
          <tbody>
            {props.mismatches.slice(0, shown).map((cell) => (
              <tr key={`${cell.lineA}-${cell.lineB}-${cell.column}`}>
                <td className="mono">{cell.key.nomorPeserta}</td>
                <td>{cell.key.komponen}</td>
                <td className="mono">{cell.key.nipPenguji}</td>
                <th scope="row" className="mono">
                  {cell.column}
                </th>
                <td>{value(cell.valueA)}</td>
                <td>{value(cell.valueB)}</td>
                <td className="numeric">{format.number(cell.lineA)}</td>
                <td className="numeric">{format.number(cell.lineB)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <MoreRows
        shown={Math.min(shown, total)}
        total={total}
        onMore={() => setShown((count) => count + ROWS_PER_STEP)}
      />
    </div>
  );
}
