/**
 * The plan editor of one formasi: preset, formula, parts, components and tie-break chain on the
 * left; on the right, always in view, the live checks, Save (with the reason a locked plan needs),
 * the lock and the copy to other formasi.
 */
import type React from 'react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkPlan, type RubricRef } from '../../../shared/plan/check-plan';
import type { PresetId } from '../../../shared/plan/plan';
import type { FormasiPlanView } from '../../../shared/plan/plan-view';
import { presetPlan } from '../../../shared/plan/presets';
import type { RubricSummary } from '../../../shared/rubric/rubric';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { UnsavedChangesGuard } from '../../components/UnsavedChangesGuard';
import { ComponentsPanel } from './ComponentsPanel';
import { FormulaLine } from './FormulaLine';
import { PartsEditor } from './PartsEditor';
import { PlanChecks } from './PlanChecks';
import { PlanCopy } from './PlanCopy';
import { planFieldErrors } from './plan-field-errors';
import { checkablePlan, fromPlan, toPlan, type PlanForm } from './plan-form';
import { PlanLockAction, PlanLockBanner } from './PlanLock';
import { PlanSave } from './PlanSave';
import { PresetPicker } from './PresetPicker';
import { TieBreakEditor } from './TieBreakEditor';

/** Props of {@link PlanEditor}. */
export interface PlanEditorProps {
  selectionId: string;
  view: FormasiPlanView;
  /** The other formasi of the selection, for "Salin ke formasi lain". */
  others: readonly FormasiPlanView[];
  rubrics: readonly RubricSummary[];
}

/** Renders the editor. */
export function PlanEditor(props: PlanEditorProps): React.JSX.Element {
  const { t } = useTranslation();
  const { view } = props;
  const [form, setForm] = useState<PlanForm | null>(() => (view.plan ? fromPlan(view.plan) : null));
  const [baseline, setBaseline] = useState(() => (form ? JSON.stringify(toPlan(form)) : ''));
  const [pendingPreset, setPendingPreset] = useState<PresetId | null>(null);

  const refs = useMemo(
    () =>
      new Map<string, RubricRef>(
        props.rubrics.map((r) => [r.id, { status: r.status, contentHash: r.contentHash }]),
      ),
    [props.rubrics],
  );
  const plan = useMemo(() => (form ? toPlan(form) : null), [form]);
  const fieldErrors = useMemo(() => (plan ? planFieldErrors(plan) : new Map()), [plan]);
  const check = useMemo(
    () => (plan ? checkPlan(checkablePlan(plan), refs) : { errors: [], warnings: [] }),
    [plan, refs],
  );
  const dirty = plan !== null && JSON.stringify(plan) !== baseline;

  const errorFor = (fieldId: string): string | null => {
    const error = fieldErrors.get(fieldId);
    return error ? t(error.key, error.params ?? {}) : null;
  };
  const applyPreset = (preset: PresetId) => {
    setPendingPreset(null);
    setForm(fromPlan(presetPlan(preset)));
  };

  return (
    <>
      <UnsavedChangesGuard when={dirty} />
      <PlanLockBanner view={view} />
      <div className="editor-layout">
        <div className="editor-main">
          <PresetPicker
            value={form?.preset ?? null}
            onChoose={(preset) => (form === null ? applyPreset(preset) : setPendingPreset(preset))}
          />
          {form && plan ? (
            <>
              <PartsEditor form={form} onChange={setForm} errorFor={errorFor} />
              <ComponentsPanel
                form={form}
                rubrics={props.rubrics}
                onChange={setForm}
                errorFor={errorFor}
              />
              <TieBreakEditor form={form} onChange={(tieBreak) => setForm({ ...form, tieBreak })} />
            </>
          ) : (
            <p className="empty-inline">{t('plan.editor.startWithPreset')}</p>
          )}
        </div>
        <aside className="editor-side" aria-label={t('plan.editor.sideLabel')}>
          {plan ? (
            <>
              <FormulaLine plan={plan} />
              <PlanChecks check={check} fieldErrors={fieldErrors.size} />
            </>
          ) : null}
          <PlanSave
            selectionId={props.selectionId}
            view={view}
            plan={plan}
            dirty={dirty}
            blocked={fieldErrors.size > 0 || check.errors.length > 0}
            onSaved={(saved) => {
              const next = saved.plan ? fromPlan(saved.plan) : null;
              setForm(next);
              setBaseline(next ? JSON.stringify(toPlan(next)) : '');
            }}
          />
          <PlanLockAction selectionId={props.selectionId} view={view} dirty={dirty} />
          <PlanCopy
            selectionId={props.selectionId}
            view={view}
            others={props.others}
            dirty={dirty}
          />
        </aside>
      </div>
      {pendingPreset ? (
        <ConfirmDialog
          title={t('plan.preset.replaceTitle')}
          message={t('plan.preset.replaceMessage', { preset: t(`plan.presets.${pendingPreset}`) })}
          confirmLabel={t('plan.preset.replaceConfirm')}
          cancelLabel={t('common.cancel')}
          onCancel={() => setPendingPreset(null)}
          onConfirm={() => applyPreset(pendingPreset)}
        />
      ) : null}
    </>
  );
}
