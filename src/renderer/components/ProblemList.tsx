/** A titled list of problems (errors in red, warnings in yellow), each optionally a jump to its field. */
import type React from 'react';

/** One problem: its sentence, and what choosing it does (e.g. focus the field it names). */
export interface ProblemItem {
  key: string;
  text: string;
  onSelect?: () => void;
}

/** Renders the problems under `title`; nothing when there are none. */
export function ProblemList(props: {
  title: string;
  items: readonly ProblemItem[];
  tone: 'error' | 'warn';
  id?: string;
  /** `alert` for a refusal that just happened; live lists stay quiet while the user types. */
  role?: 'alert';
}): React.JSX.Element | null {
  if (props.items.length === 0) return null;
  return (
    <div
      id={props.id}
      className={props.tone === 'error' ? 'notice notice-error' : 'notice notice-warn'}
      role={props.role}
    >
      <p className="strong">{props.title}</p>
      <ul className="problems">
        {props.items.map((item) => (
          <li key={item.key}>
            {item.onSelect ? (
              <button type="button" className="link-button" onClick={item.onSelect}>
                {item.text}
              </button>
            ) : (
              item.text
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
