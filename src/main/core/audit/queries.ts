/** The audit trail: journal entries filtered, newest first, redacted, each with its link check. */
import type { Database } from 'better-sqlite3';
import {
  MAX_LISTED_BREAKS,
  type AuditEntryView,
  type AuditFilter,
  type AuditPage,
  type AuditRow,
  type AuditVerifyReport,
} from '../../../shared/audit/audit-view';
import { AppError } from '../../../shared/errors';
import { GENESIS_HASH } from '../../../shared/journal/entry';
import type { JournalRow } from '../journal/rows';
import { linkBreak, verifyEveryLink } from '../journal/verify';
import { describeEntry } from './describe';
import { NameResolver, searchText } from './resolve-names';

const NEWEST_FIRST = 'ORDER BY j.ts DESC, j.device_id DESC, j.seq DESC';

/** A page of the entries matching `filter`, newest first, with the number that matched. */
export function auditEntries(
  db: Database,
  filter: AuditFilter,
  offset: number,
  limit: number,
): AuditPage {
  const { where, params } = whereClause(filter);
  const resolver = new NameResolver(db);
  const terms = filter.text.toLocaleLowerCase('id').split(/\s+/).filter(Boolean);
  if (terms.length === 0) {
    const total = db
      .prepare(`SELECT count(*) FROM journal j ${where}`)
      .pluck()
      .get(...params);
    const rows = db
      .prepare(`SELECT j.* FROM journal j ${where} ${NEWEST_FIRST} LIMIT ? OFFSET ?`)
      .all(...params, limit, offset) as JournalRow[];
    return { total: total as number, rows: rows.map((row) => toRow(db, resolver, row)) };
  }
  // Free text matches the readable summary (names resolved), which SQL cannot see: walk the
  // rows the other filters keep and describe each. Raw payload text is never searched, so a
  // hidden value (a sealed score) cannot be found by guessing it.
  const matches: JournalRow[] = [];
  let total = 0;
  const rows = db
    .prepare(`SELECT j.* FROM journal j ${where} ${NEWEST_FIRST}`)
    .iterate(...params) as IterableIterator<JournalRow>;
  for (const row of rows) {
    const summary = resolver.resolve(describeEntry(row.kind, parse(row.payload)).summary);
    const haystack = searchText(row.kind, summary);
    if (!terms.every((term) => haystack.includes(term))) continue;
    if (total >= offset && matches.length < limit) matches.push(row);
    total += 1;
  }
  return { total, rows: matches.map((row) => toRow(db, resolver, row)) };
}

/** One entry with every allowed field of its payload; throws `audit.entryNotFound`. */
export function auditEntry(db: Database, device: string, seq: number): AuditEntryView {
  const row = db
    .prepare('SELECT * FROM journal WHERE device_id = ? AND seq = ?')
    .get(device, seq) as JournalRow | undefined;
  if (!row) throw new AppError('audit.entryNotFound', { device, seq });
  const resolver = new NameResolver(db);
  const description = describeEntry(row.kind, parse(row.payload));
  return { ...toRow(db, resolver, row), fields: resolver.resolve(description.fields) };
}

/** Every chain walked to its end, listing every entry that does not verify. */
export function auditVerify(db: Database): AuditVerifyReport {
  const { ok, entries, chains, breaks } = verifyEveryLink(db);
  return {
    ok,
    entries,
    chains,
    brokenCount: breaks.length,
    breaks: breaks.slice(0, MAX_LISTED_BREAKS),
  };
}

function toRow(db: Database, resolver: NameResolver, row: JournalRow): AuditRow {
  return {
    device: row.device_id,
    seq: row.seq,
    ts: row.ts,
    kind: row.kind,
    hash: row.hash,
    prev: row.prev_hash,
    summary: resolver.resolve(describeEntry(row.kind, parse(row.payload)).summary),
    broken: brokenReason(db, row),
  };
}

/**
 * The entry's link check against the stored entry before it in its chain: the same answer as
 * the full walk gives for this entry, without walking the chain.
 */
function brokenReason(db: Database, row: JournalRow): AuditRow['broken'] {
  const before = db
    .prepare(
      'SELECT seq, hash FROM journal WHERE device_id = ? AND seq < ? ORDER BY seq DESC LIMIT 1',
    )
    .get(row.device_id, row.seq) as { seq: number; hash: string } | undefined;
  return linkBreak(row, { headSeq: before?.seq ?? 0, headHash: before?.hash ?? GENESIS_HASH });
}

function whereClause(filter: AuditFilter): { where: string; params: unknown[] } {
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (filter.domain) {
    // Domains are plain words, so the LIKE pattern holds no wildcard of the user's.
    conditions.push('j.kind LIKE ?');
    params.push(`${filter.domain}.%`);
  }
  const device = filter.device.trim().toLowerCase();
  if (device) {
    conditions.push('instr(j.device_id, ?) = 1');
    params.push(device);
  }
  // Timestamps are stored as toISOString() text, so the bounds must be written the same way.
  if (filter.from) {
    conditions.push('j.ts >= ?');
    params.push(new Date(filter.from).toISOString());
  }
  if (filter.to) {
    conditions.push('j.ts < ?');
    params.push(new Date(filter.to).toISOString());
  }
  if (filter.entityId) {
    // journal_refs knows what appliers recorded (also ids not in the payload, like a rubric's
    // family); the payload text catches kinds without such refs, e.g. score sheets.
    conditions.push(`(EXISTS (SELECT 1 FROM journal_refs r WHERE r.entity_id = ?
      AND r.device_id = j.device_id AND r.seq = j.seq) OR instr(j.payload, ?) > 0)`);
    params.push(filter.entityId, filter.entityId);
  }
  return { where: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

function parse(payload: string): unknown {
  try {
    return JSON.parse(payload) as unknown;
  } catch {
    // A tampered, unreadable payload is shown as hidden; its row is marked broken anyway.
    return null;
  }
}
