/** Attendance at a session and a candidate's selection-wide status (docs/scoring-day.md). */
import { z } from 'zod';
import { Id } from './selection';

/** What the desk records at check-in. */
export const AttendanceStatus = z.enum(['hadir', 'terlambat', 'tidak_hadir']);
export type AttendanceStatus = z.infer<typeof AttendanceStatus>;

/** The document the desk looked at to check the candidate's identity. */
export const IdentityDocument = z.enum(['ktp_el', 'kartu_peserta', 'lainnya']);
export type IdentityDocument = z.infer<typeof IdentityDocument>;

/**
 * One check-in as typed at the desk. `document` is the one seen when `identityChecked`, else
 * null; `at` is when the candidate presented themselves (the desk may record it a bit later).
 */
export const AttendanceFields = z.object({
  status: AttendanceStatus,
  identityChecked: z.boolean(),
  document: IdentityDocument.nullable(),
  at: z.iso.datetime(),
});
export type AttendanceFields = z.infer<typeof AttendanceFields>;

/** One attendance entry as stored; the latest one of a candidate in a session counts. */
export const AttendanceRecord = AttendanceFields.extend({
  id: Id,
  sessionId: Id,
  candidateId: Id,
  recordedAt: z.string(),
});
export type AttendanceRecord = z.infer<typeof AttendanceRecord>;

/**
 * A candidate's status across the whole selection: `aktif` (in the running), `APS` (withdrew,
 * atas permintaan sendiri) or `DIS` (disqualified). `aktif` after APS/DIS reinstates, with a
 * reason, so a mistaken click can be undone on the record.
 */
export const CandidateStatus = z.enum(['aktif', 'APS', 'DIS']);
export type CandidateStatus = z.infer<typeof CandidateStatus>;

/** A candidate's current selection-wide status and why. */
export interface CandidateStatusView {
  status: CandidateStatus;
  reason: string | null;
  changedAt: string | null;
}

/**
 * Where a scheduled candidate stands for one component: not yet checked in, present (hadir or
 * terlambat), absent (TH, tidak hadir), or out of the selection (APS, DIS).
 */
export type ComponentStatus = 'belum' | 'hadir' | 'terlambat' | 'TH' | 'APS' | 'DIS';
