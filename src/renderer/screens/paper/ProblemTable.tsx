/** Every problem of either file: which file, row and column, and what to do, in the UI language. */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import type { PaperProblem } from '../../../shared/domain/paper-report';
import { useFormat } from '../../format/use-format';
import { ReportTable } from './ReportTable';
import { paperProblemText } from './paper-text';

/** Renders the problems (nothing when there are none). */
export function ProblemTable(props: { problems: PaperProblem[] }): React.JSX.Element | null {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const total = props.problems.length;
  const dash = t('common.none');

  return (
    <ReportTable
      id="paper-problems-title"
      title={t('paper.problems.title', { count: total, formatted: format.number(total) })}
      help={<p className="muted">{t('paper.problems.help')}</p>}
      caption={t('paper.problems.caption')}
      testId="paper-problems"
      head={
        <>
          <th scope="col">{t('paper.columns.file')}</th>
          <th scope="col" className="numeric">
            {t('paper.columns.line')}
          </th>
          <th scope="col">{t('paper.columns.column')}</th>
          <th scope="col">{t('paper.columns.message')}</th>
        </>
      }
      items={props.problems}
      row={(problem, index) => (
        <tr key={`${problem.side}-${problem.line}-${problem.column}-${problem.code}-${index}`}>
          <td>{t('paper.problems.fileName', { side: problem.side, name: problem.fileName })}</td>
          <td className="numeric">
            {problem.line === null ? t('paper.problems.wholeFile') : format.number(problem.line)}
          </td>
          <td className="mono">{problem.column ?? dash}</td>
          <td>{paperProblemText(problem, i18n.language)}</td>
        </tr>
      )}
    />
  );
}
