/**
 * The score-sheet rows of `npm run bench` (issue 4): on a database with 20,000 candidates and
 * 100,000 submitted sheets, submitting a sheet (PIN confirmation in memory, sign, journal, state:
 * `submitSheet` with an open sitting) must have p99 < 10 ms, and saving a draft keystroke
 * (`saveDraft`) p99 < 5 ms; the raw baseline is one single-row transaction with
 * synchronous=FULL, measured in the same run on the same disk. Between two requests the bench
 * checkpoints the WAL, untimed, as the app's idle timer does.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { acceptIntegrity, enrolAssessor } from '../../src/main/core/assessors/commands';
import { seededRandom } from '../../src/main/core/demo/random';
import { saveDraft, submitSheet } from '../../src/main/core/scoring/commands';
import { assignPanel } from '../../src/main/core/sessions/commands';
import { benchEntry, buildScoringFloor, type FloorSize } from './scoring-floor';
import { median, ms, percentile, timed, type BenchRow } from './stats';

/** Sessions that get a late sixth panel member, whose sheets are the measured ones. */
const MEASURED_SESSIONS = 25;
/** Keystrokes saved before each measured submission. */
const KEYSTROKES = 3;
const LATE_PIN = '640283';

function rawCommits(folder: string, count: number): number[] {
  const db = new Database(join(folder, 'raw-commits.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE drafts (id INTEGER PRIMARY KEY, entry TEXT NOT NULL)');
  const upsert = db.prepare(
    'INSERT INTO drafts (id, entry) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET entry = excluded.entry',
  );
  const samples = Array.from({ length: count }, (_, i) =>
    timed(() => db.transaction(() => upsert.run(i % 50, `{"levels":{"A":${i % 5}}}`))()),
  );
  db.close();
  return samples;
}

/** A row with median, p99 and max, judged on p99 against `targetMs` (null for a baseline). */
function p99Row(name: string, samples: number[], targetMs: number | null): BenchRow {
  const p99 = percentile(samples, 99);
  return [
    `${name}, ${samples.length} samples`,
    `${ms(median(samples))} (p99 ${ms(p99)}, max ${ms(Math.max(...samples))})`,
    targetMs === null ? '—' : `p99 < ${targetMs} ms`,
    targetMs === null ? '—' : p99 < targetMs ? 'PASS' : 'FAIL',
  ];
}

/** Builds the floor in `folder` and measures the score-sheet rows on it. */
export async function scoringRows(folder: string, size: FloorSize): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const floor = await buildScoringFloor(folder, size);
  const { store, sittings, sessions, aspects } = floor;
  const { db } = store;
  rows.push([
    `build: ${size.candidates.toLocaleString('en')} candidates, ${floor.sheets.toLocaleString('en')} signed sheets via submitSheet, 1 transaction per session`,
    `${(floor.buildMs / 1000).toFixed(1)} s total`,
    '—',
    '—',
  ]);

  // A late panel member joins the last sessions; their sheets go into the full database.
  const selectionId = db.prepare('SELECT id FROM selections').pluck().get() as string;
  const late = enrolAssessor(
    store,
    selectionId,
    { nama: 'Penguji susulan', nip: null, role: 'penguji' },
    LATE_PIN,
  );
  acceptIntegrity(store, late.id, LATE_PIN);
  const sittingId = sittings.open(db, late.id, LATE_PIN, store.now()).sittingId;
  const measured = sessions.slice(-MEASURED_SESSIONS);
  for (const session of measured) {
    const panel = db
      .prepare('SELECT assessor_id FROM session_panel WHERE session_id = ?')
      .pluck()
      .all(session.id) as string[];
    assignPanel(store, session.id, [...panel, late.id]);
  }

  const raw = rawCommits(folder, 1000);
  rows.push(p99Row('raw SQLite: 1 single-row transaction, synchronous=FULL (baseline)', raw, null));

  // What the app's idle timer does between two requests (idle-checkpoint.ts), untimed: an
  // assessor's keystrokes and submissions are far apart next to a checkpoint's milliseconds.
  const betweenRequests = () => db.pragma('wal_checkpoint(PASSIVE)');
  const random = seededRandom(4);
  const drafts: number[] = [];
  const submits: number[] = [];
  for (const session of measured) {
    const candidates = db
      .prepare('SELECT candidate_id FROM session_candidates WHERE session_id = ?')
      .pluck()
      .all(session.id) as string[];
    for (const candidateId of candidates) {
      const target = { sittingId, sessionId: session.id, candidateId };
      const entry = benchEntry(aspects, random.next);
      for (let k = 1; k <= KEYSTROKES; k += 1) {
        const partial = {
          ...entry,
          levels: Object.fromEntries(Object.entries(entry.levels).slice(0, k)),
        };
        drafts.push(timed(() => saveDraft(store, sittings, target, partial)));
        betweenRequests();
      }
      submits.push(timed(() => submitSheet(store, sittings, target, LATE_PIN, entry)));
      betweenRequests();
    }
  }
  const total = db.prepare('SELECT count(*) FROM score_sheets').pluck().get() as number;
  rows.push(
    p99Row(
      `submit a sheet (PIN + sign + journal + state), ${total.toLocaleString('en')} sheets in store`,
      submits,
      10,
    ),
  );
  rows.push(p99Row('save a draft keystroke (saveDraft)', drafts, 5));
  store.close();
  return rows;
}
