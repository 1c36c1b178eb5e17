/** The handlers of the session, panel and attendance channels (session-contract.ts). */
import type { Handlers } from '../../../shared/contract/contract';
import type { sessionContract } from '../../../shared/contract/session-contract';
import { changeCandidateStatus, recordAttendance } from '../attendance/commands';
import { attendanceHistory } from '../attendance/queries';
import type { HandlerContext } from '../handlers';
import { assignPanel, createSession, drawPanel, scheduleCandidates } from '../sessions/commands';
import { getSession } from '../sessions/queries';
import {
  eligibleAssessors,
  schedulableCandidates,
  sessionComponents,
  sessionDetailView,
  sessionViews,
} from '../sessions/views';

type SessionHandlers = Pick<Handlers, keyof typeof sessionContract>;

/** Builds the session, panel and attendance handlers over the context's store. */
export function createSessionHandlers({ store }: HandlerContext): SessionHandlers {
  const { db } = store;
  return {
    'session:list': ({ selectionId }) => sessionViews(db, selectionId),
    'session:get': ({ id }) => sessionDetailView(db, id),
    'session:components': ({ selectionId }) => sessionComponents(db, selectionId),
    'session:create': ({ formasiId, componentKey, fields }) =>
      createSession(store, formasiId, componentKey, fields),
    'session:schedulable': ({ sessionId }) => schedulableCandidates(db, sessionId),
    'session:schedule': ({ sessionId, candidateIds }) =>
      scheduleCandidates(store, sessionId, candidateIds),
    'panel:eligible': ({ sessionId }) => eligibleAssessors(db, sessionId),
    'panel:assign': ({ sessionId, assessorIds }) => assignPanel(store, sessionId, assessorIds),
    'panel:draw': ({ sessionId, poolAssessorIds, size, seed }) =>
      drawPanel(store, sessionId, poolAssessorIds, size, seed),
    'attendance:record': ({ sessionId, candidateId, fields }) =>
      recordAttendance(store, sessionId, candidateId, fields),
    'attendance:history': ({ sessionId, candidateId }) => {
      // An unknown session is an error to show, not an empty history.
      getSession(db, sessionId);
      return attendanceHistory(db, sessionId, candidateId);
    },
    'candidate:setStatus': ({ candidateId, status, reason }) =>
      changeCandidateStatus(store, candidateId, status, reason),
  };
}
