/**
 * The official documents Panitia prints (domain.md §4.3): of a session (lembar, daftar hadir,
 * berita acara) and of the results (rekap per formasi, pengumuman). A new kind is a
 * name here and one file under src/main/core/documents/reports/ registered in its index.
 */
import { z } from 'zod';

/** The documents of a session, in the order the session screen offers them. */
export const SESSION_REPORT_KINDS = ['lembar', 'daftar-hadir', 'berita-acara'] as const;

/** The documents of the results: the rekap of one formasi, the pengumuman of one or all. */
export const RESULTS_REPORT_KINDS = ['rekap', 'pengumuman'] as const;

/** Every report kind. */
export const REPORT_KINDS = [...SESSION_REPORT_KINDS, ...RESULTS_REPORT_KINDS] as const;

/** A report kind. */
export const ReportKind = z.enum(REPORT_KINDS);
export type ReportKind = z.infer<typeof ReportKind>;
