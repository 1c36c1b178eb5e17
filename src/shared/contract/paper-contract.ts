/**
 * The channels of the paper fallback: check two operators' transcriptions of the same paper
 * sheets (writes nothing), and import the sheets on which both agree, signed by operator B.
 */
import { z } from 'zod';
import { PaperReport } from '../domain/paper-report';
import { Id } from '../domain/selection';
import { PinInput } from './scoring-contract';

/**
 * The largest paper-sheet file, before base64 (8 MiB): a day's sheets are a few hundred rows, and
 * both files must fit in one request under the web transport's body limit.
 */
export const MAX_PAPER_FILE_BYTES = 8 * 1024 * 1024;

/** One operator's file: its name and its bytes in base64. */
const PaperFileInput = z
  .object({
    fileName: z.string().min(1).max(255),
    contentBase64: z.string().max(Math.ceil(MAX_PAPER_FILE_BYTES / 3) * 4),
  })
  .strict();

const compare = {
  fileA: PaperFileInput,
  fileB: PaperFileInput,
  /** Who typed file A. */
  operatorAId: Id,
  /** Who typed file B, and signs the imported sheets. */
  operatorBId: Id,
};

/** Paper-sheet channels. */
export const paperContract = {
  'paper:check': { input: z.object(compare).strict(), output: PaperReport },
  'paper:import': {
    input: z.object({ ...compare, pin: PinInput }).strict(),
    output: PaperReport,
  },
} as const;
