/** The sheets only one of the two files holds: which file, and on which row. */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import type { PaperOneSided } from '../../../shared/domain/paper-report';
import { useFormat } from '../../format/use-format';
import { ReportTable } from './ReportTable';

/** Renders the one-sided sheets (nothing when there are none). */
export function OneSidedTable(props: { sheets: PaperOneSided[] }): React.JSX.Element | null {
  const { t } = useTranslation();
  const format = useFormat();
  const total = props.sheets.length;

  return (
    <ReportTable
      id="paper-one-sided-title"
      title={t('paper.oneSided.title', { count: total, formatted: format.number(total) })}
      help={<p className="muted">{t('paper.oneSided.help')}</p>}
      caption={t('paper.oneSided.caption')}
      testId="paper-one-sided"
      head={
        <>
          <th scope="col">{t('paper.columns.nomorPeserta')}</th>
          <th scope="col">{t('paper.columns.komponen')}</th>
          <th scope="col">{t('paper.columns.nipPenguji')}</th>
          <th scope="col">{t('paper.columns.presentIn')}</th>
          <th scope="col" className="numeric">
            {t('paper.columns.line')}
          </th>
        </>
      }
      items={props.sheets}
      row={(sheet) => (
        <tr key={`${sheet.presentIn}-${sheet.line}`}>
          <td className="mono">{sheet.key.nomorPeserta}</td>
          <td>{sheet.key.komponen}</td>
          <td className="mono">{sheet.key.nipPenguji}</td>
          <td>{sheet.presentIn}</td>
          <td className="numeric">{format.number(sheet.line)}</td>
        </tr>
      )}
    />
  );
}
