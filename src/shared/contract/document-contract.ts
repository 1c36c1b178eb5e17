/** Channels of the printed documents (PDF), spread into the contract. */
import { z } from 'zod';
import { ReportKind } from '../domain/report';
import { Id } from '../domain/selection';
import { LANGUAGES } from '../i18n/errors';

/** The document channels: input and output schema of each. */
export const documentContract = {
  /** The blank score sheets of a session (or of some of its candidates) as one PDF. */
  'documents:blankSheets': {
    input: z
      .object({
        sessionId: Id,
        /** Only these scheduled candidates; every scheduled candidate when left out. */
        candidateIds: z.array(Id).max(5000).optional(),
        /** The language the sheets are printed in: the caller's, Indonesian by default. */
        language: z.enum(LANGUAGES).default('id'),
      })
      .strict(),
    output: z.object({ fileName: z.string(), contentBase64: z.string() }),
  },
  /**
   * An official document as PDF: of a session (lembar penilaian, daftar hadir, berita acara:
   * `sessionId`) or of the results (rekap: `formasiId`; pengumuman: `formasiId`, or the whole
   * selection when left out).
   */
  'documents:report': {
    input: z
      .object({
        kind: ReportKind,
        sessionId: Id.optional(),
        formasiId: Id.optional(),
        /** Only this candidate's sheets (lembar penilaian); the whole session when left out. */
        candidateId: Id.optional(),
        language: z.enum(LANGUAGES).default('id'),
      })
      .strict(),
    output: z.object({ fileName: z.string(), contentBase64: z.string() }),
  },
} as const;
