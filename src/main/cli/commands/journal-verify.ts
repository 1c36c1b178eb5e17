/** `panitia journal verify --db FILE`: walks every chain and names the first broken link. */
import { verifyJournal } from '../../core/journal/verify';
import { openStore } from '../../core/store/open-store';
import { EXIT } from '../exit-codes';
import type { CliMessage } from '../messages';
import { say, type Output } from '../output';

/** Verifies the journal of `dbFile`; exit 0 when intact, 1 when broken. */
export async function journalVerify(output: Output, dbFile: string): Promise<number> {
  const store = await openStore(dbFile);
  try {
    const report = verifyJournal(store.db);
    if (report.firstBreak) {
      const { device, seq, reason } = report.firstBreak;
      const why = say(output, `reason.${reason}` as CliMessage);
      output.err(say(output, 'journalBroken', { device, seq, reason: why }));
      return EXIT.refused;
    }
    output.out(say(output, 'journalOk', { entries: report.entries, chains: report.chains.length }));
    return EXIT.ok;
  } finally {
    store.close();
  }
}
