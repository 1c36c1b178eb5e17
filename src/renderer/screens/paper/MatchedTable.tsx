/** The sheets on which both files agree, with whether each is (or was) imported and why not. */
import type React from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaperMatched } from '../../../shared/domain/paper-report';
import { useFormat } from '../../format/use-format';
import { MoreRows, ROWS_PER_STEP } from './MoreRows';

const BADGE: Record<PaperMatched['status'], string> = {
  siap: 'badge',
  diimpor: 'badge badge-published',
  sudahAda: 'badge badge-none',
  tidakValid: 'badge badge-error',
};

/** Renders the matching sheets (nothing when there are none). */
export function MatchedTable(props: { sheets: PaperMatched[] }): React.JSX.Element | null {
  const { t } = useTranslation();
  const format = useFormat();
  const [shown, setShown] = useState(ROWS_PER_STEP);
  const total = props.sheets.length;
  if (total === 0) return null;
  const dash = t('common.none');
  const anyPresent = props.sheets.some((sheet) => sheet.status === 'sudahAda');

  return (
    <div className="panel" role="region" aria-labelledby="paper-matched-title">
      <h2 id="paper-matched-title">
        {t('paper.matched.title', { count: total, formatted: format.number(total) })}
      </h2>
      {anyPresent ? <p className="muted">{t('paper.matched.presentHelp')}</p> : null}
      <div className="table-wrap">
        <table className="table table-compact" data-testid="paper-matched">
          <caption className="visually-hidden">{t('paper.matched.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('paper.columns.nomorPeserta')}</th>
              <th scope="col">{t('paper.columns.nama')}</th>
              <th scope="col">{t('paper.columns.komponen')}</th>
              <th scope="col">{t('paper.columns.penguji')}</th>
              <th scope="col" className="numeric">
                {t('paper.columns.total')}
              </th>
              <th scope="col">{t('paper.columns.status')}</th>
            </tr>
          </thead>
          <tbody>
            {props.sheets.slice(0, shown).map((sheet, index) => (
              <tr
                key={`${sheet.key.nomorPeserta}-${sheet.key.komponen}-${sheet.key.nipPenguji}-${index}`}
              >
                <td className="mono">{sheet.key.nomorPeserta}</td>
                <td>{sheet.nama ?? dash}</td>
                <td>{sheet.key.komponen}</td>
                <td>{sheet.assessorNama ?? sheet.key.nipPenguji}</td>
                <td className="numeric">
                  {sheet.total === null ? dash : format.fixed(sheet.total, 2)}
                </td>
                <td>
                  <span className={BADGE[sheet.status]}>
                    {t(`paper.matched.status.${sheet.status}`)}
                  </span>
                </td>
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
