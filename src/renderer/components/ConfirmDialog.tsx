/** A modal question with a safe default: Escape or "Batal" cancels, focus returns afterwards. */
import type React from 'react';
import { useEffect, useId, useRef } from 'react';
import { handleDialogKeys } from './dialog-keys';

/** The dialog's texts and answers. */
export interface ConfirmDialogProps {
  title: string;
  message: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** Red confirm button, for deleting. */
  danger?: boolean;
  /** Extra content between the message and the buttons, e.g. a note field. */
  children?: React.ReactNode;
  /** Disables the confirm button, e.g. while a required field is empty. */
  confirmDisabled?: boolean;
}

/** Renders the dialog; the caller decides when it is shown. */
export function ConfirmDialog(props: ConfirmDialogProps): React.JSX.Element {
  const titleId = useId();
  const messageId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const { onCancel } = props;

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // Focus starts on "cancel": pressing Enter by reflex must not delete or import anything.
    cancelRef.current?.focus();
    return () => previous?.focus();
  }, []);

  const onKeyDown = (event: React.KeyboardEvent) =>
    handleDialogKeys(event, dialogRef.current, onCancel);

  return (
    <div className="dialog-backdrop">
      <div
        ref={dialogRef}
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={messageId}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId}>{props.title}</h2>
        <p id={messageId}>{props.message}</p>
        {props.children}
        <div className="button-row">
          <button ref={cancelRef} type="button" className="button" onClick={props.onCancel}>
            {props.cancelLabel}
          </button>
          <button
            type="button"
            className={props.danger ? 'button button-danger' : 'button button-primary'}
            disabled={props.confirmDisabled}
            onClick={props.onConfirm}
          >
            {props.confirmLabel}
          </button>
        </div>
      </div>
    </div>
  );
}
