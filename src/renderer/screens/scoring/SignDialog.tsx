/**
 * The confirmation before a signature: the levels about to be signed, the score, for an
 * amendment or an unlock the mandatory reason, and the PIN again. Enter in the PIN field signs;
 * Escape or "Batal" goes back to the sheet with nothing sent.
 */
import type React from 'react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../components/Field';
import { PinField } from './PinField';
import { PinNotice } from './PinNotice';
import { handleDialogKeys } from '../../components/dialog-keys';

/** Props of {@link SignDialog}. */
export interface SignDialogProps {
  title: string;
  message: string;
  confirmLabel: string;
  /** Asks for a reason (kept with the sheet history) before the PIN. */
  withReason: boolean;
  /** The PIN field's label, when the signer is not the person at the keyboard ("your PIN"). */
  pinLabel?: string;
  /** What is about to be signed, e.g. the list of levels. */
  children?: React.ReactNode;
  onConfirm: (pin: string, reason: string) => Promise<void>;
  onCancel: () => void;
}

/** Renders the dialog; the caller decides when it is shown. */
export function SignDialog(props: SignDialogProps): React.JSX.Element {
  const { t } = useTranslation();
  const titleId = useId();
  const messageId = useId();
  const dialogRef = useRef<HTMLFormElement>(null);
  const pinRef = useRef<HTMLInputElement>(null);
  const [pin, setPin] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const { onCancel } = props;
  const ready = pin !== '' && (!props.withReason || reason.trim() !== '') && !busy;

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // The reason comes first when there is one; otherwise the PIN is all there is to type.
    if (props.withReason) dialogRef.current?.querySelector('textarea')?.focus();
    else pinRef.current?.focus();
    return () => {
      if (previous?.isConnected) previous.focus();
    };
  }, [props.withReason]);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    setBusy(true);
    setError(null);
    try {
      await props.onConfirm(pin, reason.trim());
    } catch (refusal) {
      setError(refusal);
      setPin('');
      setBusy(false);
      pinRef.current?.focus();
    }
  };

  const onKeyDown = (event: React.KeyboardEvent) =>
    handleDialogKeys(event, dialogRef.current, onCancel);

  return (
    <div className="dialog-backdrop">
      <form
        ref={dialogRef}
        className="dialog dialog-wide"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={messageId}
        onKeyDown={onKeyDown}
        onSubmit={(event) => void submit(event)}
      >
        <h2 id={titleId}>{props.title}</h2>
        <p id={messageId}>{props.message}</p>
        {props.children}
        {props.withReason ? (
          <TextAreaField
            id={`${titleId}-reason`}
            label={t('scoring.sign.reason')}
            hint={t('scoring.sign.reasonHint')}
            maxLength={1000}
            required
            value={reason}
            onChange={setReason}
          />
        ) : null}
        <PinField
          ref={pinRef}
          id={`${titleId}-pin`}
          label={props.pinLabel ?? t('scoring.sign.pin')}
          value={pin}
          invalid={error !== null}
          describedBy={error !== null ? `${titleId}-error` : undefined}
          onChange={setPin}
        />
        <PinNotice error={error} id={`${titleId}-error`} />
        <div className="button-row">
          <button type="button" className="button button-large" onClick={props.onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary button-large" disabled={!ready}>
            {busy ? t('scoring.sign.signing') : props.confirmLabel}
          </button>
        </div>
      </form>
    </div>
  );
}
