/** Calls `refresh` every `intervalMs` while the window is visible, and when it regains focus. */
import { useEffect, useRef } from 'react';

/** The dashboard's refresh period: fresh enough for a chair watching the room, one call each. */
export const REFRESH_MS = 10_000;

/** Keeps `refresh` running on a timer and on focus; nothing runs while the window is hidden. */
export function useAutoRefresh(refresh: () => void, intervalMs = REFRESH_MS): void {
  // The latest callback, so a new closure every render does not restart the timer.
  const latest = useRef(refresh);
  useEffect(() => {
    latest.current = refresh;
  }, [refresh]);

  useEffect(() => {
    const visible = () => document.visibilityState !== 'hidden';
    const tick = () => {
      if (visible()) latest.current();
    };
    const timer = window.setInterval(tick, intervalMs);
    const onFocus = () => latest.current();
    const onVisibility = () => {
      if (visible()) latest.current();
    };
    window.addEventListener('focus', onFocus);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', onFocus);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [intervalMs]);
}
