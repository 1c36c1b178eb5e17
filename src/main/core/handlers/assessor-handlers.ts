/** The assessor and conflict channels: enrolment, PIN reset, integrity statement, conflicts. */
import type { AssessorChannel } from '../../../shared/contract/assessor-contract';
import type { Handlers } from '../../../shared/contract/contract';
import { INTEGRITY_STATEMENT } from '../../../shared/domain/integrity-statement';
import {
  acceptIntegrity,
  declareConflict,
  enrolAssessor,
  resetAssessorPin,
} from '../assessors/commands';
import { assessorConflictViews, selectionConflictViews } from '../assessors/conflict-views';
import { assessorKeys, getAssessor, listAssessors } from '../assessors/queries';
import { currentStatement } from '../assessors/statement';
import { DEFAULT_KDF } from '../crypto/kdf';
import type { HandlerContext } from '../handlers';

/** The handlers of {@link AssessorChannel}s over the context's store. */
export function assessorHandlers({
  store,
  kdf = DEFAULT_KDF,
}: HandlerContext): Pick<Handlers, AssessorChannel> {
  const { db } = store;
  return {
    'assessor:list': ({ selectionId }) => listAssessors(db, selectionId),
    'assessor:get': ({ id }) => ({
      assessor: getAssessor(db, id),
      keys: assessorKeys(db, id),
      conflicts: assessorConflictViews(db, id),
    }),
    'assessor:enrol': ({ selectionId, fields, pin }) =>
      enrolAssessor(store, selectionId, fields, pin, kdf),
    'assessor:resetPin': ({ chairId, chairPin, assessorId, newPin }) =>
      resetAssessorPin(store, chairId, chairPin, assessorId, newPin, kdf),
    'assessor:statement': () => ({ ...currentStatement(), text: INTEGRITY_STATEMENT.text }),
    'assessor:acceptIntegrity': ({ assessorId, pin }) => acceptIntegrity(store, assessorId, pin),
    'conflict:declare': ({ assessorId, pin, candidateId, kind, note }) =>
      declareConflict(store, assessorId, pin, candidateId, kind, note),
    'conflict:list': ({ selectionId }) => selectionConflictViews(db, selectionId),
  };
}
