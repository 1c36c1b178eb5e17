/**
 * What each office owes versus what it delivered (docs/merge.md): missing sheets matter as much as
 * bad ones. An office is a device chain that created sessions; its sheets are expected from the
 * setup's candidates it scheduled and the panels it formed, as the dashboard counts them.
 */
import type { Database } from 'better-sqlite3';
import type { OfficeCompleteness } from '../../../shared/domain/merge';
import { missingSheets } from '../scoring/missing';
import { sessionProgress } from '../scoring/progress';
import { getSession } from '../sessions/queries';

/** Expected, delivered and missing sheets per office, offices in device order. */
export function officeCompleteness(db: Database): OfficeCompleteness[] {
  const rows = db
    .prepare(
      `SELECT j.device_id AS device, json_extract(j.payload, '$.id') AS sessionId
       FROM journal j JOIN sessions s ON s.id = json_extract(j.payload, '$.id')
       WHERE j.kind = 'session.created' ORDER BY j.device_id, j.seq`,
    )
    .all() as { device: string; sessionId: string }[];
  const offices = new Map<string, OfficeCompleteness>();
  for (const { device, sessionId } of rows) {
    let office = offices.get(device);
    if (!office) {
      office = { device, office: officeName(db, device), expected: 0, delivered: 0, missing: [] };
      offices.set(device, office);
    }
    const session = getSession(db, sessionId);
    const progress = sessionProgress(db, session);
    office.expected += progress.expected;
    office.delivered += progress.submitted;
    for (const sheet of missingSheets(db, sessionId)) {
      office.missing.push({
        sessionId,
        candidateId: sheet.candidateId,
        nomorPeserta: sheet.nomorPeserta,
        nama: sheet.nama,
        componentKey: session.componentKey,
        assessorId: sheet.assessorId,
        assessorNama: sheet.assessorNama,
      });
    }
  }
  return [...offices.values()];
}

/** Candidates no office has scheduled for any session yet. */
export function unscheduledCandidates(db: Database): number {
  return db
    .prepare(
      `SELECT count(*) FROM candidates c
       WHERE NOT EXISTS (SELECT 1 FROM session_candidates sc WHERE sc.candidate_id = c.id)`,
    )
    .pluck()
    .get() as number;
}

/**
 * The office name the chain's setup receipt gives, else the label this installation pinned its key
 * under, else its device key fingerprint, else its id.
 */
export function officeName(db: Database, device: string): string {
  const named = db
    .prepare(
      `SELECT json_extract(payload, '$.office') FROM journal
       WHERE device_id = ? AND kind = 'setup.received' ORDER BY seq DESC LIMIT 1`,
    )
    .pluck()
    .get(device) as string | undefined;
  if (named) return named;
  const key = db
    .prepare(
      `SELECT k.fingerprint, t.label FROM device_keys k
       LEFT JOIN trusted_keys t ON t.fingerprint = k.fingerprint WHERE k.device_id = ?`,
    )
    .get(device) as { fingerprint: string; label: string | null } | undefined;
  return key?.label ?? key?.fingerprint ?? device;
}
