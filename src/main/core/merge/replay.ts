/**
 * The replay (docs/merge.md): every chain's entries applied in one deterministic order, less what
 * the plan leaves out. An entry of another device that the state refuses (a candidate not in the
 * setup, an unknown rubric version, a bad signature) is left out with the refusal as its reason;
 * this device's own entries were checked when written, so a refusal of one of them is a fault.
 */
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import type { JournalEntry } from '../../../shared/journal/entry';
import { applyEntry } from '../journal/apply';
import { ChainCursor } from './chain-cursor';
import { ownDeviceId } from '../store/own-device';
import { MinHeap } from './min-heap';
import { replayPlan, type ChainCut, type Exclusion } from './replay-plan';

/**
 * What only the central office decides: the selection, formasi, candidates, rubrics, plans and
 * external scores (an office may lock a plan when its scoring day starts). An office's own entries of these kinds are its local business; at the levels
 * above they would add a candidate or a rubric version that was never in the setup.
 */
const SETUP_KINDS = new Set([
  'selection.created',
  'selection.updated',
  'formasi.created',
  'formasi.updated',
  'formasi.deleted',
  'candidates.imported',
  'externalScores.imported',
  'rubric.created',
  'rubric.draftSaved',
  'rubric.published',
  'rubric.retired',
  'rubric.draftDeleted',
  'rubric.imported',
  'plan.set',
]);

/** What a replay did. */
export interface ReplayOutcome {
  applied: number;
  excluded: number;
}

/** Applies the journal to empty state tables. Call inside the rebuild's transaction. */
export function replayJournal(db: Database): ReplayOutcome {
  const plan = replayPlan(db);
  const own = ownDeviceId(db);
  const exclude = db.prepare(
    `INSERT OR REPLACE INTO replay_exclusions (device_id, seq, hash, kind, item_id, reason, params)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const record = (entry: JournalEntry, why: Exclusion) =>
    exclude.run(
      entry.device,
      entry.seq,
      entry.hash,
      entry.kind,
      why.itemId,
      why.reason,
      JSON.stringify(why.params),
    );
  let excluded = 0;
  for (const [device, cut] of plan.cuts) {
    excluded += db
      .prepare(
        `INSERT OR REPLACE INTO replay_exclusions (device_id, seq, hash, kind, item_id, reason, params)
         SELECT device_id, seq, hash, kind, ?, ?, ? FROM journal WHERE device_id = ? AND seq >= ?`,
      )
      .run(cut.itemId, cut.reason, JSON.stringify(cut.params), device, cut.fromSeq).changes;
  }
  // Offices are the chains that started from a setup package.
  const offices = new Set(
    db
      .prepare("SELECT DISTINCT device_id FROM journal WHERE kind = 'setup.received'")
      .pluck()
      .all(),
  );
  // A refused entry rolls back to its savepoint only: the rest of the replay goes on.
  const applyGuarded = db.transaction((entry: JournalEntry) => applyEntry(db, entry));
  let applied = 0;
  for (const entry of replayOrder(db, plan.cuts)) {
    const why = plan.excluded.get(entry.hash);
    if (why) {
      record(entry, why);
      excluded += 1;
      continue;
    }
    if (entry.device === own) {
      applyEntry(db, entry);
      applied += 1;
      continue;
    }
    if (offices.has(entry.device) && SETUP_KINDS.has(entry.kind)) {
      record(entry, {
        itemId: `entry:${entry.hash}`,
        reason: 'merge.notInSetup',
        params: { kind: entry.kind },
      });
      excluded += 1;
      continue;
    }
    try {
      applyGuarded(entry);
      applied += 1;
    } catch (error) {
      record(entry, refusal(entry, error));
      excluded += 1;
    }
  }
  return { applied, excluded };
}

function refusal(entry: JournalEntry, error: unknown): Exclusion {
  const itemId = `entry:${entry.hash}`;
  if (error instanceof AppError) {
    const params: Record<string, string | number> = {};
    for (const [key, value] of Object.entries(error.params)) {
      if (typeof value === 'string' || typeof value === 'number') params[key] = value;
    }
    return { itemId, reason: error.code, params };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { itemId, reason: 'merge.entryRefused', params: { detail } };
}

interface Head {
  cursor: ChainCursor;
  entry: JournalEntry;
}

/**
 * Every chain in sequence order, chains interleaved by timestamp then device id: within a chain
 * the sequence wins over the clock, because a laptop's clock can go backwards. An office's
 * `setup.received` waits until the chain heads it names have been replayed, so an office whose
 * clock ran behind the central's still replays after the setup it started from.
 */
export function* replayOrder(
  db: Database,
  cuts: ReadonlyMap<string, ChainCut> = new Map(),
): Generator<JournalEntry> {
  const page = ChainCursor.pageStatement(db);
  const lastSeqOf = new Map<string, number>();
  for (const { device_id, last } of db
    .prepare('SELECT device_id, max(seq) AS last FROM journal GROUP BY device_id')
    .all() as { device_id: string; last: number }[]) {
    lastSeqOf.set(device_id, last);
  }
  const heap = new MinHeap<Head>((a, b) => before(a.entry, b.entry));
  for (const device of [...lastSeqOf.keys()].sort()) {
    const cursor = new ChainCursor(page, device, cuts.get(device));
    const entry = cursor.peek();
    if (entry) heap.push({ cursor, entry });
  }
  const done = new Map<string, number>();
  let waiting: Head[] = [];
  const ready = (entry: JournalEntry) =>
    basisOf(entry).every(
      ({ device, seq }) => (done.get(device) ?? 0) >= Math.min(seq, lastSeqOf.get(device) ?? 0),
    );
  for (;;) {
    let head = heap.pop();
    if (head && !ready(head.entry)) {
      waiting.push(head);
      continue;
    }
    if (!head) {
      // Only waiting chains are left: their basis can never come (a chain missing or cut), so
      // they go in time order rather than not at all.
      head = waiting.sort((a, b) => (before(a.entry, b.entry) ? -1 : 1)).shift();
      if (!head) return;
    }
    const entry = head.cursor.take() as JournalEntry;
    yield entry;
    done.set(entry.device, entry.seq);
    const next = head.cursor.peek();
    if (next) heap.push({ cursor: head.cursor, entry: next });
    if (waiting.length > 0) {
      const still: Head[] = [];
      for (const held of waiting) {
        if (ready(held.entry)) heap.push(held);
        else still.push(held);
      }
      waiting = still;
    }
  }
}

function basisOf(entry: JournalEntry): { device: string; seq: number }[] {
  if (entry.kind !== 'setup.received') return [];
  const basis = (entry.payload as { basis?: unknown }).basis;
  return Array.isArray(basis) ? (basis as { device: string; seq: number }[]) : [];
}

function before(a: JournalEntry, b: JournalEntry): boolean {
  if (a.ts !== b.ts) return a.ts < b.ts;
  return a.device < b.device;
}
