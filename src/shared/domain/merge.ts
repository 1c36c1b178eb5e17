/** The shapes of a merge (docs/merge.md): the signed report, the quarantine, the resolutions. */
import { z } from 'zod';
import { Fingerprint } from './assessor';
import { Sha256Hex } from '../journal/entry';

/** A device id as journal chains carry it. */
export const DeviceId = z.string().min(1).max(100);

/** How far a receiver trusts a bundle's signer. */
export const BUNDLE_TRUST = ['own', 'trusted', 'untrusted', 'revoked'] as const;
/** A bundle signer's standing in the receiver's registry. */
export type BundleTrust = (typeof BUNDLE_TRUST)[number];

/** Why an item waits in quarantine. */
export const QUARANTINE_KINDS = ['fork', 'sheetConflict', 'untrusted', 'refused'] as const;
/** A quarantine item's kind. */
export type QuarantineKind = (typeof QUARANTINE_KINDS)[number];

/** A problem parameter: what the translated message names. */
const Params = z.record(z.string(), z.union([z.string(), z.number()]));

/** What happened to one bundle in a merge. */
export const MergedBundle = z.object({
  fileName: z.string().max(500),
  /** SHA-256 of the whole file; empty when the file could not be read. */
  hash: z.union([Sha256Hex, z.literal('')]),
  kind: z.enum(['setup', 'results']).nullable(),
  signerFingerprint: Fingerprint.nullable(),
  trust: z.enum(BUNDLE_TRUST).nullable(),
  outcome: z.enum(['merged', 'held', 'invalid', 'alreadyMerged']),
  /** Why an invalid bundle was refused: a code of bundle-errors.ts, with its line. */
  problem: z.object({ code: z.string(), params: Params }).nullable(),
  entries: z.number().int().min(0),
  added: z.number().int().min(0),
  duplicates: z.number().int().min(0),
  forks: z.number().int().min(0),
});
export type MergedBundle = z.infer<typeof MergedBundle>;

/** One quarantine item as a report lists it. */
export const QuarantineSummary = z.object({
  id: z.string().max(300),
  kind: z.enum(QUARANTINE_KINDS),
  reason: z.string().max(200),
  params: Params,
  entries: z.number().int().min(0),
  resolved: z.enum(['accept', 'reject']).nullable(),
});
export type QuarantineSummary = z.infer<typeof QuarantineSummary>;

/** A sheet the setup and panels expect that no bundle delivered. */
export const MissingSheetLine = z.object({
  sessionId: z.string(),
  candidateId: z.string(),
  nomorPeserta: z.string(),
  nama: z.string(),
  componentKey: z.string(),
  assessorId: z.string(),
  assessorNama: z.string(),
});
export type MissingSheetLine = z.infer<typeof MissingSheetLine>;

/** Expected versus delivered sheets of one office (one device chain that holds sessions). */
export const OfficeCompleteness = z.object({
  device: DeviceId,
  office: z.string(),
  expected: z.number().int().min(0),
  delivered: z.number().int().min(0),
  missing: z.array(MissingSheetLine),
});
export type OfficeCompleteness = z.infer<typeof OfficeCompleteness>;

/** The merge report: what the merger's device key signs (canonical JSON of this). */
export const MergeReport = z.object({
  format: z.literal('panitia.merge-report.v1'),
  mergedAt: z.string(),
  merger: z.object({ device: DeviceId, fingerprint: Fingerprint }),
  bundles: z.array(MergedBundle),
  totals: z.object({
    added: z.number().int().min(0),
    duplicates: z.number().int().min(0),
    held: z.number().int().min(0),
  }),
  quarantine: z.array(QuarantineSummary),
  /** Candidates of the setup that no office has scheduled in a session. */
  unscheduled: z.number().int().min(0),
  completeness: z.array(OfficeCompleteness),
  /** The results input hash of each selection after the merge (docs/results-format.md). */
  results: z.array(z.object({ selectionId: z.string(), inputsHash: Sha256Hex })),
});
export type MergeReport = z.infer<typeof MergeReport>;

/** A decision on a quarantine item. */
export const QuarantineDecision = z.enum(['accept', 'reject']);
export type QuarantineDecision = z.infer<typeof QuarantineDecision>;
