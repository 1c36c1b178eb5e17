/**
 * A translated button over a hidden file input: the native button speaks the browser's language
 * ("Choose File"), so a label in ours replaces it while the input stays focusable and named for
 * assistive technology.
 */
import type React from 'react';

/** Props of {@link FileButton}. */
export interface FileButtonProps {
  id: string;
  accept: string;
  label: string;
  /** The id of the element that describes the input (its hint). */
  describedBy: string;
  disabled: boolean;
  /** Change it to remount the input: the only way to clear it so the same file can be chosen again. */
  resetKey: number;
  className?: string;
  onFile(file: File): void;
}

/** Renders the hidden input and its label styled as a button. */
export function FileButton(props: FileButtonProps): React.JSX.Element {
  return (
    <>
      <input
        key={props.resetKey}
        id={props.id}
        className="visually-hidden file-input"
        type="file"
        accept={props.accept}
        aria-describedby={props.describedBy}
        disabled={props.disabled}
        onChange={(event) => {
          const chosen = event.target.files?.[0];
          if (chosen) props.onFile(chosen);
        }}
      />
      <label
        htmlFor={props.id}
        className={`button file-button ${props.className ?? ''}`.trim()}
        aria-disabled={props.disabled}
      >
        {props.label}
      </label>
    </>
  );
}
