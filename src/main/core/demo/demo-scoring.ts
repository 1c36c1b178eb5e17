/**
 * The demo's scoring day, through the same commands as a real committee: the assessors with
 * their demo PINs, one session per formasi for its in-person component, panels (one drawn by lot
 * from a printed seed), check-in with a few candidates absent, the integrity statement, one
 * conflict of interest, a signed sheet from every panel member for every present candidate (the
 * tie pairs and the disagreement of demo-ties.ts among them), and one amendment with a reason.
 */
import { createHash } from 'node:crypto';
import type { AssessorRole } from '../../../shared/domain/assessor';
import type { SheetEntry } from '../../../shared/domain/sheet';
import type { RubricContent, RubricVersion } from '../../../shared/rubric/rubric';
import { acceptIntegrity, declareConflict, enrolAssessor } from '../assessors/commands';
import { recordAttendance } from '../attendance/commands';
import type { KdfParams } from '../crypto/kdf';
import { amendSheet, submitSheet } from '../scoring/commands';
import { Sittings } from '../scoring/sittings';
import { assignPanel, createSession, drawPanel, scheduleCandidates } from '../sessions/commands';
import { panelFor } from '../sessions/panel';
import type { Store } from '../store/open-store';
import { DEMO_ASSESSORS, type DemoAssessor } from './demo-assessors';
import { amendedEntry, demoAbility, demoEntry } from './demo-levels';
import type { Random } from './random';
import { storedDisagreement, storedTiePairs } from './demo-ties';

/** A demo formasi's in-person component and the rubric it is scored on. */
export interface DemoComponent {
  formasiId: string;
  componentKey: string;
  rubric: RubricVersion;
}

/** An enrolled demo assessor and their demo PIN. */
export interface EnrolledDemoAssessor {
  id: string;
  nama: string;
  role: AssessorRole;
  pin: string;
}

/** What the scoring day created. */
export interface DemoScoring {
  assessors: EnrolledDemoAssessor[];
  sessions: number;
  /** The session whose panel was drawn by lot, and the seed anyone can repeat the draw with. */
  draw: { sessionId: string; seed: string };
  absent: number;
  /** Submitted sheets (first versions); the amendment adds one more version. */
  sheets: number;
  /** Null only when a demo has no sheet at all. */
  amendment: { sheetId: string; supersedes: string; reason: string } | null;
  /** Null only when a small demo has fewer than two sessions. */
  conflict: { assessorId: string; candidateId: string } | null;
}

/** Every seventh candidate of a session, from the fourth, does not come (tidak hadir). */
const isAbsent = (j: number) => j % 7 === 3;

/** The seed of the demo draw: SHA-256 of a text naming the demo seed, so it is reproducible. */
export function demoDrawSeed(seed: number): string {
  return createHash('sha256').update(`panitia demo draw ${seed}`).digest('hex');
}

