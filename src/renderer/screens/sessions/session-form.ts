/** The session form's draft and its checks before anything is sent. */
import type { SessionFields } from '../../../shared/domain/session';

/** What the form holds while it is typed in; `target` is `formasiId|componentKey`. */
export interface SessionDraft {
  target: string;
  date: string;
  startTime: string;
  room: string;
}

/** An empty draft. */
export const EMPTY_SESSION: SessionDraft = { target: '', date: '', startTime: '', room: '' };

/** The translation key of each field's problem. */
export type SessionDraftErrors = Partial<Record<keyof SessionDraft, string>>;

/** The picker's value for a component of a formasi. */
export function targetValue(formasiId: string, componentKey: string): string {
  return `${formasiId}|${componentKey}`;
}

/** The checked draft, or the fields that need attention (keys under `sessions.validation`). */
export function checkSessionDraft(
  draft: SessionDraft,
):
  | { ok: true; formasiId: string; componentKey: string; fields: SessionFields }
  | { ok: false; errors: SessionDraftErrors } {
  const errors: SessionDraftErrors = {};
  const [formasiId = '', componentKey = ''] = draft.target.split('|');
  if (!formasiId || !componentKey) errors.target = 'target';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.date)) errors.date = 'date';
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(draft.startTime)) errors.startTime = 'startTime';
  if (draft.room.trim() === '') errors.room = 'room';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    formasiId,
    componentKey,
    fields: { date: draft.date, startTime: draft.startTime, room: draft.room.trim() },
  };
}
