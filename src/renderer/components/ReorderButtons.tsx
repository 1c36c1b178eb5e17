/** "Naik" and "Turun" for one item of an ordered list; disabled at either end. */
import type React from 'react';
import { useTranslation } from 'react-i18next';

/** Props of {@link ReorderButtons}; the accessible names say which item moves. */
export interface ReorderButtonsProps {
  index: number;
  count: number;
  upLabel: string;
  downLabel: string;
  onMove: (delta: 1 | -1) => void;
  /** Announces the keyboard shortcut when the list has one (Alt+↑/↓). */
  altArrows?: boolean;
}

/** Renders the two buttons. */
export function ReorderButtons(props: ReorderButtonsProps): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <>
      <button
        type="button"
        className="button button-small"
        disabled={props.index === 0}
        aria-label={props.upLabel}
        aria-keyshortcuts={props.altArrows ? 'Alt+ArrowUp' : undefined}
        onClick={() => props.onMove(-1)}
      >
        {t('reorder.up')}
      </button>
      <button
        type="button"
        className="button button-small"
        disabled={props.index === props.count - 1}
        aria-label={props.downLabel}
        aria-keyshortcuts={props.altArrows ? 'Alt+ArrowDown' : undefined}
        onClick={() => props.onMove(1)}
      >
        {t('reorder.down')}
      </button>
    </>
  );
}
