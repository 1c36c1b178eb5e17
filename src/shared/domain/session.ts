/**
 * Sessions of the scoring day: where and when a formasi's in-person component is assessed, who
 * is scheduled into it, and the panel of assessors who score it (docs/scoring-day.md).
 */
import { z } from 'zod';
import { PlanKey } from '../plan/plan';
import { Id } from './selection';

/** A calendar date, `YYYY-MM-DD`. */
export const IsoDate = z.iso.date();

/** A start time on the 24-hour clock, `HH:MM`. */
export const StartTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM, 00:00–23:59');

/** What a secretary types to open a session. */
export const SessionFields = z.object({
  date: IsoDate,
  startTime: StartTime,
  room: z.string().trim().min(1).max(200),
});
export type SessionFields = z.infer<typeof SessionFields>;

/** How a session's panel was formed: by hand, or by drawing lots (undian). */
export const PanelMethod = z.enum(['manual', 'undian']);
export type PanelMethod = z.infer<typeof PanelMethod>;

/**
 * The name of the draw algorithm, journaled with every draw. A later algorithm gets a new name,
 * so an old draw can always be repeated with the algorithm it was made with.
 */
export const DRAW_ALGORITHM = 'fisher-yates-sha256-v1' as const;

/** The seed of a draw: 32 bytes, lower-case hex. */
export const DrawSeed = z.string().regex(/^[0-9a-f]{64}$/, '32 bytes, lower-case hex');

/** A session as stored, with its panel's method and how many are scheduled. */
export const Session = SessionFields.extend({
  id: Id,
  selectionId: Id,
  formasiId: Id,
  componentKey: PlanKey,
  createdAt: z.string(),
  panelMethod: PanelMethod.nullable(),
  /** The seed of the draw that formed the panel, or null for a panel by hand (or none). */
  panelSeed: DrawSeed.nullable(),
  candidateCount: z.number().int().nonnegative(),
  panelSize: z.number().int().nonnegative(),
  /** The component's minimum panel size (its plan), or null when the plan no longer has it. */
  minAssessors: z.number().int().positive().nullable(),
});
export type Session = z.infer<typeof Session>;
