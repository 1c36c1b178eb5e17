/** A PIN field: masked, digits only, numeric keypad on touch screens, never autofilled. */
import type React from 'react';
import { forwardRef } from 'react';

/** Props of {@link PinField}. */
export interface PinFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  describedBy?: string;
  invalid?: boolean;
  autoFocus?: boolean;
}

/** Renders the label and the masked input; anything but digits is dropped as it is typed. */
export const PinField = forwardRef<HTMLInputElement, PinFieldProps>(
  function PinField(props, ref): React.JSX.Element {
    return (
      <div className={props.invalid ? 'field field-invalid pin-field' : 'field pin-field'}>
        <label htmlFor={props.id}>{props.label}</label>
        <input
          ref={ref}
          id={props.id}
          type="password"
          inputMode="numeric"
          autoComplete="off"
          maxLength={12}
          value={props.value}
          autoFocus={props.autoFocus}
          aria-invalid={props.invalid ? true : undefined}
          aria-describedby={props.describedBy}
          onChange={(event) => props.onChange(event.target.value.replace(/\D/g, ''))}
        />
      </div>
    );
  },
);
