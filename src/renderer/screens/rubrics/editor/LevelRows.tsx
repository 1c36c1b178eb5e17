/** The levels of one aspect's scale: a short label and the anchor (the behaviour that earns it). */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import { RUBRIC_LIMITS } from '../../../../shared/rubric/rubric';
import type { LevelForm } from './rubric-form';

/** Renders one row per level. */
export function LevelRows(props: {
  /** Ids are `${idPrefix}-${index}-label` and `-anchor`, matching the problem paths. */
  idPrefix: string;
  levels: readonly LevelForm[];
  onChange: (levels: LevelForm[]) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const change = (index: number, patch: Partial<LevelForm>) =>
    props.onChange(props.levels.map((level, i) => (i === index ? { ...level, ...patch } : level)));

  return (
    <fieldset className="level-rows" id={props.idPrefix} tabIndex={-1}>
      <legend>{t('rubric.editor.levels')}</legend>
      <div className="level-rows-head" aria-hidden="true">
        <span>{t('rubric.editor.levelValue')}</span>
        <span>{t('rubric.editor.levelLabel')}</span>
        <span>{t('rubric.editor.levelAnchor')}</span>
      </div>
      {props.levels.map((level, index) => (
        <div key={level.value} className="level-edit-row">
          <span className="level-edit-value">{level.value}</span>
          <input
            id={`${props.idPrefix}-${index}-label`}
            type="text"
            value={level.label}
            maxLength={RUBRIC_LIMITS.levelLabel}
            aria-label={t('rubric.editor.levelLabelNamed', { value: level.value })}
            onChange={(event) => change(index, { label: event.target.value })}
          />
          <textarea
            id={`${props.idPrefix}-${index}-anchor`}
            rows={2}
            value={level.anchor}
            maxLength={RUBRIC_LIMITS.anchor}
            aria-label={t('rubric.editor.levelAnchorNamed', { value: level.value })}
            onChange={(event) => change(index, { anchor: event.target.value })}
          />
        </div>
      ))}
    </fieldset>
  );
}
