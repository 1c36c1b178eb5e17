/** A labelled form control with its hint and inline error wired up for assistive technology. */
import type React from 'react';

/** Props shared by text and select fields. */
interface FieldFrame {
  id: string;
  label: string;
  error?: string | null;
  hint?: string;
}

/** Label, control and error, with `aria-invalid` and `aria-describedby` set. */
function Frame(
  props: FieldFrame & { control: (describedBy: string | undefined) => React.JSX.Element },
) {
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
      {props.control(describedBy)}
      {props.error ? (
        <span className="field-error" id={errorId ?? undefined}>
          {props.error}
        </span>
      ) : null}
    </div>
  );
}

/** A text input field. */
export function TextField(
  props: FieldFrame & {
    value: string;
    onChange: (value: string) => void;
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
          type="text"
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
