/** The current time, refreshed every `intervalMs`, so a lock-out shown on screen ends on time. */
import { useEffect, useState } from 'react';

/** Milliseconds since the epoch, re-rendering the caller every `intervalMs`. */
export function useNow(intervalMs = 15_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
