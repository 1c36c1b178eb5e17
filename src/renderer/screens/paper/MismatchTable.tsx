/** Every cell on which the two files disagree, field by field, with its row in both files. */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import type { PaperMismatch } from '../../../shared/domain/paper-report';
import { useFormat } from '../../format/use-format';
import { ReportTable } from './ReportTable';

/** Renders the differing cells (nothing when there are none). */
export function MismatchTable(props: { mismatches: PaperMismatch[] }): React.JSX.Element | null {
  const { t } = useTranslation();
  const format = useFormat();
  const total = props.mismatches.length;
  // An empty cell is a difference too; it must not read as a blank in the table.
  const value = (text: string) =>
    text === '' ? <span className="muted">{t('paper.empty')}</span> : text;

  return (
    <ReportTable
      id="paper-mismatch-title"
      title={t('paper.mismatches.title', { count: total, formatted: format.number(total) })}
      help={<p className="muted">{t('paper.mismatches.help')}</p>}
      caption={t('paper.mismatches.caption')}
      testId="paper-mismatches"
      head={
        <>
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
        </>
      }
      items={props.mismatches}
      row={(cell) => (
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
      )}
    />
  );
}
