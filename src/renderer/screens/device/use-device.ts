/** The device key's status from the main process, and its actions, for the Perangkat screen. */
import { useCallback, useEffect, useState } from 'react';
import type { DeviceStatus } from '../../../shared/contract/device-contract';
import { useServices } from '../../state/services';

/** What the Perangkat screen reads and does. */
export interface DeviceView {
  status: DeviceStatus | null;
  /** The refusal of the last load or action, translated by ErrorNotice. */
  error: unknown;
  busy: boolean;
  reload(): void;
  createKey(passphrase: string): Promise<boolean>;
  unlock(passphrase: string): Promise<boolean>;
  lock(): Promise<boolean>;
}

/** Loads `device:status` (again on `reload`) and wraps the create, unlock and lock channels. */
export function useDevice(): DeviceView {
  const { api } = useServices();
  const [status, setStatus] = useState<DeviceStatus | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const run = useCallback(async (call: () => Promise<DeviceStatus>): Promise<boolean> => {
    setBusy(true);
    try {
      setStatus(await call());
      setError(null);
      return true;
    } catch (refusal) {
      setError(refusal);
      return false;
    } finally {
      setBusy(false);
    }
  }, []);

  const [reloads, setReloads] = useState(0);
  const reload = useCallback(() => setReloads((n) => n + 1), []);
  useEffect(() => {
    let live = true;
    api['device:status']({}).then(
      (loaded) => {
        if (!live) return;
        setStatus(loaded);
        setError(null);
      },
      (refusal: unknown) => {
        if (live) setError(refusal);
      },
    );
    return () => {
      live = false;
    };
  }, [api, reloads]);

  return {
    status,
    error,
    busy,
    reload,
    createKey: (passphrase) => run(() => api['device:createKey']({ passphrase })),
    unlock: (passphrase) => run(() => api['device:unlock']({ passphrase })),
    lock: () => run(() => api['device:lock']({})),
  };
}
