/**
 * What the Karantina and Laporan penggabungan screens show (docs/merge.md): each quarantine item
 * with plain titles, its sides for a side-by-side view, and the stored, signed merge reports.
 */
import { z } from 'zod';
import { AuditField } from '../audit/audit-view';
import { MergeReport, QuarantineSummary } from './merge';

/** A quarantine item with what a person recognises it by, where the store knows it. */
export const QuarantineListItem = QuarantineSummary.extend({
  /** The office of the device involved (fork, refused entry, untrusted signer's header). */
  office: z.string().nullable(),
  /** The candidate of a sheet conflict. */
  candidate: z.object({ nomorPeserta: z.string(), nama: z.string() }).nullable(),
  /** The component key of a sheet conflict. */
  component: z.string().nullable(),
});
export type QuarantineListItem = z.infer<typeof QuarantineListItem>;

/** A sheet version as the central administrator compares it, like the results screen. */
export const SideSheet = z.object({
  sheetId: z.string(),
  nomorPeserta: z.string(),
  nama: z.string(),
  assessorNama: z.string(),
  componentKey: z.string(),
  version: z.number().int(),
  /** The 0–100 total (numerator / denominator of the signed content). */
  total: z.number(),
  submittedAt: z.string(),
  /** Checked now against the signer's key of its version; null when that key is not known. */
  signatureValid: z.boolean().nullable(),
});
export type SideSheet = z.infer<typeof SideSheet>;

/** One entry of a side, described through the audit allow-list (redacted). */
export const SideEntry = z.object({
  seq: z.number().int(),
  ts: z.string(),
  kind: z.string(),
  summary: z.array(AuditField),
  sheet: SideSheet.nullable(),
});
export type SideEntry = z.infer<typeof SideEntry>;

/** One side of an item: what accepting `choice` would take in. */
export const QuarantineSide = z.object({
  /** What `quarantine:resolve` takes to accept this side; null when it cannot be accepted. */
  choice: z.string().nullable(),
  /** Where the side's entries are: this store's journal, or held aside. */
  source: z.enum(['journal', 'held']),
  device: z.string().nullable(),
  office: z.string(),
  /** Every entry of the side; `entries` may show fewer (MAX_SIDE_ENTRIES). */
  count: z.number().int(),
  firstTs: z.string().nullable(),
  lastTs: z.string().nullable(),
  kinds: z.array(z.object({ kind: z.string(), count: z.number().int() })),
  entries: z.array(SideEntry),
  /** The untrusted signer's key fingerprint, to compare by phone. */
  fingerprint: z.string().nullable(),
  /** The held bundle of an untrusted signer. */
  bundle: z
    .object({
      fileName: z.string(),
      hash: z.string(),
      createdBy: z.record(z.string(), z.unknown()),
    })
    .nullable(),
});
export type QuarantineSide = z.infer<typeof QuarantineSide>;

/** The most entries one side lists; counts and kinds still cover them all. */
export const MAX_SIDE_ENTRIES = 2000;

/** An item and its sides. */
export const QuarantineDetail = z.object({
  item: QuarantineListItem,
  sides: z.array(QuarantineSide),
});
export type QuarantineDetail = z.infer<typeof QuarantineDetail>;

/** A row of the merge reports list. */
export const MergeReportRow = z.object({
  id: z.string(),
  recordedAt: z.string(),
  mergerFingerprint: z.string(),
  bundles: z.number().int(),
  added: z.number().int(),
  duplicates: z.number().int(),
  held: z.number().int(),
  quarantine: z.number().int(),
  missingSheets: z.number().int(),
});
export type MergeReportRow = z.infer<typeof MergeReportRow>;

/** A stored report with its signature, checked now. */
export const MergeReportView = z.object({
  id: z.string(),
  report: MergeReport,
  signature: z.string(),
  publicKey: z.string(),
  signatureValid: z.boolean(),
});
export type MergeReportView = z.infer<typeof MergeReportView>;
