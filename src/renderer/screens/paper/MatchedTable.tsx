/** The sheets on which both files agree, with whether each is (or was) imported and why not. */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import type { PaperMatched } from '../../../shared/domain/paper-report';
import { useFormat } from '../../format/use-format';
import { ReportTable } from './ReportTable';

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
  const total = props.sheets.length;
  const dash = t('common.none');
  const anyPresent = props.sheets.some((sheet) => sheet.status === 'sudahAda');

  return (
    <ReportTable
      id="paper-matched-title"
      title={t('paper.matched.title', { count: total, formatted: format.number(total) })}
      help={anyPresent ? <p className="muted">{t('paper.matched.presentHelp')}</p> : null}
      caption={t('paper.matched.caption')}
      testId="paper-matched"
      head={
        <>
          <th scope="col">{t('paper.columns.nomorPeserta')}</th>
          <th scope="col">{t('paper.columns.nama')}</th>
          <th scope="col">{t('paper.columns.komponen')}</th>
          <th scope="col">{t('paper.columns.penguji')}</th>
          <th scope="col" className="numeric">
            {t('paper.columns.total')}
          </th>
          <th scope="col">{t('paper.columns.status')}</th>
        </>
      }
      items={props.sheets}
      row={(sheet, index) => (
        <tr
          key={`${sheet.key.nomorPeserta}-${sheet.key.komponen}-${sheet.key.nipPenguji}-${index}`}
        >
          <td className="mono">{sheet.key.nomorPeserta}</td>
          <td>{sheet.nama ?? dash}</td>
          <td>{sheet.key.komponen}</td>
          <td>{sheet.assessorNama ?? sheet.key.nipPenguji}</td>
          <td className="numeric">{sheet.total === null ? dash : format.fixed(sheet.total, 2)}</td>
          <td>
            <span className={BADGE[sheet.status]}>{t(`paper.matched.status.${sheet.status}`)}</span>
          </td>
        </tr>
      )}
    />
  );
}
