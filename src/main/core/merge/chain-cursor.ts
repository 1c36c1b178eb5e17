/**
 * Reads one chain for the replay a page at a time (a million entries never sit in memory at once),
 * stopping at a cut and continuing with the accepted branch that replaces the cut entries.
 */
import type { Database, Statement } from 'better-sqlite3';
import type { JournalEntry } from '../../../shared/journal/entry';
import { rowToEntry, type JournalRow } from '../journal/rows';
import type { ChainCut } from './replay-plan';

const PAGE = 256;

/** The next entries of one chain, in sequence order. */
export class ChainCursor {
  private buffer: JournalEntry[] = [];
  private nextSeq = 1;
  private journalDone = false;
  private replacementNext = 0;

  constructor(
    private readonly page: Statement,
    readonly device: string,
    private readonly cut: ChainCut | undefined,
  ) {
    this.fill();
  }

  /** A statement reading a page of a chain, shared by every cursor. */
  static pageStatement(db: Database): Statement {
    return db.prepare(
      'SELECT * FROM journal WHERE device_id = ? AND seq >= ? AND seq < ? ORDER BY seq LIMIT ?',
    );
  }

  /** The entry the chain would give next, without taking it. */
  peek(): JournalEntry | undefined {
    return this.buffer[0];
  }

  /** Takes the next entry. */
  take(): JournalEntry | undefined {
    const entry = this.buffer.shift();
    if (this.buffer.length === 0) this.fill();
    return entry;
  }

  private fill(): void {
    if (!this.journalDone) {
      const end = this.cut?.fromSeq ?? Number.MAX_SAFE_INTEGER;
      const rows = this.page.all(this.device, this.nextSeq, end, PAGE) as JournalRow[];
      this.buffer = rows.map(rowToEntry);
      if (rows.length > 0) {
        this.nextSeq = (rows[rows.length - 1] as JournalRow).seq + 1;
        return;
      }
      this.journalDone = true;
    }
    const replacement = this.cut?.replacement ?? [];
    this.buffer = replacement.slice(this.replacementNext, this.replacementNext + PAGE);
    this.replacementNext += this.buffer.length;
  }
}
