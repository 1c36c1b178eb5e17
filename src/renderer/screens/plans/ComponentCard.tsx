/**
 * One component of a plan: name, key, category, part, weight, score source and threshold. Its
 * key follows the name until typed by hand; the tie-break chain follows a changed key.
 */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import { ComponentCategory } from '../../../shared/plan/plan';
import type { RubricSummary } from '../../../shared/rubric/rubric';
import { SelectField, TextField } from '../../components/Field';
import { renamed, withSourceType, type ComponentForm, type PlanForm } from './plan-form';
import { SourceFields } from './SourceFields';

/** Props of {@link ComponentCard}. */
export interface ComponentCardProps {
  form: PlanForm;
  index: number;
  rubrics: readonly RubricSummary[];
  onChange: (component: ComponentForm) => void;
  onRemove: () => void;
  errorFor: (fieldId: string) => string | null;
}

/** Renders the card. */
export function ComponentCard(props: ComponentCardProps): React.JSX.Element | null {
  const { t } = useTranslation();
  const { form, index, onChange, errorFor } = props;
  const component = form.components[index];
  if (!component) return null;
  const id = `pf-components-${index}`;
  const number = index + 1;
  const set = (patch: Partial<ComponentForm>) => onChange({ ...component, ...patch });
  const partOptions = form.parts.map((part) => ({
    value: part.key,
    label: part.label || part.key,
  }));
  if (!form.parts.some((part) => part.key === component.part)) {
    partOptions.unshift({ value: component.part, label: t('plan.components.noPart') });
  }

  return (
    <fieldset className="plan-row component-card" id={id} tabIndex={-1}>
      <legend>
        {t('plan.components.legend', { number, label: component.label || t('plan.untitled') })}
      </legend>
      <div className="plan-row-fields component-fields">
        <TextField
          id={`${id}-label`}
          label={t('plan.fields.componentLabel')}
          value={component.label}
          maxLength={100}
          error={errorFor(`${id}-label`)}
          onChange={(label) => onChange(renamed(component, label, form.components, 'komponen'))}
        />
        <TextField
          id={`${id}-key`}
          label={t('plan.fields.key')}
          value={component.key}
          maxLength={30}
          error={errorFor(`${id}-key`)}
          onChange={(key) => set({ key, keyEdited: true })}
        />
        <SelectField
          id={`${id}-category`}
          label={t('plan.fields.category')}
          value={component.category}
          options={ComponentCategory.options.map((category) => ({
            value: category,
            label: t(`plan.categories.${category}`),
          }))}
          onChange={(category) => set({ category: ComponentCategory.parse(category) })}
        />
        <SelectField
          id={`${id}-part`}
          label={t('plan.fields.part')}
          value={component.part}
          options={partOptions}
          error={errorFor(`${id}-part`)}
          onChange={(part) => set({ part })}
        />
        <TextField
          id={`${id}-weight`}
          label={t('plan.fields.componentWeight')}
          value={component.weight}
          inputMode="decimal"
          maxLength={6}
          error={errorFor(`${id}-weight`)}
          onChange={(weight) => set({ weight })}
        />
        <TextField
          id={`${id}-threshold`}
          label={t('plan.fields.threshold')}
          value={component.threshold}
          inputMode="decimal"
          maxLength={6}
          error={errorFor(`${id}-threshold`)}
          onChange={(threshold) => set({ threshold })}
        />
        <SourceFields
          idPrefix={`${id}-source`}
          source={component.source}
          rubrics={props.rubrics}
          errorFor={errorFor}
          onType={(type) => onChange(withSourceType(component, type))}
          onChange={(source) => set({ source })}
        />
      </div>
      <button
        type="button"
        className="button button-small button-danger-outline"
        disabled={form.components.length <= 1}
        aria-label={t('plan.components.removeNamed', { number })}
        onClick={props.onRemove}
      >
        {t('plan.components.remove')}
      </button>
    </fieldset>
  );
}
