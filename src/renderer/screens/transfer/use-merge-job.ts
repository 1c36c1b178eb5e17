/** A merge job in the main process, started, polled every 300 ms until it settles, and cancelled. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MergeJobView } from '../../../shared/contract/merge-contract';
import { ApiError } from '../../api/errors';
import { useServices } from '../../state/services';

/** How often the job is polled: often enough for a smooth bar, rarely enough to cost nothing. */
export const POLL_MS = 300;

/** What the Impor screen reads and does with its merge. */
export interface MergeJobHandle {
  job: MergeJobView | null;
  /** A refusal of start, status or cancel, or the job's own failure, as ErrorNotice shows it. */
  error: unknown;
  start(fileIds: string[]): Promise<void>;
  cancel(): void;
}

/** Starts merges and follows the current one. */
export function useMergeJob(): MergeJobHandle {
  const { api } = useServices();
  const [jobId, setJobId] = useState<string | null>(null);
  const [job, setJob] = useState<MergeJobView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    if (jobId === null) return undefined;
    let stopped = false;
    const poll = () => {
      api['merge:status']({ jobId }).then(
        (view) => {
          if (stopped) return;
          setJob(view);
          if (view.state === 'running') timer.current = setTimeout(poll, POLL_MS);
          // A failure or cancel carries a wire error: shown like any refused call.
          else if (view.error) setError(new ApiError(view.error as never));
        },
        (failure: unknown) => {
          if (!stopped) setError(failure);
        },
      );
    };
    poll();
    return () => {
      stopped = true;
      if (timer.current) clearTimeout(timer.current);
    };
  }, [api, jobId]);

  const start = useCallback(
    async (fileIds: string[]) => {
      setError(null);
      setJob(null);
      try {
        setJobId((await api['merge:start']({ fileIds })).jobId);
      } catch (failure) {
        setError(failure);
      }
    },
    [api],
  );

  const cancel = useCallback(() => {
    if (jobId === null) return;
    api['merge:cancel']({ jobId }).then(setJob, setError);
  }, [api, jobId]);

  return { job, error, start, cancel };
}
