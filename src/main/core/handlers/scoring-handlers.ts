/** The handlers of score entry: sittings, the queue, drafts, submissions, amendments, progress. */
import type { Handlers } from '../../../shared/contract/contract';
import { isAppError } from '../../../shared/errors';
import { assertNoConflict } from '../assessors/guards';
import { getAssessor, listAssessors } from '../assessors/queries';
import { getCandidate } from '../candidates/queries';
import { getFormasi } from '../formasi/queries';
import type { WriteContext } from '../journal/record';
import { amendSheet, saveDraft, sittingKey, submitSheet, unlockSheet } from '../scoring/commands';
import { selectionProgress } from '../scoring/progress';
import { assessorQueue, ownSheet, panelSheets, sessionsOfAssessor } from '../scoring/queries';
import { sessionRubric } from '../scoring/rules';
import { sheetMetas } from '../scoring/sheet-meta';
import type { Sittings } from '../scoring/sittings';
import { findRubricComponent } from '../sessions/component';
import { getSession, panelIds } from '../sessions/queries';
import { AppError } from '../../../shared/errors';

type ScoringChannel =
  | 'scoring:assessors'
  | 'scoring:sessions'
  | 'scoring:open'
  | 'scoring:close'
  | 'scoring:queue'
  | 'scoring:sheet'
  | 'scoring:saveDraft'
  | 'scoring:submit'
  | 'scoring:amend'
  | 'scoring:unlock'
  | 'scoring:sheetsMeta'
  | 'scoring:progress';

/** Builds the score-entry handlers over one store and the process's open sittings. */
export function scoringHandlers(
  context: WriteContext,
  sittings: Sittings,
): Pick<Handlers, ScoringChannel> {
  const { db } = context;
  return {
    'scoring:assessors': ({ selectionId }) =>
      listAssessors(db, selectionId).filter((assessor) => assessor.role !== 'pengamat'),
    'scoring:sessions': ({ assessorId }) =>
      sessionsOfAssessor(db, assessorId).map((session) => {
        const formasi = getFormasi(db, session.formasiId);
        const component = findRubricComponent(db, session.formasiId, session.componentKey);
        return {
          ...session,
          formasiCode: formasi.code,
          jabatan: formasi.jabatan,
          componentLabel: component?.label ?? session.componentKey,
        };
      }),
    'scoring:open': ({ assessorId, pin }) => sittings.open(db, assessorId, pin, context.now()),
    'scoring:close': ({ sittingId }) => {
      sittings.close(sittingId);
      return { closed: true as const };
    },
    'scoring:queue': ({ sittingId, sessionId }) =>
      assessorQueue(db, sittings.use(db, sittingId, context.now()).assessorId, sessionId),
    'scoring:sheet': (target) => {
      const key = sittingKey(context, sittings, target);
      const session = getSession(db, key.sessionId);
      if (!panelIds(db, session.id).includes(key.assessorId))
        throw new AppError('sheet.notOnPanel');
      assertNoConflict(db, key.assessorId, key.candidateId);
      const candidate = getCandidate(db, key.candidateId);
      const own = ownSheet(db, key);
      return {
        rubric: sessionRubric(db, session),
        candidate: { id: candidate.id, nomorPeserta: candidate.nomorPeserta, nama: candidate.nama },
        ...own,
        others: othersOrSealed(key.assessorId, key.sessionId, key.candidateId),
      };
    },
    'scoring:saveDraft': ({ entry, ...target }) => saveDraft(context, sittings, target, entry),
    'scoring:submit': ({ pin, entry, ...target }) =>
      submitSheet(context, sittings, target, pin, entry),
    'scoring:amend': (input) => amendSheet(context, sittings, input),
    'scoring:unlock': (input) => unlockSheet(context, sittings, input),
    'scoring:sheetsMeta': ({ sessionId, candidateId }) => sheetMetas(db, sessionId, candidateId),
    'scoring:progress': ({ selectionId }) => selectionProgress(db, selectionId),
  };

  // The seal: null until the caller has submitted, then everyone else's current sheet.
  function othersOrSealed(callerId: string, sessionId: string, candidateId: string) {
    try {
      return panelSheets(db, callerId, sessionId, candidateId)
        .filter((sheet) => sheet.content.assessorId !== callerId)
        .map((sheet) => ({
          ...sheet,
          assessorNama: getAssessor(db, sheet.content.assessorId).nama,
        }));
    } catch (error) {
      if (isAppError(error) && error.code === 'sheet.sealed') return null;
      throw error;
    }
  }
}
