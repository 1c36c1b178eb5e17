/**
 * The channels of the external-score import (SKB CAT, CAT PPPK, MS/TMS gates): check a file
 * (writes nothing), and import it, every row or none.
 */
import { z } from 'zod';
import { ExternalScoresReport } from '../domain/external-score';
import { Id } from '../domain/selection';

/**
 * The largest external-score file, before base64 (8 MiB): 20,000 candidates with a few
 * components each are about a megabyte.
 */
export const MAX_EXTERNAL_FILE_BYTES = 8 * 1024 * 1024;

const file = {
  selectionId: Id,
  fileName: z.string().min(1).max(255),
  contentBase64: z.string().max(Math.ceil(MAX_EXTERNAL_FILE_BYTES / 3) * 4),
};

/** External-score channels. */
export const externalContract = {
  'externalScores:check': { input: z.object(file).strict(), output: ExternalScoresReport },
  'externalScores:import': {
    input: z
      .object({
        ...file,
        /** The SHA-256 the check reported: importing refuses a file that changed since. */
        expectedSha256: z
          .string()
          .regex(/^[0-9a-f]{64}$/)
          .nullable()
          .default(null),
      })
      .strict(),
    output: ExternalScoresReport,
  },
} as const;
