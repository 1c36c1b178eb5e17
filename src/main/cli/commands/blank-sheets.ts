/**
 * `panitia blank-sheets --db FILE --session ID [--candidate NOMOR…] --out FILE.pdf`: writes the
 * blank score sheets of a session (or of some of its candidates) as one PDF.
 */
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { printBlankSheets } from '../../core/documents/blank-sheets';
import { getSession } from '../../core/sessions/queries';
import { openStore } from '../../core/store/open-store';
import { EXIT } from '../exit-codes';
import { say, type Output } from '../output';
import { RESOURCES_DIR } from '../resources-dir';
import { writeWhole } from '../../core/files/write-whole';

/** Prints the sheets of session `options.session` of `dbFile` to `options.out`. */
export async function blankSheets(
  output: Output,
  dbFile: string,
  options: { session: string; candidate?: string[]; out: string },
): Promise<number> {
  const store = await openStore(dbFile);
  try {
    const candidateIds = options.candidate
      ? idsOfNomor(store.db, options.session, options.candidate)
      : undefined;
    const { pdf, sheets, pages } = await printBlankSheets(
      store.db,
      { sessionId: options.session, candidateIds },
      RESOURCES_DIR,
      output.language,
    );
    await writeWhole(options.out, pdf);
    output.out(say(output, 'blankSheetsWritten', { file: options.out, sheets, pages }));
    return EXIT.ok;
  } finally {
    store.close();
  }
}

/** The ids of the candidates with these nomor peserta among those scheduled in the session. */
function idsOfNomor(db: Database, sessionId: string, nomors: string[]): string[] {
  getSession(db, sessionId);
  const find = db
    .prepare(
      `SELECT c.id FROM session_candidates sc JOIN candidates c ON c.id = sc.candidate_id
       WHERE sc.session_id = ? AND c.nomor_peserta = ?`,
    )
    .pluck();
  return nomors.map((nomor) => {
    const id = find.get(sessionId, nomor.trim()) as string | undefined;
    if (id === undefined) throw new AppError('document.unknownNomor', { nomor });
    return id;
  });
}
