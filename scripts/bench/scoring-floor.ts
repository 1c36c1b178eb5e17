/**
 * The database the score-sheet rows of `npm run bench` run on: 20,000 candidates in sessions of
 * 40, panels of five out of ten assessors, everyone present, and a submitted, signed sheet from
 * every panel member for every candidate (100,000 sheets). Built through the real commands —
 * `submitSheet` with open sittings, each sheet signed, journaled and projected — only grouped
 * into one transaction per session, so the build does not pay 100,000 fsyncs.
 */
import { join } from 'node:path';
import { acceptIntegrity, enrolAssessor } from '../../src/main/core/assessors/commands';
import { recordAttendance } from '../../src/main/core/attendance/commands';
import { importCandidates } from '../../src/main/core/candidates/import';
import { demoPlan } from '../../src/main/core/demo/demo-plans';
import { seededRandom } from '../../src/main/core/demo/random';
import { setPlan } from '../../src/main/core/plans/commands';
import { rubricFromTemplate } from '../../src/main/core/rubrics/commands';
import { submitSheet } from '../../src/main/core/scoring/commands';
import { Sittings } from '../../src/main/core/scoring/sittings';
import {
  assignPanel,
  createSession,
  scheduleCandidates,
} from '../../src/main/core/sessions/commands';
import { openStore, type Store } from '../../src/main/core/store/open-store';
import type { Session } from '../../src/shared/domain/session';
import type { SheetEntry } from '../../src/shared/domain/sheet';
import { demoCsv, demoSelection } from '../../test/helpers/demo-fixtures';
import { RESOURCES_DIR } from '../../test/helpers/resources';

/** The size of the floor. */
export interface FloorSize {
  candidates: number;
  perSession: number;
  panelSize: number;
  assessors: number;
}

/** 20,000 candidates × a panel of 5 = 100,000 sheets. */
export const FULL_FLOOR: FloorSize = {
  candidates: 20_000,
  perSession: 40,
  panelSize: 5,
  assessors: 10,
};

/** An assessor of the floor with their PIN and open sitting. */
export interface FloorAssessor {
  id: string;
  pin: string;
  sittingId: string;
}

/** The built floor. */
export interface ScoringFloor {
  store: Store;
  sittings: Sittings;
  assessors: FloorAssessor[];
  sessions: Session[];
  /** The scored aspects of the rubric every session uses. */
  aspects: string[];
  sheets: number;
  buildMs: number;
}

const TEMPLATE = 'wawancara-kompetensi-asn';

/** Distinct PINs that pass the PIN rules (no repeated digit, no run). */
function pinOf(i: number): string {
  return String(502_718 + i * 7_919).padStart(6, '0');
}

/** A complete entry on the aspects, levels 2–4 (the template asks a note at 1 and 5). */
export function benchEntry(aspects: readonly string[], random: () => number): SheetEntry {
  return {
    levels: Object.fromEntries(aspects.map((code) => [code, 2 + Math.floor(random() * 3)])),
    notes: {},
    note: '',
  };
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Builds the floor in `folder`, reporting progress on stderr. */
export async function buildScoringFloor(folder: string, size: FloorSize): Promise<ScoringFloor> {
  const start = performance.now();
  const store = await openStore(join(folder, 'scoring-floor.db'));
  const { db } = store;
  const selectionId = demoSelection(store);
  await importCandidates(store, {
    selectionId,
    fileName: 'peserta.csv',
    bytes: new TextEncoder().encode(demoCsv(size.candidates)),
    mode: 'all-or-nothing',
  });
  const rubric = rubricFromTemplate(store, RESOURCES_DIR, TEMPLATE, 'use');
  const aspects = (rubric.content?.aspects ?? []).map((aspect) => aspect.code);
  const formasi = db
    .prepare('SELECT id FROM formasi WHERE selection_id = ? ORDER BY code')
    .pluck()
    .all(selectionId) as string[];
  for (const formasiId of formasi) setPlan(store, formasiId, demoPlan('wawancara', rubric), null);

  // Sittings of a bench outlive the 15-minute idle limit of the screen: the build takes longer.
  const sittings = new Sittings(24 * 60 * 60_000);
  const assessors: FloorAssessor[] = Array.from({ length: size.assessors }, (_, i) => {
    const pin = pinOf(i);
    const fields = { nama: `Penguji ${i + 1}`, nip: null, role: 'penguji' } as const;
    const { id } = enrolAssessor(store, selectionId, fields, pin);
    acceptIntegrity(store, id, pin);
    return { id, pin, sittingId: sittings.open(db, id, pin, store.now()).sittingId };
  });

  const sessions: Session[] = [];
  db.transaction(() => {
    for (const formasiId of formasi) {
      const candidates = db
        .prepare('SELECT id FROM candidates WHERE formasi_id = ? ORDER BY nomor_peserta')
        .pluck()
        .all(formasiId) as string[];
      for (const group of chunks(candidates, size.perSession)) {
        const n = sessions.length;
        const session = createSession(store, formasiId, 'wawancara', {
          date: `2024-11-${String(12 + (n % 15)).padStart(2, '0')}`,
          startTime: n % 2 ? '13:00' : '08:00',
          room: `Ruang ${1 + (n % 8)}`,
        });
        scheduleCandidates(store, session.id, group);
        const panel = Array.from(
          { length: size.panelSize },
          (_, j) => (assessors[(n + j) % assessors.length] as FloorAssessor).id,
        );
        assignPanel(store, session.id, panel);
        for (const candidateId of group) {
          recordAttendance(store, session.id, candidateId, {
            status: 'hadir',
            identityChecked: true,
            document: 'ktp_el',
          });
        }
        sessions.push(session);
      }
    }
  })();

  const random = seededRandom(2024);
  const byId = new Map(assessors.map((a) => [a.id, a]));
  let sheets = 0;
  for (const session of sessions) {
    const candidates = db
      .prepare('SELECT candidate_id FROM session_candidates WHERE session_id = ?')
      .pluck()
      .all(session.id) as string[];
    const panel = db
      .prepare('SELECT assessor_id FROM session_panel WHERE session_id = ?')
      .pluck()
      .all(session.id) as string[];
    db.transaction(() => {
      for (const candidateId of candidates) {
        for (const assessorId of panel) {
          const { sittingId, pin } = byId.get(assessorId) as FloorAssessor;
          const target = { sittingId, sessionId: session.id, candidateId };
          submitSheet(store, sittings, target, pin, benchEntry(aspects, random.next));
          sheets += 1;
        }
      }
    })();
    if (sheets % 10_000 < size.perSession * size.panelSize) {
      const seconds = ((performance.now() - start) / 1000).toFixed(0);
      process.stderr.write(`  floor: ${sheets} sheets, ${seconds} s\n`);
    }
  }
  return {
    store,
    sittings,
    assessors,
    sessions,
    aspects,
    sheets,
    buildMs: performance.now() - start,
  };
}
