/**
 * A modal form for one assessor action (statement, conflict, PIN reset): Tab stays inside it,
 * Escape or "Batal" closes it, Enter submits, and focus returns where it was afterwards.
 */
import type React from 'react';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';

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

// What Tab cycles through while the dialog is open.
const FOCUSABLE = 'button, input, textarea, select, a[href], [tabindex="0"]';

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

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      props.onCancel();
      return;
    }
    if (event.key !== 'Tab') return;
    // Disabled controls are skipped by Tab, so they can be neither the first nor the last stop.
    const focusable = [
      ...(dialogRef.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? []),
    ].filter((element) => !element.hasAttribute('disabled'));
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  };

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
