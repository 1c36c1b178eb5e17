/**
 * The lock of a plan: the banner once locked, and "Kunci skema", which explains first that every
 * later change will need a written reason kept in the journal.
 */
import type React from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormasiPlanView } from '../../../shared/plan/plan-view';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextAreaField } from '../../components/Field';
import { useFormat } from '../../format/use-format';
import { usePlans } from '../../state/services';

/** The banner of a locked plan (nothing when it is not locked). */
export function PlanLockBanner(props: { view: FormasiPlanView }): React.JSX.Element | null {
  const { t } = useTranslation();
  const format = useFormat();
  const { lockedAt, lockNote } = props.view;
  if (lockedAt === null) return null;
  return (
    <div className="notice notice-lock" role="note" data-testid="plan-lock-banner">
      <p className="strong">{t('plan.lock.banner', { lockedAt: format.dateTime(lockedAt) })}</p>
      <p>{t('plan.lock.bannerBody')}</p>
      {lockNote ? <p>{t('plan.lock.note', { note: lockNote })}</p> : null}
    </div>
  );
}

/** The "Kunci skema" button and its dialog; disabled while there are unsaved changes. */
export function PlanLockAction(props: {
  selectionId: string;
  view: FormasiPlanView;
  dirty: boolean;
}): React.JSX.Element | null {
  const { t } = useTranslation();
  const lock = usePlans((state) => state.lock);
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const { view } = props;
  if (view.lockedAt !== null) return null;

  const confirm = async () => {
    setOpen(false);
    setError(null);
    try {
      await lock(props.selectionId, view.formasiId, note.trim());
      setNote('');
    } catch (refusal) {
      setError(refusal);
    }
  };

  return (
    <div className="plan-lock-action">
      <button
        type="button"
        className="button"
        disabled={view.plan === null || props.dirty}
        aria-describedby="plan-lock-hint"
        onClick={() => setOpen(true)}
      >
        {t('plan.lock.action')}
      </button>
      <p className="field-hint" id="plan-lock-hint">
        {view.plan === null || props.dirty ? t('plan.lock.saveFirst') : t('plan.lock.hint')}
      </p>
      <ErrorNotice error={error} />
      {open ? (
        <ConfirmDialog
          title={t('plan.lock.title', { code: view.formasiCode })}
          message={t('plan.lock.message')}
          confirmLabel={t('plan.lock.confirm')}
          cancelLabel={t('common.cancel')}
          onCancel={() => setOpen(false)}
          onConfirm={() => void confirm()}
        >
          <TextAreaField
            id="plan-lock-note"
            label={t('plan.lock.noteLabel')}
            maxLength={1000}
            value={note}
            onChange={setNote}
          />
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
