/** The preset a plan starts from; choosing one fills the whole form with its parts and rules. */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import { PresetId } from '../../../shared/plan/plan';
import { SelectField } from '../../components/Field';

/** Renders the preset select; `value` is null before a plan has been started. */
export function PresetPicker(props: {
  value: PresetId | null;
  onChoose: (preset: PresetId) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const options = PresetId.options.map((preset) => ({
    value: preset,
    label: t(`plan.presets.${preset}`),
  }));
  return (
    <div className="panel" role="region" aria-labelledby="preset-title">
      <h2 id="preset-title">{t('plan.preset.title')}</h2>
      <SelectField
        id="pf-preset"
        label={t('plan.preset.label')}
        hint={t('plan.preset.hint')}
        value={props.value ?? ''}
        options={
          props.value === null
            ? [{ value: '', label: t('plan.preset.choose') }, ...options]
            : options
        }
        onChange={(value) => {
          const parsed = PresetId.safeParse(value);
          if (parsed.success) props.onChoose(parsed.data);
        }}
      />
      {props.value !== null ? (
        <p className="muted">{t(`plan.presetNotes.${props.value}`)}</p>
      ) : null}
    </div>
  );
}
