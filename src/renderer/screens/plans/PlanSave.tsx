/**
 * "Simpan skema": blocked while the plan has errors; a locked plan also needs the reason for the
 * change, which the journal keeps with it. A refusal lists every problem the main process found.
 */
import type React from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScoringPlan } from '../../../shared/plan/plan';
import type { FormasiPlanView } from '../../../shared/plan/plan-view';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextAreaField } from '../../components/Field';
import { planProblemsOf } from '../../components/error-details';
import { ProblemList } from '../../components/ProblemList';
import { planProblemText } from '../../components/problem-text';
import { usePlans } from '../../state/services';
import { PLAN_ERRORS_ID } from './PlanChecks';

/** Props of {@link PlanSave}. */
export interface PlanSaveProps {
  selectionId: string;
  view: FormasiPlanView;
  plan: ScoringPlan | null;
  dirty: boolean;
  /** The plan has errors: saving is not offered. */
  blocked: boolean;
  onSaved: (view: FormasiPlanView) => void;
}

/** Renders the reason field (for a locked plan), the Save button and its outcome. */
export function PlanSave(props: PlanSaveProps): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const save = usePlans((state) => state.save);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<unknown>(null);
  const locked = props.view.lockedAt !== null;
  const reasonMissing = locked && reason.trim() === '';
  const { plan } = props;

  const submit = async () => {
    if (!plan) return;
    setBusy(true);
    setError(null);
    setNotice('');
    try {
      const saved = await save(
        props.selectionId,
        props.view.formasiId,
        plan,
        locked ? reason.trim() : null,
      );
      setReason('');
      setNotice(t('plan.save.done'));
      props.onSaved(saved);
    } catch (refusal) {
      setError(refusal);
    } finally {
      setBusy(false);
    }
  };

  const describedBy = props.blocked
    ? PLAN_ERRORS_ID
    : reasonMissing
      ? 'plan-reason-hint'
      : undefined;
  return (
    <div className="plan-save">
      {locked ? (
        <TextAreaField
          id="plan-reason"
          label={t('plan.save.reason')}
          hint={t('plan.save.reasonHint')}
          maxLength={1000}
          required
          value={reason}
          onChange={setReason}
        />
      ) : null}
      <button
        type="button"
        className="button button-primary"
        disabled={busy || !plan || !props.dirty || props.blocked || reasonMissing}
        aria-describedby={describedBy}
        onClick={() => void submit()}
      >
        {busy ? t('common.saving') : t('plan.save.action')}
      </button>
      <p role="status" className="status-line">
        {props.dirty ? t('plan.save.unsaved') : notice}
      </p>
      <ErrorNotice error={error} />
      <ProblemList
        tone="error"
        title={t('plan.save.refused')}
        items={planProblemsOf(error).map((problem, index) => ({
          key: `${index}-${problem.code}`,
          text: planProblemText(problem, i18n.language),
        }))}
      />
    </div>
  );
}
