/** A candidate's result flags as badges with words, their meaning in the title. */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import { describeResultFlag } from '../../../shared/i18n/result-labels';
import type { CandidateView } from '../../../shared/results/results-view';
import { isLanguage } from '../../i18n/language';

/** Renders every flag of `flags`, or nothing. */
export function FlagBadges(props: { flags: CandidateView['flags'] }): React.JSX.Element | null {
  const { t, i18n } = useTranslation();
  if (props.flags.length === 0) return null;
  const language = isLanguage(i18n.language) ? i18n.language : 'id';
  return (
    <ul className="result-flags">
      {props.flags.map((flag) => (
        <li
          key={flag}
          className={`result-flag result-flag-${flag}`}
          title={describeResultFlag(flag, language)}
        >
          {t(`resultsScreen.flag.${flag}`)}
        </li>
      ))}
    </ul>
  );
}
