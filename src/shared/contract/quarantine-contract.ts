/**
 * The channels of the quarantine and the merge reports (docs/merge.md): the items with their sides
 * side by side, a decision with its reason (journaled), and the signed reports checked on reading.
 */
import { z } from 'zod';
import { QuarantineDecision, QuarantineSummary } from '../domain/merge';
import {
  MergeReportRow,
  MergeReportView,
  QuarantineDetail,
  QuarantineListItem,
} from '../domain/quarantine-view';

/** Quarantine and merge report channels. */
export const quarantineContract = {
  'quarantine:list': { input: z.object({}).strict(), output: z.array(QuarantineListItem) },
  'quarantine:detail': {
    input: z.object({ itemId: z.string().min(1).max(300) }).strict(),
    output: QuarantineDetail,
  },
  'quarantine:resolve': {
    input: z
      .object({
        itemId: z.string().min(1).max(300),
        decision: QuarantineDecision,
        choice: z.string().max(300).nullable(),
        reason: z.string().max(1000),
      })
      .strict(),
    output: QuarantineSummary,
  },
  'merge:reports': { input: z.object({}).strict(), output: z.array(MergeReportRow) },
  'merge:report': {
    input: z.object({ id: z.string().min(1).max(100) }).strict(),
    output: MergeReportView,
  },
} as const;
