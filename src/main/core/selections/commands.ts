/** Writes of selections, each one journal entry. */
import { randomUUID } from 'node:crypto';
import type { Selection, SelectionFields } from '../../../shared/domain/selection';
import { record, type WriteContext } from '../journal/record';
import { getSelection } from './queries';

/** Creates a selection. */
export function createSelection(context: WriteContext, fields: SelectionFields): Selection {
  const id = randomUUID();
  record(context, 'selection.created', { id, fields });
  return getSelection(context.db, id);
}

/** Replaces a selection's fields. */
export function updateSelection(
  context: WriteContext,
  id: string,
  fields: SelectionFields,
): Selection {
  getSelection(context.db, id);
  record(context, 'selection.updated', { id, fields });
  return getSelection(context.db, id);
}
