/**
 * The channels of the scoring day's morning: sessions, their schedules and panels, the attendance
 * desk and candidates' status (docs/scoring-day.md). Spread into `contract` in contract.ts.
 */
import { z } from 'zod';
import { AttendanceFields, AttendanceRecord, CandidateStatus } from '../domain/attendance';
import { DrawSeed, Session, SessionFields } from '../domain/session';
import {
  CandidateStatusViewSchema,
  PanelAssessor,
  SchedulableCandidate,
  SessionComponent,
  SessionDetailView,
  SessionView,
} from '../domain/session-views';
import { Id } from '../domain/selection';
import { PlanKey } from '../plan/plan';

const bySession = z.object({ sessionId: Id }).strict();
const bySelection = z.object({ selectionId: Id }).strict();

/** The session, panel and attendance channels: input and output schema of each. */
export const sessionContract = {
  'session:list': { input: bySelection, output: z.array(SessionView) },
  'session:get': { input: z.object({ id: Id }).strict(), output: SessionDetailView },
  'session:components': { input: bySelection, output: z.array(SessionComponent) },
  'session:create': {
    input: z.object({ formasiId: Id, componentKey: PlanKey, fields: SessionFields }).strict(),
    output: Session,
  },
  'session:schedulable': { input: bySession, output: z.array(SchedulableCandidate) },
  'session:schedule': {
    input: z.object({ sessionId: Id, candidateIds: z.array(Id).min(1).max(5000) }).strict(),
    output: Session,
  },
  'panel:eligible': { input: bySession, output: z.array(PanelAssessor) },
  'panel:assign': {
    input: z.object({ sessionId: Id, assessorIds: z.array(Id).max(50) }).strict(),
    output: Session,
  },
  'panel:draw': {
    input: z
      .object({
        sessionId: Id,
        poolAssessorIds: z.array(Id).min(1).max(200),
        size: z.number().int().min(1).max(50),
        /** A seed announced or rolled in the room; a fresh random one when left out. */
        seed: DrawSeed.optional(),
      })
      .strict(),
    output: Session,
  },
  'attendance:record': {
    input: z
      .object({
        sessionId: Id,
        candidateId: Id,
        // `at` may be left out: the main process then records the time of the call.
        fields: AttendanceFields.extend({ at: AttendanceFields.shape.at.optional() }).strict(),
      })
      .strict(),
    output: AttendanceRecord,
  },
  'attendance:history': {
    input: z.object({ sessionId: Id, candidateId: Id }).strict(),
    output: z.array(AttendanceRecord),
  },
  'candidate:setStatus': {
    input: z
      .object({
        candidateId: Id,
        status: CandidateStatus,
        reason: z.string().max(1000).nullable().default(null),
      })
      .strict(),
    output: CandidateStatusViewSchema,
  },
} as const;
