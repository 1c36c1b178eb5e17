/** A labelled form control with its hint and inline error wired up for assistive technology. */
import type React from 'react';

/** Props shared by text and select fields. */
interface FieldFrame {
  id: string;
  label: string;
  error?: string | null;
  hint?: string;
  /** Extra class of the field's wrapper, e.g. to span grid columns. */
  className?: string;
}

/** Label, control and error, with `aria-invalid` and `aria-describedby` set. */
function Frame(
  props: FieldFrame & { control: (describedBy: string | undefined) => React.JSX.Element },
) {
  const hintId = props.hint ? `${props.id}-hint` : null;
  const errorId = props.error ? `${props.id}-error` : null;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div
      className={['field', props.error ? 'field-invalid' : null, props.className]
        .filter(Boolean)
        .join(' ')}
    >
      <label htmlFor={props.id}>{props.label}</label>
      {props.hint ? (
        <span className="field-hint" id={hintId ?? undefined}>
          {props.hint}
        </span>
      ) : null}
      {props.control(describedBy)}
      {props.error ? (
        <span className="field-error" id={errorId ?? undefined}>
          {props.error}
        </span>
      ) : null}
    </div>
  );
}

/** A text input field; `type: 'password'` masks it and keeps the browser from remembering it. */
export function TextField(
  props: FieldFrame & {
    value: string;
    onChange: (value: string) => void;
    type?: 'text' | 'password';
    inputMode?: 'numeric' | 'decimal' | 'text';
    maxLength?: number;
    autoFocus?: boolean;
  },
): React.JSX.Element {
  return (
    <Frame
      {...props}
      control={(describedBy) => (
        <input
          id={props.id}
          type={props.type ?? 'text'}
          autoComplete={props.type === 'password' ? 'off' : undefined}
          value={props.value}
          inputMode={props.inputMode}
          maxLength={props.maxLength}
          autoFocus={props.autoFocus}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => props.onChange(event.target.value)}
        />
      )}
    />
  );
}

/** A select field over a list of values with translated labels. */
export function SelectField(
  props: FieldFrame & {
    value: string;
    onChange: (value: string) => void;
    options: ReadonlyArray<{ value: string; label: string }>;
  },
): React.JSX.Element {
  return (
    <Frame
      {...props}
      control={(describedBy) => (
        <select
          id={props.id}
          value={props.value}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => props.onChange(event.target.value)}
        >
          {props.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    />
  );
}

/** A multi-line text field; it grows with its text. */
export function TextAreaField(
  props: FieldFrame & {
    value: string;
    onChange: (value: string) => void;
    rows?: number;
    maxLength?: number;
    required?: boolean;
  },
): React.JSX.Element {
  return (
    <Frame
      {...props}
      control={(describedBy) => (
        <textarea
          id={props.id}
          rows={props.rows ?? 2}
          value={props.value}
          maxLength={props.maxLength}
          aria-required={props.required ? true : undefined}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => props.onChange(event.target.value)}
        />
      )}
    />
  );
}
