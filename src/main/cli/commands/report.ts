/**
 * `panitia report --db FILE --kind KIND --session ID [--candidate NOMOR] --out FILE.pdf`: writes an
 * official document of a session (lembar penilaian, daftar hadir, berita acara) as one PDF, the
 * same bytes the app offers.
 */
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import type { ReportKind } from '../../../shared/domain/report';
import { printReport } from '../../core/documents/report';
import { getSession } from '../../core/sessions/queries';
import { openStore } from '../../core/store/open-store';
import { EXIT } from '../exit-codes';
import { say, type Output } from '../output';
import { RESOURCES_DIR } from '../resources-dir';
import { writeWhole } from '../write-whole';

/** Prints document `options.kind` of session `options.session` of `dbFile` to `options.out`. */
export async function report(
  output: Output,
  dbFile: string,
  options: { kind: ReportKind; session: string; candidate?: string; out: string },
): Promise<number> {
  const store = await openStore(dbFile);
  try {
    const candidateId =
      options.candidate === undefined
        ? undefined
        : idOfNomor(store.db, options.session, options.candidate);
    // No results hash yet: the results computation will pass its hash in here.
    const { pdf, pages } = await printReport(
      store.db,
      options.kind,
      { sessionId: options.session, candidateId, resultsHash: null },
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
