/**
 * Resolving a quarantine item: accept one side (radio per side) or reject, always with a reason,
 * after a confirmation that says the decision and the reason go into the journal.
 */
import type React from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuarantineSide } from '../../../shared/domain/quarantine-view';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextAreaField } from '../../components/Field';
import { useServices } from '../../state/services';
import type { QuarantineItem } from './quarantine-title';

const REJECT = '';

/** Renders the form for `item`; `onResolved` runs after the decision is recorded. */
export function ResolveForm(props: {
  item: QuarantineItem;
  sides: readonly QuarantineSide[];
  onResolved: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const { api } = useServices();
  const { item } = props;
  const options = props.sides.filter((side) => side.choice !== null);
  const [choice, setChoice] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  const label = (side: QuarantineSide, index: number) =>
    item.kind === 'untrusted'
      ? t('quarantine.resolve.acceptSigner', { fingerprint: side.fingerprint ?? '' })
      : t('quarantine.resolve.acceptSide', { n: index + 1, office: side.office });
  const confirm = () => {
    setConfirming(false);
    setSaving(true);
    setError(null);
    const accept = choice !== REJECT;
    api['quarantine:resolve']({
      itemId: item.id,
      decision: accept ? 'accept' : 'reject',
      choice: accept ? choice : null,
      reason,
    }).then(
      () => {
        setSaving(false);
        setReason('');
        setChoice(null);
        props.onResolved();
      },
      (failure) => {
        setSaving(false);
        setError(failure);
      },
    );
  };

  return (
    <form
      className="panel quarantine-resolve"
      aria-labelledby="resolve-title"
      onSubmit={(event) => {
        event.preventDefault();
        setConfirming(true);
      }}
    >
      <h3 id="resolve-title">{t('quarantine.resolve.title')}</h3>
      <fieldset>
        <legend>{t('quarantine.resolve.decision')}</legend>
        {props.sides.map((side, index) =>
          side.choice === null ? null : (
            <label key={side.choice} className="radio">
              <input
                type="radio"
                name="quarantine-choice"
                value={side.choice}
                checked={choice === side.choice}
                onChange={() => setChoice(side.choice)}
              />{' '}
              {label(side, index)}
            </label>
          ),
        )}
        <label className="radio">
          <input
            type="radio"
            name="quarantine-choice"
            value="reject"
            checked={choice === REJECT}
            onChange={() => setChoice(REJECT)}
          />{' '}
          {t('quarantine.resolve.reject')}
        </label>
        {options.length === 0 ? (
          <p className="muted">{t('quarantine.resolve.onlyReject')}</p>
        ) : null}
      </fieldset>
      <TextAreaField
        id="quarantine-reason"
        label={t('quarantine.resolve.reason')}
        hint={t('quarantine.resolve.reasonHint')}
        value={reason}
        onChange={setReason}
        maxLength={1000}
        rows={3}
        required
      />
      <ErrorNotice error={error} />
      <button
        type="submit"
        className="button button-primary"
        disabled={choice === null || reason.trim() === '' || saving}
      >
        {saving ? t('quarantine.resolve.saving') : t('quarantine.resolve.submit')}
      </button>
      {confirming ? (
        <ConfirmDialog
          title={t('quarantine.resolve.confirmTitle')}
          message={t('quarantine.resolve.confirmMessage', { reason: reason.trim() })}
          confirmLabel={t('quarantine.resolve.confirm')}
          cancelLabel={t('common.cancel')}
          onConfirm={confirm}
          onCancel={() => setConfirming(false)}
          danger={choice === REJECT}
        />
      ) : null}
    </form>
  );
}
