/**
 * What the replay leaves out and takes in besides the journal (docs/merge.md): the tails of forked
 * chains, sheets of one candidate and component delivered by two devices, and the side of a fork an
 * administrator accepted. Computed from the journal and the held entries alone, so any merge order
 * gives the same plan.
 */
import type { Database } from 'better-sqlite3';
import type { JournalEntry } from '../../../shared/journal/entry';
import { rowToEntry, type JournalRow } from '../journal/rows';
import { forkMarkers } from './fork-markers';
import { latestResolutions, type Resolution } from './resolutions';

/** Why an entry is left out, and the quarantine item it belongs to. */
export interface Exclusion {
  itemId: string;
  reason: string;
  params: Record<string, string | number>;
}

/** A chain cut at `fromSeq`: the journal's entries from there on are left out. */
export interface ChainCut extends Exclusion {
  fromSeq: number;
  /** The accepted held branch replayed in place of the cut entries, in sequence order. */
  replacement: JournalEntry[];
}

/** The replay's plan. */
export interface ReplayPlan {
  cuts: Map<string, ChainCut>;
  /** Entry hash → why it is left out (sheets on two devices). */
  excluded: Map<string, Exclusion>;
}

/** The quarantine item id of a fork. */
export function forkItemId(device: string, seq: number): string {
  return `fork:${device}:${seq}`;
}

/** The quarantine item id of a candidate's component scored on two devices. */
export function sheetConflictItemId(candidateId: string, componentKey: string): string {
  return `sheets:${candidateId}:${componentKey}`;
}

/** Computes the plan for the journal and held entries of `db`. */
export function replayPlan(db: Database): ReplayPlan {
  const resolutions = latestResolutions(db);
  const cuts = forkCuts(db, resolutions);
  return { cuts, excluded: sheetConflicts(db, resolutions, cuts) };
}

function forkCuts(db: Database, resolutions: Map<string, Resolution>): Map<string, ChainCut> {
  const markers = forkMarkers(db);
  const journalHash = db
    .prepare('SELECT hash FROM journal WHERE device_id = ? AND seq = ?')
    .pluck();
  const cuts = new Map<string, ChainCut>();
  for (const { device, seq } of markers) {
    // The earliest fork of a chain decides; a later one lies inside what is already cut.
    if (cuts.has(device)) continue;
    const itemId = forkItemId(device, seq);
    const resolution = resolutions.get(itemId);
    const accepted = resolution?.decision === 'accept' ? resolution.choice : null;
    if (accepted !== null && accepted === journalHash.get(device, seq)) continue;
    const replacement = accepted === null ? [] : heldBranch(db, device, seq, accepted);
    cuts.set(device, {
      fromSeq: seq,
      replacement,
      itemId,
      reason: 'merge.fork',
      params: { device, seq },
    });
  }
  return cuts;
}

/** The held branch of `device` starting with the entry `head` at `seq`, following its links. */
export function heldBranch(
  db: Database,
  device: string,
  seq: number,
  head: string,
): JournalEntry[] {
  const columns = 'device_id, seq, prev_hash, ts, kind, payload, hash';
  const first = db.prepare(
    `SELECT ${columns} FROM held_entries WHERE device_id = ? AND seq = ? AND hash = ? LIMIT 1`,
  );
  const next = db.prepare(
    `SELECT ${columns} FROM held_entries WHERE device_id = ? AND seq = ? AND prev_hash = ? LIMIT 1`,
  );
  const branch: JournalEntry[] = [];
  let row = first.get(device, seq, head) as JournalRow | undefined;
  while (row) {
    branch.push(rowToEntry(row));
    row = next.get(device, row.seq + 1, row.hash) as JournalRow | undefined;
  }
  return branch;
}

interface SheetRow {
  device: string;
  hash: string;
  candidateId: string;
  componentKey: string;
  sheetId: string;
}

/**
 * Sheets of one candidate and component from more than one device. Entries a fork cut off do not
 * count: which side of a fork sits in the journal depends on the merge order, the cut does not.
 */
function sheetConflicts(
  db: Database,
  resolutions: Map<string, Resolution>,
  cuts: Map<string, ChainCut>,
): Map<string, Exclusion> {
  db.exec(
    'CREATE TEMP TABLE IF NOT EXISTS replay_cuts (device_id TEXT PRIMARY KEY, from_seq INTEGER)',
  );
  db.prepare('DELETE FROM temp.replay_cuts').run();
  const cut = db.prepare('INSERT INTO temp.replay_cuts VALUES (?, ?)');
  for (const [device, { fromSeq }] of cuts) cut.run(device, fromSeq);
  const rows = db
    .prepare(
      `WITH sheets AS (
         SELECT device_id AS device, hash,
           json_extract(payload, '$.sheet.candidateId') AS candidateId,
           json_extract(payload, '$.sheet.componentKey') AS componentKey,
           json_extract(payload, '$.sheet.id') AS sheetId
         FROM journal j WHERE kind IN ('sheet.submitted', 'sheet.transcribed', 'sheet.amended')
           AND NOT EXISTS (SELECT 1 FROM temp.replay_cuts c
                           WHERE c.device_id = j.device_id AND j.seq >= c.from_seq)),
       twice AS (
         SELECT candidateId, componentKey, count(DISTINCT device) AS devices FROM sheets
         GROUP BY candidateId, componentKey HAVING count(DISTINCT device) > 1)
       SELECT s.*, t.devices FROM sheets s JOIN twice t USING (candidateId, componentKey)
       ORDER BY s.candidateId, s.componentKey, s.device`,
    )
    .all() as (SheetRow & { devices: number })[];
  const excluded = new Map<string, Exclusion>();
  const sheetItems = new Map<string, Exclusion>();
  for (const row of rows) {
    const itemId = sheetConflictItemId(row.candidateId, row.componentKey);
    const resolution = resolutions.get(itemId);
    if (resolution?.decision === 'accept' && resolution.choice === row.device) continue;
    const exclusion = {
      itemId,
      reason: 'merge.sheetOnTwoDevices',
      params: { candidate: row.candidateId, component: row.componentKey, devices: row.devices },
    };
    excluded.set(row.hash, exclusion);
    sheetItems.set(row.sheetId, exclusion);
  }
  if (sheetItems.size === 0) return excluded;
  // An unlock of a sheet left out has nothing to unlock: it waits with the sheet.
  const unlocks = db
    .prepare(
      `SELECT hash, json_extract(payload, '$.sheetId') AS sheetId FROM journal
       WHERE kind = 'sheet.unlocked'`,
    )
    .all() as { hash: string; sheetId: string }[];
  for (const { hash, sheetId } of unlocks) {
    const exclusion = sheetItems.get(sheetId);
    if (exclusion) excluded.set(hash, exclusion);
  }
  return excluded;
}
