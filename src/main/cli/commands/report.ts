/**
 * `panitia report --db FILE --kind KIND [--session ID] [--formasi CODE] [--candidate NOMOR]
 * --out FILE.pdf`: writes an official document as one PDF, the same bytes the app offers: of a
 * session (lembar penilaian, daftar hadir, berita acara), or of the results (rekap of a formasi,
 * pengumuman of a formasi or of the whole selection).
 */
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import type { ReportKind } from '../../../shared/domain/report';
import { printReport } from '../../core/documents/report';
import { findFormasiByCode } from '../../core/formasi/queries';
import { listSelections } from '../../core/selections/queries';
import { getSession } from '../../core/sessions/queries';
import { openStore } from '../../core/store/open-store';
import { EXIT } from '../exit-codes';
import { say, type Output } from '../output';
import { RESOURCES_DIR } from '../resources-dir';
import { writeWhole } from '../../core/files/write-whole';

/** Prints document `options.kind` of session `options.session` of `dbFile` to `options.out`. */
export async function report(
  output: Output,
  dbFile: string,
  options: {
    kind: ReportKind;
    session?: string;
    formasi?: string;
    candidate?: string;
    out: string;
  },
): Promise<number> {
  const store = await openStore(dbFile);
  try {
    const candidateId =
      options.candidate === undefined || options.session === undefined
        ? undefined
        : idOfNomor(store.db, options.session, options.candidate);
    const formasiId =
      options.formasi === undefined ? undefined : idOfCode(store.db, options.formasi);
    const { pdf, pages } = await printReport(
      store.db,
      options.kind,
      { sessionId: options.session, candidateId, formasiId },
      RESOURCES_DIR,
      output.language,
    );
    await writeWhole(options.out, pdf);
    output.out(say(output, 'reportWritten', { file: options.out, kind: options.kind, pages }));
    return EXIT.ok;
  } finally {
    store.close();
  }
}

/** The id of the candidate with this nomor peserta among those scheduled in the session. */
function idOfNomor(db: Database, sessionId: string, nomor: string): string {
  getSession(db, sessionId);
  const id = db
    .prepare(
      `SELECT c.id FROM session_candidates sc JOIN candidates c ON c.id = sc.candidate_id
       WHERE sc.session_id = ? AND c.nomor_peserta = ?`,
    )
    .pluck()
    .get(sessionId, nomor.trim()) as string | undefined;
  if (id === undefined) throw new AppError('document.unknownNomor', { nomor });
  return id;
}

/** The id of the formasi with this code; refuses a code no formasi or several selections have. */
function idOfCode(db: Database, code: string): string {
  const ids = listSelections(db).flatMap((selection) => {
    const id = findFormasiByCode(db, selection.id, code.trim());
    return id === null ? [] : [id];
  });
  const [only] = ids;
  if (only === undefined) throw new AppError('formasi.notFound');
  if (ids.length > 1) throw new AppError('document.ambiguousFormasi', { code });
  return only;
}
