/**
 * The Impor and Ekspor channels (docs/merge.md): receiving bundle files, merging them as a job the
 * renderer polls and may cancel, starting an office from a setup package, and exporting this
 * installation's signed bundles. Every signature is made by the device key, unlocked on Perangkat.
 */
import { z } from 'zod';
import { Fingerprint } from '../domain/assessor';
import { BUNDLE_TRUST, MergeReport } from '../domain/merge';
import { MAX_IMPORT_BYTES } from './import-limit';

const Params = z.record(z.string(), z.union([z.string(), z.number()]));
const FileId = z.string().regex(/^[0-9a-f]{64}$/);
const BundleKindView = z.enum(['setup', 'results']);

/** One received file, verified: what the Impor list shows in its row. */
export const ReceivedBundleView = z.object({
  fileId: FileId,
  name: z.string(),
  size: z.number().int().min(0),
  valid: z.boolean(),
  problem: z.object({ code: z.string(), params: Params, line: z.number().int() }).nullable(),
  kind: BundleKindView.nullable(),
  fingerprint: Fingerprint.nullable(),
  createdBy: z.object({ office: z.string().nullable(), device: z.string().nullable() }),
  trust: z.enum(BUNDLE_TRUST).nullable(),
  entries: z.number().int().min(0),
  chains: z.number().int().min(0),
  alreadyMerged: z.boolean(),
});
export type ReceivedBundleView = z.infer<typeof ReceivedBundleView>;

/** How far a merge job has got (merge.ts MergeProgress). */
export const MergeProgressView = z.object({
  phase: z.enum(['verify', 'merge']),
  file: z.number().int(),
  files: z.number().int(),
  fileName: z.string(),
  entries: z.number().int(),
});
export type MergeProgressView = z.infer<typeof MergeProgressView>;

/** A merge job as the renderer polls it. */
export const MergeJobView = z.object({
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  progress: MergeProgressView.nullable(),
  outcome: z.object({ reportId: z.string().nullable(), report: MergeReport }).nullable(),
  error: z
    .object({
      code: z.string(),
      params: Params,
      message: z.string(),
      details: z.unknown().optional(),
    })
    .nullable(),
});
export type MergeJobView = z.infer<typeof MergeJobView>;

/** What first use of a setup package shows before the person confirms the fingerprint. */
export const SetupInspection = z.object({
  fingerprint: Fingerprint,
  trust: z.enum(['trusted', 'revoked', 'unknown']),
  createdBy: z.object({ office: z.string().nullable(), device: z.string().nullable() }),
  storeEmpty: z.boolean(),
});
export type SetupInspection = z.infer<typeof SetupInspection>;

/** What a result bundle carries: each chain with its office, and the scoring records in them. */
export const ResultsContents = z.object({
  chains: z.array(z.object({ device: z.string(), office: z.string(), entries: z.number().int() })),
  sheets: z.number().int(),
  attendance: z.number().int(),
});
export type ResultsContents = z.infer<typeof ResultsContents>;

const jobId = z.object({ jobId: z.string().max(100) }).strict();

/** Impor and Ekspor channels. */
export const mergeContract = {
  'bundle:receive': {
    input: z
      .object({
        name: z.string().min(1).max(500),
        contentBase64: z
          .string()
          .max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4)
          .regex(/^[A-Za-z0-9+/]*={0,2}$/),
      })
      .strict(),
    output: ReceivedBundleView,
  },
  'merge:start': {
    input: z.object({ fileIds: z.array(FileId).max(200) }).strict(),
    output: z.object({ jobId: z.string() }),
  },
  'merge:status': { input: jobId, output: MergeJobView },
  'merge:cancel': { input: jobId, output: MergeJobView },
  'setup:inspect': { input: z.object({ fileId: FileId }).strict(), output: SetupInspection },
  'setup:start': {
    input: z
      .object({
        fileId: FileId,
        office: z.string().max(200),
        confirmedFingerprint: z.string().max(200),
        centralLabel: z.string().max(200),
      })
      .strict(),
    output: z.object({
      reportId: z.string().nullable(),
      selections: z.array(z.string()),
      candidates: z.number().int(),
    }),
  },
  'bundle:export': {
    input: z.object({ kind: BundleKindView, office: z.string().max(200).optional() }).strict(),
    output: z.object({
      fileName: z.string(),
      contentBase64: z.string(),
      fingerprint: Fingerprint,
      count: z.number().int(),
      sha256: z.string(),
    }),
  },
  'bundle:exportContents': { input: z.object({}).strict(), output: ResultsContents },
} as const;
