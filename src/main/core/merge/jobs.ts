/**
 * Merges running in this process, one at a time: each with its AbortController and the latest
 * progress, so the renderer can poll, show a bar and cancel. Kept in memory only: a finished job is
 * recorded by the merge itself (its signed report), the job is just the view of it in flight.
 */
import { randomUUID } from 'node:crypto';
import { AppError, isAppError } from '../../../shared/errors';
import type { MergeOutcome, MergeProgress } from './merge';

/** Where a job stands. */
export type JobState = 'running' | 'done' | 'failed' | 'cancelled';

/** One merge job as the status channel reports it. */
export interface MergeJob {
  id: string;
  state: JobState;
  progress: MergeProgress | null;
  outcome: MergeOutcome | null;
  error: unknown;
  controller: AbortController;
}

/** What a job runs: the merge, given the signal and the progress sink. */
export type JobRun = (
  signal: AbortSignal,
  onProgress: (p: MergeProgress) => void,
) => Promise<MergeOutcome>;

/** Settled jobs kept for a late poll; older ones are forgotten (their reports stay journaled). */
const KEPT_SETTLED = 20;

/** The registry of merge jobs of one store. */
export class MergeJobs {
  private readonly jobs = new Map<string, MergeJob>();

  /** Starts `run` as a new job; throws `merge.busy` while another job runs. */
  start(run: JobRun): string {
    if ([...this.jobs.values()].some((job) => job.state === 'running')) {
      throw new AppError('merge.busy');
    }
    const job: MergeJob = {
      id: randomUUID(),
      state: 'running',
      progress: null,
      outcome: null,
      error: null,
      controller: new AbortController(),
    };
    const settled = [...this.jobs.values()].filter((old) => old.state !== 'running');
    for (const old of settled.slice(0, Math.max(0, settled.length - KEPT_SETTLED + 1))) {
      this.jobs.delete(old.id);
    }
    this.jobs.set(job.id, job);
    run(job.controller.signal, (progress) => {
      job.progress = progress;
    }).then(
      (outcome) => {
        job.outcome = outcome;
        job.state = 'done';
      },
      (error: unknown) => {
        const cancelled = isAppError(error) && error.code === 'merge.cancelled';
        job.state = cancelled ? 'cancelled' : 'failed';
        job.error = error;
      },
    );
    return job.id;
  }

  /** The job `id`; throws `merge.jobNotFound` for an id this run does not know. */
  get(id: string): MergeJob {
    const job = this.jobs.get(id);
    if (!job) throw new AppError('merge.jobNotFound', { job: id });
    return job;
  }

  /** Asks job `id` to stop; the merge stops at its next check and changes nothing. */
  cancel(id: string): MergeJob {
    const job = this.get(id);
    if (job.state === 'running') job.controller.abort();
    return job;
  }
}
