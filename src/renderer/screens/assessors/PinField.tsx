/** A masked PIN input: digits only on a numeric keypad, never remembered by the browser. */
import type React from 'react';

/** Props of {@link PinField}. */
export interface PinFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string | null;
}

/** Label, hint, masked input and inline error, wired for assistive technology. */
export function PinField(props: PinFieldProps): React.JSX.Element {
  const hintId = props.hint ? `${props.id}-hint` : null;
  const errorId = props.error ? `${props.id}-error` : null;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={props.error ? 'field field-invalid' : 'field'}>
      <label htmlFor={props.id}>{props.label}</label>
      {props.hint ? (
        <span className="field-hint" id={hintId ?? undefined}>
          {props.hint}
        </span>
      ) : null}
      <input
        id={props.id}
        type="password"
        inputMode="numeric"
        // A PIN is typed by its owner each time; the browser must not offer to store it.
        autoComplete="off"
        maxLength={12}
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => props.onChange(event.target.value.replace(/\D/g, ''))}
      />
      {props.error ? (
        <span className="field-error" id={errorId ?? undefined}>
          {props.error}
        </span>
      ) : null}
    </div>
  );
}
