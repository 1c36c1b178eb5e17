/** Writes of formasi, each one journal entry. */
import { randomUUID } from 'node:crypto';
import type { Formasi, FormasiFields } from '../../../shared/domain/selection';
import { AppError } from '../../../shared/errors';
import { record, type WriteContext } from '../journal/record';
import { getSelection } from '../selections/queries';
import { findFormasiByCode, getFormasi } from './queries';

/** Adds a formasi to a selection; its code must be unique within the selection. */
export function createFormasi(
  context: WriteContext,
  selectionId: string,
  fields: FormasiFields,
): Formasi {
  getSelection(context.db, selectionId);
  if (findFormasiByCode(context.db, selectionId, fields.code)) {
    throw new AppError('formasi.duplicateCode', { code: fields.code });
  }
  const id = randomUUID();
  record(context, 'formasi.created', { id, selectionId, fields });
  return getFormasi(context.db, id);
}

/** Replaces a formasi's fields. */
export function updateFormasi(context: WriteContext, id: string, fields: FormasiFields): Formasi {
  const current = getFormasi(context.db, id);
  if (findFormasiByCode(context.db, current.selectionId, fields.code, id)) {
    throw new AppError('formasi.duplicateCode', { code: fields.code });
  }
  record(context, 'formasi.updated', { id, fields });
  return getFormasi(context.db, id);
}

/** Removes a formasi that has no candidates. */
export function deleteFormasi(context: WriteContext, id: string): void {
  const current = getFormasi(context.db, id);
  if (current.candidateCount > 0) {
    throw new AppError('formasi.hasCandidates', {
      code: current.code,
      count: current.candidateCount,
    });
  }
  record(context, 'formasi.deleted', { id });
}
