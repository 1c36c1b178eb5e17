import { describe, expect, it } from 'vitest';
import { MergeJobs } from '../../../../src/main/core/merge/jobs';
import type { MergeOutcome } from '../../../../src/main/core/merge/merge';
import { AppError } from '../../../../src/shared/errors';
import { appErrorOf } from '../../../helpers/app-error';

const outcome = { report: {}, reportId: null, signature: null } as unknown as MergeOutcome;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('merge jobs', () => {
  it('tells a failure from a cancel, and forgets old settled jobs', async () => {
    const jobs = new MergeJobs();
    const failed = jobs.start(async () => {
      throw new AppError('merge.noFiles');
    });
    await settle();
    expect(jobs.get(failed)).toMatchObject({ state: 'failed', outcome: null });
    const cancelled = jobs.start(async () => {
      throw new AppError('merge.cancelled');
    });
    await settle();
    expect(jobs.get(cancelled).state).toBe('cancelled');
    const ids: string[] = [];
    for (let i = 0; i < 25; i += 1) {
      ids.push(jobs.start(async () => outcome));
      await settle();
    }
    expect(jobs.get(ids[24]!)).toMatchObject({ state: 'done', outcome });
    expect(jobs.get(ids[5]!).state).toBe('done');
    expect(appErrorOf(() => jobs.get(failed)).code).toBe('merge.jobNotFound');
    expect(appErrorOf(() => jobs.get(ids[4]!)).code).toBe('merge.jobNotFound');
  });
});
