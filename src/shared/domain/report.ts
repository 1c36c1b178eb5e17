/**
 * The official documents Panitia prints from a session's data (domain.md §4.3). A new kind is a
 * name here and one file under src/main/core/documents/reports/ registered in its index.
 */
import { z } from 'zod';

/** Every report kind, in the order the session screen offers them. */
export const REPORT_KINDS = ['lembar', 'daftar-hadir', 'berita-acara'] as const;

/** A report kind. */
export const ReportKind = z.enum(REPORT_KINDS);
export type ReportKind = z.infer<typeof ReportKind>;
