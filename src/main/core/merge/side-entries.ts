/**
 * One side of a quarantine item as the side-by-side view shows it: entries described through the
 * audit allow-list (redacted), and sheets with candidate, assessor, total and a signature checked
 * now. Assessors a held side enrolled itself are not in this state, so their names and keys are
 * read from the side's own entries.
 */
import type { Database } from 'better-sqlite3';
import { SheetContent } from '../../../shared/domain/sheet';
import {
  MAX_SIDE_ENTRIES,
  type QuarantineSide,
  type SideEntry,
  type SideSheet,
} from '../../../shared/domain/quarantine-view';
import type { JournalEntry } from '../../../shared/journal/entry';
import { describeEntry } from '../audit/describe';
import { NameResolver } from '../audit/resolve-names';
import { verifyCanonical } from '../crypto/sign';
import { signerKey } from '../scoring/sheet-rows';

const SHEET_KINDS = new Set(['sheet.submitted', 'sheet.transcribed', 'sheet.amended']);

/** The parts of a side its caller knows; the rest is computed from `entries`. */
export type SideHeader = Pick<
  QuarantineSide,
  'choice' | 'source' | 'device' | 'office' | 'fingerprint' | 'bundle'
>;

/** Builds a side over `entries` (in chain order). */
export function buildSide(
  db: Database,
  header: SideHeader,
  entries: readonly JournalEntry[],
): QuarantineSide {
  const own = enrolledIn(entries);
  const names = new NameResolver(db);
  const kinds = new Map<string, number>();
  for (const entry of entries) kinds.set(entry.kind, (kinds.get(entry.kind) ?? 0) + 1);
  return {
    ...header,
    count: entries.length,
    firstTs: entries[0]?.ts ?? null,
    lastTs: entries.at(-1)?.ts ?? null,
    kinds: [...kinds].map(([kind, count]) => ({ kind, count })).sort((a, b) => b.count - a.count),
    entries: entries.slice(0, MAX_SIDE_ENTRIES).map((entry): SideEntry => ({
      seq: entry.seq,
      ts: entry.ts,
      kind: entry.kind,
      summary: names.resolve(describeEntry(entry.kind, entry.payload).summary),
      sheet: SHEET_KINDS.has(entry.kind) ? sideSheet(db, entry.payload, own) : null,
    })),
  };
}

interface Enrolled {
  nama: string;
  publicKey: string;
}

/** Assessors enrolled within the side itself, by id (their first key). */
function enrolledIn(entries: readonly JournalEntry[]): Map<string, Enrolled> {
  const enrolled = new Map<string, Enrolled>();
  for (const { kind, payload } of entries) {
    if (kind !== 'assessor.enrolled') continue;
    const { id, fields, publicKey } = payload as {
      id: string;
      fields: { nama: string };
      publicKey: string;
    };
    enrolled.set(id, { nama: fields.nama, publicKey });
  }
  return enrolled;
}

function sideSheet(db: Database, payload: unknown, own: Map<string, Enrolled>): SideSheet | null {
  const { sheet, signature } = payload as { sheet: unknown; signature: string };
  const parsed = SheetContent.safeParse(sheet);
  if (!parsed.success) return null;
  const content = parsed.data;
  const candidate = db
    .prepare('SELECT nomor_peserta AS nomorPeserta, nama FROM candidates WHERE id = ?')
    .get(content.candidateId) as { nomorPeserta: string; nama: string } | undefined;
  const assessorNama =
    (db.prepare('SELECT nama FROM assessors WHERE id = ?').pluck().get(content.assessorId) as
      string | undefined) ?? own.get(content.assessorId)?.nama;
  const key =
    signerKey(db, content.signedBy, content.keyVersion) ??
    (content.keyVersion === 1 ? (own.get(content.signedBy)?.publicKey ?? null) : null);
  return {
    sheetId: content.id,
    nomorPeserta: candidate?.nomorPeserta ?? content.candidateId,
    nama: candidate?.nama ?? '',
    assessorNama: assessorNama ?? content.assessorId,
    componentKey: content.componentKey,
    version: content.version,
    total: content.total.numerator / content.total.denominator,
    submittedAt: content.submittedAt,
    signatureValid: key === null ? null : verifyCanonical(key, content, signature),
  };
}
