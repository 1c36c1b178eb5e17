/**
 * The quarantine as the Karantina screen shows it: each item with the office and candidate it is
 * about, and its sides side by side — a fork's branches, the devices that scored one sheet, the
 * bundle an untrusted signer sent, or the refused entries.
 */
import type { Database } from 'better-sqlite3';
import type { QuarantineSummary } from '../../../shared/domain/merge';
import type { QuarantineDetail, QuarantineListItem } from '../../../shared/domain/quarantine-view';
import { AppError } from '../../../shared/errors';
import type { JournalEntry } from '../../../shared/journal/entry';
import type { WriteContext } from '../journal/record';
import { rowToEntry, type JournalRow } from '../journal/rows';
import { officeName } from './completeness';
import { listQuarantine } from './quarantine';
import { heldBranch } from './replay-plan';
import { choicesOf } from './resolve';
import { buildSide } from './side-entries';

const COLUMNS = 'device_id, seq, prev_hash, ts, kind, payload, hash';

/** Every quarantine item with its plain titles, in listQuarantine's order. */
export function listQuarantineItems(db: Database): QuarantineListItem[] {
  return listQuarantine(db).map((item) => titled(db, item));
}

/** One item and its sides; `quarantine.notFound` when it is not (or no longer) there. */
export function quarantineDetail(context: WriteContext, itemId: string): QuarantineDetail {
  const { db } = context;
  const summary = listQuarantine(db).find((q) => q.id === itemId);
  if (!summary) throw new AppError('quarantine.notFound', { item: itemId });
  const item = titled(db, summary);
  switch (item.kind) {
    case 'fork':
      return { item, sides: forkSides(context, item) };
    case 'sheetConflict':
      return { item, sides: deviceSides(context, item) };
    case 'untrusted':
      return { item, sides: [signerSide(db, item)] };
    case 'refused':
      return { item, sides: [refusedSide(db, item)] };
  }
}

function titled(db: Database, item: QuarantineSummary): QuarantineListItem {
  const plain = { ...item, office: null, candidate: null, component: null };
  switch (item.kind) {
    case 'fork':
      return { ...plain, office: officeName(db, String(item.params.device)) };
    case 'sheetConflict': {
      const candidate = db
        .prepare('SELECT nomor_peserta AS nomorPeserta, nama FROM candidates WHERE id = ?')
        .get(item.params.candidate) as { nomorPeserta: string; nama: string } | undefined;
      return { ...plain, candidate: candidate ?? null, component: String(item.params.component) };
    }
    case 'untrusted': {
      const hash = bundleHash(item);
      const named = createdBy(db, hash).office;
      // A results bundle names no office in its header; its chain's setup receipt does.
      const received = db
        .prepare(
          `SELECT json_extract(payload, '$.office') FROM held_entries
           WHERE bundle_hash = ? AND kind = 'setup.received' ORDER BY seq DESC LIMIT 1`,
        )
        .pluck()
        .get(hash) as string | undefined;
      return { ...plain, office: typeof named === 'string' ? named : (received ?? null) };
    }
    case 'refused': {
      const device = db
        .prepare('SELECT device_id FROM replay_exclusions WHERE item_id = ? LIMIT 1')
        .pluck()
        .get(item.id) as string | undefined;
      return { ...plain, office: device === undefined ? null : officeName(db, device) };
    }
  }
}

/** One side per branch head at the fork point: the journal's own, and the held one(s). */
function forkSides(context: WriteContext, item: QuarantineListItem) {
  const { db } = context;
  const device = String(item.params.device);
  const seq = Number(item.params.seq);
  const office = officeName(db, device);
  const journalRows = db
    .prepare(`SELECT ${COLUMNS} FROM journal WHERE device_id = ? AND seq >= ? ORDER BY seq`)
    .all(device, seq) as JournalRow[];
  const journalHead = journalRows[0]?.hash;
  return choicesOf(context, item).map((choice) => {
    const own = choice === journalHead;
    const entries = own ? journalRows.map(rowToEntry) : heldBranch(db, device, seq, choice);
    const header = { choice, source: own ? 'journal' : 'held', device, office } as const;
    return buildSide(db, { ...header, fingerprint: null, bundle: null }, entries);
  });
}

/** One side per device that delivered sheets of the candidate and component. */
function deviceSides(context: WriteContext, item: QuarantineListItem) {
  const { db } = context;
  const sheets = db.prepare(
    `SELECT ${COLUMNS} FROM journal WHERE device_id = ?
       AND kind IN ('sheet.submitted', 'sheet.transcribed', 'sheet.amended')
       AND json_extract(payload, '$.sheet.candidateId') = ?
       AND json_extract(payload, '$.sheet.componentKey') = ? ORDER BY seq`,
  );
  return choicesOf(context, item).map((device) => {
    const rows = sheets.all(device, item.params.candidate, item.params.component) as JournalRow[];
    const office = officeName(db, device);
    const header = { choice: device, source: 'journal', device, office } as const;
    return buildSide(db, { ...header, fingerprint: null, bundle: null }, rows.map(rowToEntry));
  });
}

/** The held bundle of an untrusted signer: its fingerprint to compare, and what it carries. */
function signerSide(db: Database, item: QuarantineListItem) {
  const hash = bundleHash(item);
  const bundle = db
    .prepare(
      'SELECT file_name AS fileName, signer_fingerprint AS fingerprint FROM received_bundles WHERE hash = ?',
    )
    .get(hash) as { fileName: string; fingerprint: string };
  const rows = db
    .prepare(
      `SELECT ${COLUMNS} FROM held_entries WHERE bundle_hash = ? AND why = 'untrusted'
       ORDER BY device_id, seq`,
    )
    .all(hash) as JournalRow[];
  const entries: JournalEntry[] = rows.map(rowToEntry);
  const by = createdBy(db, hash);
  return buildSide(
    db,
    {
      choice: bundle.fingerprint,
      source: 'held',
      device: typeof by.device === 'string' ? by.device : null,
      office: item.office ?? bundle.fingerprint,
      fingerprint: bundle.fingerprint,
      bundle: { fileName: bundle.fileName, hash, createdBy: by },
    },
    entries,
  );
}

/** The entries the state refused: in the journal, left out of the replay. */
function refusedSide(db: Database, item: QuarantineListItem) {
  const rows = db
    .prepare(
      `SELECT j.device_id, j.seq, j.prev_hash, j.ts, j.kind, j.payload, j.hash
       FROM replay_exclusions x JOIN journal j ON j.hash = x.hash
       WHERE x.item_id = ? ORDER BY j.device_id, j.seq`,
    )
    .all(item.id) as JournalRow[];
  const device = rows[0]?.device_id ?? null;
  return buildSide(
    db,
    {
      choice: null,
      source: 'journal',
      device,
      office: item.office ?? device ?? '',
      fingerprint: null,
      bundle: null,
    },
    rows.map(rowToEntry),
  );
}

function bundleHash(item: QuarantineSummary): string {
  return item.id.slice('bundle:'.length);
}

function createdBy(db: Database, hash: string): Record<string, unknown> {
  const text = db
    .prepare('SELECT created_by FROM received_bundles WHERE hash = ?')
    .pluck()
    .get(hash) as string | undefined;
  return text === undefined ? {} : (JSON.parse(text) as Record<string, unknown>);
}
