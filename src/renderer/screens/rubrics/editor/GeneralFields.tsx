/** The rubric-wide fields of a draft: title, kind, duration and instructions. */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import { RUBRIC_LIMITS, RubricKind } from '../../../../shared/rubric/rubric';
import { SelectField, TextAreaField, TextField } from '../../../components/Field';
import type { RubricForm } from './rubric-form';

/** Renders the fields; ids follow the problem paths (`rf-title`, `rf-sources-0`, …). */
export function GeneralFields(props: {
  form: RubricForm;
  onChange: (patch: Partial<RubricForm>) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const { form, onChange } = props;
  return (
    <div className="panel" role="region" aria-labelledby="rubric-general-title">
      <h2 id="rubric-general-title">{t('rubric.editor.generalTitle')}</h2>
      <div className="form-grid form-grid-wide">
        <TextField
          id="rf-title"
          label={t('rubric.fields.title')}
          value={form.title}
          maxLength={RUBRIC_LIMITS.title}
          onChange={(title) => onChange({ title })}
        />
        <SelectField
          id="rf-kind"
          label={t('rubric.fields.kind')}
          value={form.kind}
          options={RubricKind.options.map((kind) => ({
            value: kind,
            label: t(`rubric.kinds.${kind}`),
          }))}
          onChange={(kind) => onChange({ kind: RubricKind.parse(kind) })}
        />
        <TextField
          id="rf-durationMinutes"
          label={t('rubric.fields.duration')}
          hint={t('rubric.editor.durationHint')}
          value={form.duration}
          inputMode="numeric"
          maxLength={3}
          onChange={(duration) => onChange({ duration })}
        />
      </div>
      <TextAreaField
        id="rf-instructions"
        label={t('rubric.fields.instructions')}
        hint={t('rubric.editor.instructionsHint')}
        rows={3}
        value={form.instructions}
        maxLength={RUBRIC_LIMITS.instructions}
        onChange={(instructions) => onChange({ instructions })}
      />
    </div>
  );
}
