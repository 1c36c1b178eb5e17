/** The keys every modal dialog answers: Escape cancels, Tab and Shift+Tab stay inside it. */
import type React from 'react';

// What Tab cycles through while a dialog is open.
const FOCUSABLE = 'button, input, textarea, select, a[href]';

/** Handles a keydown inside the dialog `container`; `onCancel` is what Escape does. */
export function handleDialogKeys(
  event: React.KeyboardEvent,
  container: HTMLElement | null,
  onCancel: () => void,
): void {
  if (event.key === 'Escape') {
    event.stopPropagation();
    onCancel();
    return;
  }
  if (event.key !== 'Tab') return;
  // Disabled controls are skipped by Tab, so they can be neither the first nor the last stop.
  const focusable = [...(container?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])].filter(
    (element) => !element.hasAttribute('disabled'),
  );
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last?.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first?.focus();
  }
}
