/**
 * What the screens of the scoring day are shown of sessions, panels and attendance: sessions with
 * the names the desk reads (formasi, component), the detail of one session, and the assessors and
 * candidates a panel or a schedule can be made of. Public fields only: no secret ever appears here.
 */
import { z } from 'zod';
import { Assessor } from './assessor';
import {
  AttendanceRecord,
  CandidateStatus,
  type CandidateStatusView as CandidateStatusViewType,
  type ComponentStatus as ComponentStatusType,
} from './attendance';
import { DrawSeed, Session } from './session';
import { Id } from './selection';
import { PlanKey } from '../plan/plan';

/** Where a scheduled candidate stands for one component (see ComponentStatus in attendance.ts). */
export const ComponentStatusSchema = z.enum([
  'belum',
  'hadir',
  'terlambat',
  'TH',
  'APS',
  'DIS',
]) satisfies z.ZodType<ComponentStatusType>;

/** A candidate's selection-wide status and why, as a schema. */
export const CandidateStatusViewSchema = z.object({
  status: CandidateStatus,
  reason: z.string().nullable(),
  changedAt: z.string().nullable(),
}) satisfies z.ZodType<CandidateStatusViewType>;

/** A session as listed: the session plus the formasi and component it is for. */
export const SessionView = Session.extend({
  formasiCode: z.string(),
  jabatan: z.string(),
  /** The component's label in the plan, or null when the plan no longer has the component. */
  componentLabel: z.string().nullable(),
});
export type SessionView = z.infer<typeof SessionView>;

/** An assessor as a panel shows them: who they are and their role, nothing about keys or PINs. */
export const PanelAssessor = Assessor.pick({ id: true, nama: true, nip: true, role: true });
export type PanelAssessor = z.infer<typeof PanelAssessor>;

/** The draw that formed the current panel, as journaled, so the room can repeat it. */
export const PanelDraw = z.object({
  seed: DrawSeed,
  algorithm: z.string(),
  pool: z.array(Id),
  size: z.number().int().nonnegative(),
});
export type PanelDraw = z.infer<typeof PanelDraw>;

/** A scheduled candidate at the desk: check-in, status and the size of their own panel. */
export const SessionCandidateView = z.object({
  candidateId: Id,
  nomorPeserta: z.string(),
  nama: z.string(),
  attendance: AttendanceRecord.nullable(),
  status: ComponentStatusSchema,
  candidateStatus: CandidateStatusViewSchema,
  effectivePanelSize: z.number().int().nonnegative(),
  belowMinimum: z.boolean(),
});
export type SessionCandidateView = z.infer<typeof SessionCandidateView>;

/** One session as the desk and the chair see it. */
export const SessionDetailView = z.object({
  session: SessionView,
  panel: z.array(PanelAssessor),
  panelIncomplete: z.boolean(),
  /** The draw behind the panel, or null for a panel by hand (or none yet). */
  draw: PanelDraw.nullable(),
  candidates: z.array(SessionCandidateView),
});
export type SessionDetailView = z.infer<typeof SessionDetailView>;

/** A component of a formasi's plan that a session can be opened for (scored on a rubric). */
export const SessionComponent = z.object({
  formasiId: Id,
  code: z.string(),
  jabatan: z.string(),
  componentKey: PlanKey,
  label: z.string(),
  minAssessors: z.number().int().positive(),
});
export type SessionComponent = z.infer<typeof SessionComponent>;

/** A candidate of the session's formasi who is not yet scheduled for its component. */
export const SchedulableCandidate = z.object({
  id: Id,
  nomorPeserta: z.string(),
  nama: z.string(),
});
export type SchedulableCandidate = z.infer<typeof SchedulableCandidate>;
