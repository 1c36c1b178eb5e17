/**
 * "Salin ke formasi lain": gives the saved plan of this formasi to the chosen other formasi of
 * the selection, all or none. A locked target needs a written reason, as any change of it does.
 */
import type React from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormasiPlanView } from '../../../shared/plan/plan-view';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextAreaField } from '../../components/Field';
import { usePlans } from '../../state/services';

/** Renders the copy panel for the plan of `view`. */
export function PlanCopy(props: {
  selectionId: string;
  view: FormasiPlanView;
  others: readonly FormasiPlanView[];
  dirty: boolean;
}): React.JSX.Element {
  const { t } = useTranslation();
  const copy = usePlans((state) => state.copy);
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<unknown>(null);
  const { view, others } = props;
  const targets = others.filter((other) => chosen.includes(other.formasiId));
  const needsReason = targets.some((target) => target.lockedAt !== null);
  const blocked = view.plan === null || props.dirty;

  const toggle = (formasiId: string, on: boolean) =>
    setChosen((old) => (on ? [...old, formasiId] : old.filter((id) => id !== formasiId)));

  const confirm = async () => {
    setConfirming(false);
    setError(null);
    setNotice('');
    try {
      const copied = await copy(
        props.selectionId,
        view.formasiId,
        targets.map((target) => target.formasiId),
        needsReason ? reason.trim() : null,
      );
      setNotice(t('plan.copy.done', { count: copied.length }));
      setChosen([]);
      setReason('');
    } catch (refusal) {
      setError(refusal);
    }
  };

  return (
    <details className="plan-copy">
      <summary>{t('plan.copy.title')}</summary>
      {others.length === 0 ? (
        <p className="muted">{t('plan.copy.noOthers')}</p>
      ) : (
        <fieldset className="checkbox-list">
          <legend>{t('plan.copy.targets')}</legend>
          {others.map((other) => (
            <label key={other.formasiId} className="checkbox">
              <input
                type="checkbox"
                checked={chosen.includes(other.formasiId)}
                onChange={(event) => toggle(other.formasiId, event.target.checked)}
              />
              {t('plan.copy.target', { code: other.formasiCode, jabatan: other.jabatan })}
              {other.lockedAt !== null ? (
                <span className="badge badge-locked">{t('plan.status.locked')}</span>
              ) : other.plan !== null ? (
                <span className="muted"> {t('plan.copy.replaces')}</span>
              ) : null}
            </label>
          ))}
        </fieldset>
      )}
      {needsReason ? (
        <TextAreaField
          id="plan-copy-reason"
          label={t('plan.copy.reason')}
          maxLength={1000}
          required
          value={reason}
          onChange={setReason}
        />
      ) : null}
      <button
        type="button"
        className="button"
        disabled={blocked || targets.length === 0 || (needsReason && reason.trim() === '')}
        onClick={() => setConfirming(true)}
      >
        {t('plan.copy.action', { count: targets.length })}
      </button>
      {blocked ? <p className="field-hint">{t('plan.copy.saveFirst')}</p> : null}
      <p role="status" className="status-line">
        {notice}
      </p>
      <ErrorNotice error={error} />
      {confirming ? (
        <ConfirmDialog
          title={t('plan.copy.confirmTitle')}
          message={t('plan.copy.confirmMessage', {
            code: view.formasiCode,
            count: targets.length,
            targets: targets.map((target) => target.formasiCode).join(', '),
          })}
          confirmLabel={t('plan.copy.confirm')}
          cancelLabel={t('common.cancel')}
          onCancel={() => setConfirming(false)}
          onConfirm={() => void confirm()}
        />
      ) : null}
    </details>
  );
}
