/** The parts of the final score (e.g. SKD 40 %, SKB 60 %): name, key and weight; add and remove. */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/Field';
import { newPart, renamed, withPart, type PlanForm } from './plan-form';

/** Props of {@link PartsEditor}. */
export interface PartsEditorProps {
  form: PlanForm;
  onChange: (form: PlanForm) => void;
  errorFor: (fieldId: string) => string | null;
}

/** Renders one row of fields per part. */
export function PartsEditor(props: PartsEditorProps): React.JSX.Element {
  const { t } = useTranslation();
  const { form, onChange, errorFor } = props;
  return (
    <div className="panel" role="region" aria-labelledby="parts-title" id="pf-parts" tabIndex={-1}>
      <h2 id="parts-title">{t('plan.parts.title')}</h2>
      <p className="muted">{t('plan.parts.intro')}</p>
      {form.parts.map((part, index) => {
        const id = `pf-parts-${index}`;
        const number = index + 1;
        return (
          <fieldset key={part.rowKey} className="plan-row" id={id} tabIndex={-1}>
            <legend>
              {t('plan.parts.legend', { number, label: part.label || t('plan.untitled') })}
            </legend>
            <div className="plan-row-fields plan-part-fields">
              <TextField
                id={`${id}-label`}
                label={t('plan.fields.partLabel')}
                value={part.label}
                maxLength={100}
                error={errorFor(`${id}-label`)}
                onChange={(label) =>
                  onChange(withPart(form, index, renamed(part, label, form.parts, 'bagian')))
                }
              />
              <TextField
                id={`${id}-key`}
                label={t('plan.fields.key')}
                value={part.key}
                maxLength={30}
                error={errorFor(`${id}-key`)}
                onChange={(key) =>
                  onChange(withPart(form, index, { ...part, key, keyEdited: true }))
                }
              />
              <TextField
                id={`${id}-weight`}
                label={t('plan.fields.partWeight')}
                value={part.weight}
                inputMode="decimal"
                maxLength={6}
                error={errorFor(`${id}-weight`)}
                onChange={(weight) => onChange(withPart(form, index, { ...part, weight }))}
              />
              <button
                type="button"
                className="button button-small button-danger-outline plan-row-remove"
                disabled={form.parts.length <= 1}
                aria-label={t('plan.parts.removeNamed', { number })}
                onClick={() =>
                  onChange({ ...form, parts: form.parts.filter((_, i) => i !== index) })
                }
              >
                {t('common.delete')}
              </button>
            </div>
          </fieldset>
        );
      })}
      <button
        type="button"
        className="button button-small"
        disabled={form.parts.length >= 10}
        onClick={() => onChange({ ...form, parts: [...form.parts, newPart(form)] })}
      >
        {t('plan.parts.add')}
      </button>
    </div>
  );
}
