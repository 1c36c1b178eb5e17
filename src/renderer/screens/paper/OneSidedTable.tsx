/** The sheets only one of the two files holds: which file, and on which row. */
import type React from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaperOneSided } from '../../../shared/domain/paper-report';
import { useFormat } from '../../format/use-format';
import { MoreRows, ROWS_PER_STEP } from './MoreRows';

/** Renders the one-sided sheets (nothing when there are none). */
export function OneSidedTable(props: { sheets: PaperOneSided[] }): React.JSX.Element | null {
  const { t } = useTranslation();
  const format = useFormat();
  const [shown, setShown] = useState(ROWS_PER_STEP);
  const total = props.sheets.length;
  if (total === 0) return null;

  return (
    <div className="panel" role="region" aria-labelledby="paper-one-sided-title">
      <h2 id="paper-one-sided-title">
        {t('paper.oneSided.title', { count: total, formatted: format.number(total) })}
      </h2>
      <p className="muted">{t('paper.oneSided.help')}</p>
      <div className="table-wrap">
        <table className="table table-compact" data-testid="paper-one-sided">
          <caption className="visually-hidden">{t('paper.oneSided.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('paper.columns.nomorPeserta')}</th>
              <th scope="col">{t('paper.columns.komponen')}</th>
              <th scope="col">{t('paper.columns.nipPenguji')}</th>
              <th scope="col">{t('paper.columns.presentIn')}</th>
              <th scope="col" className="numeric">
                {t('paper.columns.line')}
              </th>
            </tr>
          </thead>
          <tbody>
            {props.sheets.slice(0, shown).map((sheet) => (
              <tr key={`${sheet.presentIn}-${sheet.line}`}>
                <td className="mono">{sheet.key.nomorPeserta}</td>
                <td>{sheet.key.komponen}</td>
                <td className="mono">{sheet.key.nipPenguji}</td>
                <td>{sheet.presentIn}</td>
                <td className="numeric">{format.number(sheet.line)}</td>
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
