/** Every problem of either file: which file, row and column, and what to do, in the UI language. */
import type React from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaperProblem } from '../../../shared/domain/paper-report';
import { useFormat } from '../../format/use-format';
import { MoreRows, ROWS_PER_STEP } from './MoreRows';
import { paperProblemText } from './paper-text';

/** Renders the problems (nothing when there are none). */
export function ProblemTable(props: { problems: PaperProblem[] }): React.JSX.Element | null {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const [shown, setShown] = useState(ROWS_PER_STEP);
  const total = props.problems.length;
  if (total === 0) return null;
  const dash = t('common.none');

  return (
    <div className="panel" role="region" aria-labelledby="paper-problems-title">
      <h2 id="paper-problems-title">
        {t('paper.problems.title', { count: total, formatted: format.number(total) })}
      </h2>
      <p className="muted">{t('paper.problems.help')}</p>
      <div className="table-wrap">
        <table className="table table-compact" data-testid="paper-problems">
          <caption className="visually-hidden">{t('paper.problems.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('paper.columns.file')}</th>
              <th scope="col" className="numeric">
                {t('paper.columns.line')}
              </th>
              <th scope="col">{t('paper.columns.column')}</th>
              <th scope="col">{t('paper.columns.message')}</th>
            </tr>
          </thead>
          <tbody>
            {props.problems.slice(0, shown).map((problem, index) => (
              <tr
                key={`${problem.side}-${problem.line}-${problem.column}-${problem.code}-${index}`}
              >
                <td>
                  {t('paper.problems.fileName', { side: problem.side, name: problem.fileName })}
                </td>
                <td className="numeric">
                  {problem.line === null
                    ? t('paper.problems.wholeFile')
                    : format.number(problem.line)}
                </td>
                <td className="mono">{problem.column ?? dash}</td>
                <td>{paperProblemText(problem, i18n.language)}</td>
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
