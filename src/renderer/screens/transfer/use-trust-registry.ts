/** The trust registry as the Kunci tepercaya screen uses it: the list, pinning and revoking. */
import { useCallback, useEffect, useState } from 'react';
import type { Input, Output } from '../../../shared/contract/contract';
import { useServices } from '../../state/services';

/** One pinned key as the list shows it. */
export type TrustRow = Output<'trust:list'>[number];

/** The registry's rows, the last load error, and the two changes (each reloads the list). */
export function useTrustRegistry() {
  const { api } = useServices();
  const [rows, setRows] = useState<TrustRow[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(() => {
    // Both outcomes set state in the callback, never synchronously in the effect.
    api['trust:list']({}).then((value) => {
      setError(null);
      setRows(value);
    }, setError);
  }, [api]);
  useEffect(load, [load]);
  const pin = useCallback(
    async (input: Input<'trust:pin'>) => {
      const entry = await api['trust:pin'](input);
      load();
      return entry;
    },
    [api, load],
  );
  const revoke = useCallback(
    async (input: Input<'trust:revoke'>) => {
      const entry = await api['trust:revoke'](input);
      load();
      return entry;
    },
    [api, load],
  );
  return { rows, error, load, pin, revoke };
}
