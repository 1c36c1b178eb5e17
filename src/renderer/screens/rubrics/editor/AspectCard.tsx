/**
 * One aspect in the editor: code, title, description, indicators, weight, scale and its levels,
 * and the note rule. Naik/Turun (or Alt+↑/↓ anywhere in the card) reorder the aspects.
 */
import type React from 'react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { RUBRIC_LIMITS } from '../../../../shared/rubric/rubric';
import { SelectField, TextAreaField, TextField } from '../../../components/Field';
import { ReorderButtons } from '../../../components/ReorderButtons';
import { LevelRows } from './LevelRows';
import { LineListEditor } from './LineListEditor';
import { SCALE_VALUES, withScale, type AspectForm } from './rubric-form';

/** Props of {@link AspectCard}. */
export interface AspectCardProps {
  aspect: AspectForm;
  index: number;
  count: number;
  /** The callbacks take the card's index, so they stay the same between renders. */
  onChange: (index: number, aspect: AspectForm) => void;
  onMove: (index: number, delta: 1 | -1, code: string) => void;
  onRemove: (index: number) => void;
}

/**
 * The card, re-rendered only when its own aspect or position changes: a rubric has up to 40
 * aspects, and typing in one must not redraw all of them.
 */
export const AspectCard = memo(AspectCardView);

function AspectCardView(props: AspectCardProps): React.JSX.Element {
  const { t } = useTranslation();
  const { aspect, index } = props;
  const onChange = (changed: AspectForm) => props.onChange(index, changed);
  const move = (delta: 1 | -1) => {
    const target = index + delta;
    if (target >= 0 && target < props.count) props.onMove(index, delta, aspect.code);
  };
  const id = `rf-aspects-${index}`;
  const number = index + 1;
  const set = (patch: Partial<AspectForm>) => onChange({ ...aspect, ...patch });
  const scaleOptions = SCALE_VALUES.map((value) => ({
    value: String(value),
    label: String(value),
  }));

  return (
    <fieldset
      className="aspect-card"
      id={id}
      tabIndex={-1}
      onKeyDown={(event) => {
        if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
        event.preventDefault();
        move(event.key === 'ArrowUp' ? -1 : 1);
      }}
    >
      <legend>
        {t('rubric.editor.aspectLegend', {
          number,
          code: aspect.code,
          title: aspect.title || t('rubric.editor.untitledAspect'),
        })}
      </legend>
      <div className="aspect-card-tools">
        <ReorderButtons
          index={index}
          count={props.count}
          upLabel={t('rubric.editor.moveUpNamed', { number })}
          downLabel={t('rubric.editor.moveDownNamed', { number })}
          onMove={move}
          altArrows
        />
        <button
          type="button"
          className="button button-small button-danger-outline"
          aria-label={t('rubric.editor.removeAspectNamed', { number })}
          onClick={() => props.onRemove(index)}
        >
          {t('rubric.editor.removeAspect')}
        </button>
      </div>
      <div className="aspect-grid">
        <TextField
          id={`${id}-code`}
          label={t('rubric.fields.code')}
          value={aspect.code}
          maxLength={RUBRIC_LIMITS.aspectCode}
          onChange={(code) => set({ code })}
        />
        <TextField
          id={`${id}-title`}
          label={t('rubric.fields.aspectTitle')}
          value={aspect.title}
          maxLength={RUBRIC_LIMITS.aspectTitle}
          onChange={(title) => set({ title })}
        />
        <TextField
          id={`${id}-weight`}
          label={t('rubric.fields.weight')}
          value={aspect.weight}
          inputMode="decimal"
          maxLength={6}
          onChange={(weight) => set({ weight })}
        />
      </div>
      <TextAreaField
        id={`${id}-description`}
        label={t('rubric.fields.description')}
        value={aspect.description}
        maxLength={RUBRIC_LIMITS.description}
        onChange={(description) => set({ description })}
      />
      <LineListEditor
        idPrefix={`${id}-indicators`}
        legend={t('rubric.fields.indicators')}
        items={aspect.indicators}
        onChange={(indicators) => set({ indicators })}
        itemLabel={(i) => t('rubric.editor.indicatorNamed', { number: i + 1 })}
        removeLabel={(i) => t('rubric.editor.removeIndicatorNamed', { number: i + 1 })}
        removeText={t('common.delete')}
        addLabel={t('rubric.editor.addIndicator')}
        emptyText={t('rubric.editor.noIndicators')}
        max={RUBRIC_LIMITS.indicators}
        maxLength={RUBRIC_LIMITS.indicator}
      />
      <div className="aspect-scale">
        <SelectField
          id={`${id}-scale-min`}
          label={t('rubric.fields.scaleMin')}
          value={String(aspect.min)}
          options={scaleOptions}
          onChange={(value) => onChange(withScale(aspect, Number(value), aspect.max))}
        />
        <SelectField
          id={`${id}-scale-max`}
          label={t('rubric.fields.scaleMax')}
          value={String(aspect.max)}
          options={scaleOptions}
          onChange={(value) => onChange(withScale(aspect, aspect.min, Number(value)))}
        />
        <label className="checkbox" htmlFor={`${id}-noteRequiredAtExtremes`}>
          <input
            id={`${id}-noteRequiredAtExtremes`}
            type="checkbox"
            checked={aspect.noteRequiredAtExtremes}
            onChange={(event) => set({ noteRequiredAtExtremes: event.target.checked })}
          />
          {t('rubric.fields.noteRequiredAtExtremes')}
        </label>
      </div>
      <LevelRows
        idPrefix={`${id}-levels`}
        levels={aspect.levels}
        onChange={(levels) => set({ levels })}
      />
    </fieldset>
  );
}
