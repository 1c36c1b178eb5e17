import { describe, expect, it } from 'vitest';
import { createDemo } from '../../../../src/main/core/demo/create-demo';
import {
  deleteFormasi,
  updateFormasi,
  createFormasi,
} from '../../../../src/main/core/formasi/commands';
import { appendEntry } from '../../../../src/main/core/journal/append';
import { rebuildState } from '../../../../src/main/core/journal/rebuild';
import { copyPlan, lockPlan, setPlan } from '../../../../src/main/core/plans/commands';
import { listPlanViews } from '../../../../src/main/core/plans/queries';
import {
  createRubric,
  deleteDraft,
  duplicateRubric,
  newRubricVersion,
  publishRubric,
  retireRubric,
  saveDraft,
} from '../../../../src/main/core/rubrics/commands';
import { exportRubricFile, importRubricFile } from '../../../../src/main/core/rubrics/rubric-files';
import { updateSelection } from '../../../../src/main/core/selections/commands';
import { stateSnapshot } from '../../../helpers/state-snapshot';
import { RESOURCES_DIR } from '../../../helpers/resources';
import { makeAspect, makeRubric } from '../../../helpers/rubric-fixtures';
import { tempStore } from '../../../helpers/temp-store';
import { FAST_KDF } from '../assessors/fixtures';

describe('rebuildState', () => {
  it('rebuilds exactly the live state of the demo selection from the journal alone', async () => {
    const store = await tempStore();
    const { selection, rubrics } = await createDemo(store, {
      seed: 3,
      resourcesDir: RESOURCES_DIR,
      kdf: FAST_KDF,
    });
    // Exercise every kind of entry, including edits and a deletion.
    updateSelection(store, selection.id, { ...selection, location: 'Gedung BKPSDM, Purwodadi' });
    const extra = createFormasi(store, selection.id, {
      code: 'TMP-99',
      jabatan: 'Sementara',
      unit: 'U',
      pendidikan: 'S-1',
      quota: 1,
    });
    updateFormasi(store, extra.id, {
      code: 'TMP-98',
      jabatan: 'Sementara',
      unit: 'U',
      pendidikan: 'S-1',
      quota: 2,
    });
    // Every rubric and plan entry kind: drafts saved, published, retired, deleted; a file import;
    // a plan set, locked, changed with a reason; and a formasi whose plan goes with it.
    const draft = createRubric(store, makeRubric([makeAspect('A', 100)], 'Rubrik uji'));
    saveDraft(store, draft.id, makeRubric([makeAspect('A', 60), makeAspect('B', 40, 1, 4)]));
    const published = publishRubric(store, draft.id);
    const second = newRubricVersion(store, published.id);
    deleteDraft(store, second.id);
    retireRubric(store, published.id);
    duplicateRubric(store, published.id);
    const outside = await tempStore();
    const imported = publishRubric(
      outside,
      createRubric(outside, makeRubric([makeAspect('X', 100)])).id,
    );
    await importRubricFile(store, {
      fileName: 'luar.rubrik.json',
      text: exportRubricFile(outside, imported.id).text,
    });
    const [first, other] = listPlanViews(store.db, selection.id);
    setPlan(store, extra.id, first!.plan!, null);
    // The demo's sheets locked every demo plan already (plan.locked 'sheet:first'); a lock by hand
    // goes on the plan copied to the extra formasi below.
    setPlan(store, first!.formasiId, { ...first!.plan!, tieBreak: ['oldest'] }, 'Koreksi urutan.');
    copyPlan(store, other!.formasiId, [extra.id], null);
    lockPlan(store, extra.id, 'Bobot diumumkan.');
    expect(rubrics).toHaveLength(4);
    deleteFormasi(store, extra.id);

    const live = stateSnapshot(store.db);
    expect(live.candidates?.length).toBeGreaterThan(50);
    expect(live.rubric_versions?.length).toBe(7);
    expect(live.formasi_plans?.length).toBe(7);
    expect(live.plan_rubrics?.length).toBe(7);
    // Every demo candidate has an SKB CAT score, imported as one entry.
    expect(live.external_scores?.length).toBe(live.candidates?.length);
    expect(live.external_score_imports?.length).toBe(1);
    const replayed = rebuildState(store.db);
    expect(replayed).toBe(store.db.prepare('SELECT count(*) FROM journal').pluck().get());
    expect(stateSnapshot(store.db)).toEqual(live);
  });

  it('removes state that no journal entry explains', async () => {
    const store = await tempStore();
    await createDemo(store, { seed: 4, resourcesDir: RESOURCES_DIR, kdf: FAST_KDF });
    const live = stateSnapshot(store.db);
    store.db.exec(
      "INSERT INTO selections VALUES ('00000000-0000-4000-8000-000000000001', 'Siluman', 2024, 'CPNS', 'X', 'Y', 't', 't')",
    );
    rebuildState(store.db);
    expect(stateSnapshot(store.db)).toEqual(live);
  });

  it('leaves the state untouched when an entry cannot be applied', async () => {
    const store = await tempStore();
    await createDemo(store, { seed: 5, resourcesDir: RESOURCES_DIR, kdf: FAST_KDF });
    const live = stateSnapshot(store.db);
    // A formasi that still has candidates cannot be deleted: its foreign keys refuse the replay.
    const formasiId = store.db
      .prepare('SELECT formasi_id FROM candidates LIMIT 1')
      .pluck()
      .get() as string;
    appendEntry(store.db, store.deviceId, new Date('2030-01-01T00:00:00Z'), 'formasi.deleted', {
      id: formasiId,
    });
    expect(() => rebuildState(store.db)).toThrow(/FOREIGN KEY/);
    expect(stateSnapshot(store.db)).toEqual(live);
  });
});
