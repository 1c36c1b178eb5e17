/** The components of a plan as cards, with "Tambah komponen". */
import type React from 'react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { RubricSummary } from '../../../shared/rubric/rubric';
import { ComponentCard } from './ComponentCard';
import { newComponent, withComponent, withoutComponent, type PlanForm } from './plan-form';

/** Renders the components. */
export function ComponentsPanel(props: {
  form: PlanForm;
  rubrics: readonly RubricSummary[];
  onChange: (form: PlanForm) => void;
  errorFor: (fieldId: string) => string | null;
}): React.JSX.Element {
  const { t } = useTranslation();
  const { form, onChange } = props;
  const focusNew = useRef(false);
  const count = form.components.length;

  // A new component's name field gets focus, so it can be typed at once.
  useEffect(() => {
    if (!focusNew.current) return;
    focusNew.current = false;
    document.getElementById(`pf-components-${count - 1}-label`)?.focus();
  }, [count]);

  return (
    <div
      className="panel"
      role="region"
      aria-labelledby="components-title"
      id="pf-components"
      tabIndex={-1}
    >
      <h2 id="components-title">{t('plan.components.title')}</h2>
      <p className="muted">{t('plan.components.intro')}</p>
      {form.components.map((component, index) => (
        <ComponentCard
          key={component.rowKey}
          form={form}
          index={index}
          rubrics={props.rubrics}
          errorFor={props.errorFor}
          onChange={(changed) => onChange(withComponent(form, index, changed))}
          onRemove={() => onChange(withoutComponent(form, index))}
        />
      ))}
      <button
        type="button"
        className="button"
        disabled={count >= 20}
        onClick={() => {
          focusNew.current = true;
          onChange({ ...form, components: [...form.components, newComponent(form)] });
        }}
      >
        {t('plan.components.add')}
      </button>
    </div>
  );
}
