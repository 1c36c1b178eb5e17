/**
 * A modal form for one assessor action (statement, conflict, PIN reset): Tab stays inside it,
 * Escape or "Batal" closes it, Enter submits, and focus returns where it was afterwards.
 */
import type React from 'react';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { handleDialogKeys } from '../../components/dialog-keys';

/** The dialog's texts, fields and answers. */
export interface AssessorDialogProps {
  title: string;
  /** Who the action is for, shown under the title. */
  subject: string;
  submitLabel: string;
  busy: boolean;
  submitDisabled?: boolean;
  /** The last refusal of the main process, shown translated above the buttons. */
  error: unknown;
  onSubmit: () => void;
  onCancel: () => void;
  children: React.ReactNode;
}

/** Renders the dialog; the caller decides when it is shown. */
export function AssessorDialog(props: AssessorDialogProps): React.JSX.Element {
  const { t } = useTranslation();
  const titleId = useId();
  const subjectId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // Start on the first field: the person at the keyboard is about to type.
    dialogRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
    return () => previous?.focus();
  }, []);

  const onKeyDown = (event: React.KeyboardEvent) =>
    handleDialogKeys(event, dialogRef.current, props.onCancel);

  return (
    <div className="dialog-backdrop">
      <div
        ref={dialogRef}
        className="dialog dialog-wide"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={subjectId}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId}>{props.title}</h2>
        <p id={subjectId} className="muted">
          {props.subject}
        </p>
        <form
          className="form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (!props.busy && !props.submitDisabled) props.onSubmit();
          }}
        >
          {props.children}
          <ErrorNotice error={props.error} />
          <div className="button-row">
            <button type="button" className="button" onClick={props.onCancel}>
              {t('common.cancel')}
            </button>
            <button
              type="submit"
              className="button button-primary"
              disabled={props.busy || props.submitDisabled}
            >
              {props.busy ? t('common.saving') : props.submitLabel}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
