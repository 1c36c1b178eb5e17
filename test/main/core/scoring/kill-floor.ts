/**
 * The store the submit-kill child works on: one session holding every candidate of the largest
 * formasi, the chair and two penguji on its panel with the statement accepted, everyone checked
 * in. Built through the core commands in one transaction (one fsync instead of hundreds).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { acceptIntegrity } from '../../../../src/main/core/assessors/commands';
import { recordAttendance } from '../../../../src/main/core/attendance/commands';
import { demoPlan } from '../../../../src/main/core/demo/demo-plans';
import { setPlan } from '../../../../src/main/core/plans/commands';
import { createRubric, publishRubric } from '../../../../src/main/core/rubrics/commands';
import {
  assignPanel,
  createSession,
  scheduleCandidates,
} from '../../../../src/main/core/sessions/commands';
import { openStore } from '../../../../src/main/core/store/open-store';
import { makeAspect, makeRubric } from '../../../helpers/rubric-fixtures';
import { tempDir } from '../../../helpers/temp-store';
import { enrol, PIN, selectionWithCandidates } from '../assessors/fixtures';
import { PIN_PENGUJI_2 } from '../sessions/fixtures';
import { PRESENT } from './fixtures';
import type { KillPlan } from './kill-plan';

/** Prepares the store with `rows` demo candidates; returns the plan file and the plan. */
export async function killFloor(rows: number): Promise<{ planFile: string; plan: KillPlan }> {
  const folder = tempDir();
  const db = join(folder, 'panitia.db');
  const store = await openStore(db);
  const { selectionId } = await selectionWithCandidates(store, rows);
  const plan = store.db.transaction(() => {
    const rubric = publishRubric(
      store,
      createRubric(store, makeRubric([makeAspect('A', 50), makeAspect('B', 50)])).id,
    );
    const formasiId = store.db
      .prepare(
        `SELECT formasi_id FROM candidates WHERE selection_id = ?
         GROUP BY formasi_id ORDER BY count(*) DESC, formasi_id LIMIT 1`,
      )
      .pluck()
      .get(selectionId) as string;
    setPlan(store, formasiId, demoPlan('wawancara', rubric), null);
    const candidateIds = store.db
      .prepare('SELECT id FROM candidates WHERE formasi_id = ? ORDER BY nomor_peserta')
      .pluck()
      .all(formasiId) as string[];
    const assessors = [
      { id: enrol(store, selectionId, 'ketua', PIN.ketua).id, pin: PIN.ketua },
      { id: enrol(store, selectionId, 'penguji', PIN.penguji).id, pin: PIN.penguji },
      { id: enrol(store, selectionId, 'penguji', PIN_PENGUJI_2, 'Siti').id, pin: PIN_PENGUJI_2 },
    ];
    const session = createSession(store, formasiId, 'wawancara', {
      date: '2024-11-12',
      startTime: '08:00',
      room: 'Ruang Rapat 1',
    });
    scheduleCandidates(store, session.id, candidateIds);
    assignPanel(
      store,
      session.id,
      assessors.map((a) => a.id),
    );
    for (const { id, pin } of assessors) acceptIntegrity(store, id, pin);
    for (const candidateId of candidateIds) {
      recordAttendance(store, session.id, candidateId, PRESENT);
    }
    return { db, sessionId: session.id, candidateIds, assessors };
  })();
  store.close();
  const planFile = join(folder, 'plan.json');
  writeFileSync(planFile, JSON.stringify(plan));
  return { planFile, plan };
}
