/**
 * The chair's dashboard beyond the counts of `scoring:progress`: which sheets a session still
 * owes, by candidate and assessor name. No score, note or total crosses here: observers may read it.
 */
import { z } from 'zod';
import { Id } from '../domain/selection';

/** One sheet a session still owes: the candidate, the assessor, and whether a draft exists. */
export const MissingSheet = z.object({
  candidateId: Id,
  nomorPeserta: z.string(),
  nama: z.string(),
  /** Where the candidate stands: not at the desk yet, or checked in. */
  status: z.enum(['belum', 'hadir', 'terlambat']),
  assessorId: Id,
  assessorNama: z.string(),
  hasDraft: z.boolean(),
});
export type MissingSheet = z.infer<typeof MissingSheet>;

/** Dashboard channels. */
export const progressContract = {
  'scoring:missing': {
    input: z.object({ sessionId: Id }).strict(),
    output: z.array(MissingSheet),
  },
} as const;
