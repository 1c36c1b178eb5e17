/**
 * The names of every channel, with no dependency at all, so the sandboxed preload can expose one
 * named function per channel without bundling zod. A test keeps it equal to the contract's keys.
 */
export const CHANNELS = [
  'app:info',
  'selection:list',
  'selection:get',
  'selection:create',
  'selection:update',
  'formasi:list',
  'formasi:create',
  'formasi:update',
  'formasi:delete',
  'candidates:import',
  'candidates:search',
  'candidates:get',
  'rubric:list',
  'rubric:get',
  'rubric:templates',
  'rubric:fromTemplate',
  'rubric:create',
  'rubric:duplicate',
  'rubric:newVersion',
  'rubric:saveDraft',
  'rubric:publish',
  'rubric:retire',
  'rubric:deleteDraft',
  'rubric:export',
  'rubric:import',
  'plan:list',
  'plan:get',
  'plan:set',
  'plan:lock',
  'plan:copy',
  'journal:verify',
  'journal:recent',
  'scoring:assessors',
  'scoring:sessions',
  'scoring:open',
  'scoring:close',
  'scoring:queue',
  'scoring:sheet',
  'scoring:saveDraft',
  'scoring:submit',
  'scoring:amend',
  'scoring:unlock',
  'scoring:sheetsMeta',
  'scoring:progress',
  'paper:check',
  'paper:import',
] as const;

/** A channel name, `domain:verb`. */
export type Channel = (typeof CHANNELS)[number];

/** The prefix every IPC channel carries, so the main process can allowlist them. */
export const IPC_PREFIX = 'panitia:';
