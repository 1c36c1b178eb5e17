/** The levels of a sheet, aspect by aspect in rubric order, with each level's label and note. */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import type { RubricDraftContent } from '../../../shared/rubric/rubric';

/** Renders the levels as a table; an aspect without a level shows a dash. */
export function LevelSummary(props: {
  content: Pick<RubricDraftContent, 'aspects'>;
  levels: Readonly<Record<string, number | undefined>>;
  notes: Readonly<Record<string, string>>;
  caption: string;
}): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <table className="level-summary">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('scoring.levels.aspect')}</th>
          <th scope="col">{t('scoring.levels.level')}</th>
          <th scope="col">{t('scoring.levels.note')}</th>
        </tr>
      </thead>
      <tbody>
        {props.content.aspects.map((aspect) => {
          const level = props.levels[aspect.code];
          const option = aspect.levels.find((l) => l.value === level);
          return (
            <tr key={aspect.code}>
              <th scope="row">
                <span className="mono">{aspect.code}</span> {aspect.title}
              </th>
              <td data-testid={`level-${aspect.code}`}>
                {level === undefined
                  ? t('common.none')
                  : t('sheet.levelName', { value: level, label: option?.label ?? '' })}
              </td>
              <td>{props.notes[aspect.code] ?? ''}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