/** Runs the scoring day of the demo selection. */
export function createDemoScoringDay(
  store: Store,
  selectionId: string,
  components: readonly DemoComponent[],
  options: {
    seed: number;
    random: Random;
    kdf: KdfParams;
    /** The committee; default the demo committee (an office's: officeDemoAssessors). */
    committee?: readonly DemoAssessor[];
  },
): DemoScoring {
  const { db } = store;
  const { random } = options;
  const assessors = (options.committee ?? DEMO_ASSESSORS).map(({ pin, ...fields }) => {
    const { id } = enrolAssessor(store, selectionId, fields, pin, options.kdf);
    // The observer accepts too: the statement binds them to confidentiality.
    acceptIntegrity(store, id, pin);
    return { id, nama: fields.nama, role: fields.role, pin };
  });
  const byRole = (role: AssessorRole) => assessors.filter((a) => a.role === role);
  const [ketua] = byRole('ketua');
  const [sekretaris] = byRole('sekretaris');
  const penguji = byRole('penguji');
  if (!ketua || !sekretaris || penguji.length < 4) throw new Error('demo committee incomplete');
  const pinOf = new Map(assessors.map((a) => [a.id, a.pin]));

  const drawSeed = demoDrawSeed(options.seed);
  let drawSessionId = '';
  let absent = 0;
  // A formasi left without candidates (a small --candidates) gets no session.
  const scheduled = components
    .map((component) => ({
      component,
      candidateIds: db
        .prepare('SELECT id FROM candidates WHERE formasi_id = ? ORDER BY nomor_peserta')
        .pluck()
        .all(component.formasiId) as string[],
    }))
    .filter(({ candidateIds }) => candidateIds.length > 0);
  const sessions = scheduled.map(({ component, candidateIds }, i) => {
    return db.transaction(() => {
      const session = createSession(store, component.formasiId, component.componentKey, {
        date: i < 4 ? '2024-11-12' : '2024-11-13',
        startTime: ['08:00', '10:00', '13:00', '15:00'][i % 4] as string,
        room: `Ruang Rapat ${1 + (i % 2)}`,
      });
      scheduleCandidates(store, session.id, candidateIds);
      if (i === 0) {
        drawPanel(store, session.id, [sekretaris.id, ...penguji.map((p) => p.id)], 3, drawSeed);
        drawSessionId = session.id;
      } else {
        const chair = i % 2 ? ketua : sekretaris;
        const pair = [penguji[i % 4]!, penguji[(i + 1) % 4]!];
        assignPanel(store, session.id, [...pair.map((p) => p.id), chair.id]);
      }
      candidateIds.forEach((candidateId, j) => {
        if (isAbsent(j)) absent += 1;
        recordAttendance(
          store,
          session.id,
          candidateId,
          isAbsent(j)
            ? { status: 'tidak_hadir', identityChecked: false, document: null }
            : {
                status: j % 5 === 4 ? 'terlambat' : 'hadir',
                identityChecked: true,
                document: j % 2 ? 'kartu_peserta' : 'ktp_el',
              },
        );
      });
      return { ...component, session, candidateIds };
    })();
  });

  // One declared conflict: the first penguji of the second session knows its first candidate.
  let conflict: DemoScoring['conflict'] = null;
  const conflicted = sessions[1];
  if (conflicted) {
    conflict = { assessorId: penguji[1]!.id, candidateId: conflicted.candidateIds[0]! };
    declareConflict(
      store,
      conflict.assessorId,
      penguji[1]!.pin,
      conflict.candidateId,
      'keluarga',
      'Peserta adalah keponakan saya (anak dari kakak kandung).',
    );
  }

  const sittings = new Sittings();
  const sittingOf = new Map(
    assessors
      .filter((a) => a.role !== 'pengamat')
      .map((a) => [a.id, sittings.open(db, a.id, a.pin, store.now()).sittingId]),
  );
  let sheets = 0;
  // The penguji's sheets, in order: the first one is amended below.
  const pengujiSheets: Array<{
    id: string;
    assessorId: string;
    entry: SheetEntry;
    rubric: RubricContent;
  }> = [];
  // The second of each tie pair gets, from every panel member, the sheet the first got.
  const tiedWith = new Map(
    storedTiePairs(db, selectionId).map((pair) => [pair.second.id, pair.first.id]),
  );
  const given = new Map<string, Map<string, SheetEntry>>();
  const disagreement = storedDisagreement(db, selectionId);
  for (const { session, candidateIds, rubric } of sessions) {
    const content = rubric.content as RubricContent;
    db.transaction(() => {
      candidateIds.forEach((candidateId, j) => {
        if (isAbsent(j)) return;
        const ability = demoAbility(random);
        const panel = panelFor(db, session.id, candidateId);
        const copied = given.get(tiedWith.get(candidateId) ?? '');
        const own = new Map<string, SheetEntry>();
        given.set(candidateId, own);
        for (const [k, member] of panel.entries()) {
          // The disagreement: the first member sees a strong candidate, the last a weak one.
          const seen =
            candidateId !== disagreement
              ? ability
              : k === 0
                ? 0.95
                : k === panel.length - 1
                  ? 0.1
                  : 0.5;
          const entry = copied?.get(member.id) ?? demoEntry(content, seen, random);
          own.set(member.id, entry);
          const sittingId = sittingOf.get(member.id) as string;
          const target = { sittingId, sessionId: session.id, candidateId };
          const view = submitSheet(store, sittings, target, pinOf.get(member.id)!, entry);
          sheets += 1;
          if (member.role === 'penguji') {
            pengujiSheets.push({
              id: view.content.id,
              assessorId: member.id,
              entry,
              rubric: content,
            });
          }
        }
      });
    })();
  }

  // One amendment: a penguji corrects a level they mistyped, with the reason on the record.
  let amendment: DemoScoring['amendment'] = null;
  const first = pengujiSheets[0];
  if (first) {
    const { entry, aspect } = amendedEntry(first.rubric, first.entry);
    const reason = `Salah ketik pada aspek ${aspect}; dikoreksi sesuai catatan wawancara.`;
    const amended = amendSheet(store, sittings, {
      sittingId: sittingOf.get(first.assessorId) as string,
      pin: pinOf.get(first.assessorId)!,
      sheetId: first.id,
      entry,
      reason,
    });
    amendment = { sheetId: amended.content.id, supersedes: first.id, reason };
  }
  for (const sittingId of sittingOf.values()) sittings.close(sittingId);

  return {
    assessors,
    sessions: sessions.length,
    draw: { sessionId: drawSessionId, seed: drawSeed },
    absent,
    sheets,
    amendment,
    conflict,
  };
}
