import { describe, expect, it } from 'vitest';
import { deleteFormasi } from '../../../../src/main/core/formasi/commands';
import { listFormasi } from '../../../../src/main/core/formasi/queries';
import { record } from '../../../../src/main/core/journal/record';
import { copyPlan, lockPlan, setPlan } from '../../../../src/main/core/plans/commands';
import { getPlanView, listPlanViews } from '../../../../src/main/core/plans/queries';
import {
  createRubric,
  newRubricVersion,
  publishRubric,
} from '../../../../src/main/core/rubrics/commands';
import { rubricUses } from '../../../../src/main/core/rubrics/queries';
import type { Store } from '../../../../src/main/core/store/open-store';
import type { ScoringPlan } from '../../../../src/shared/plan/plan';
import { appErrorOf } from '../../../helpers/app-error';
import { demoSelection } from '../../../helpers/demo-fixtures';
import { daerahPlan } from '../../../helpers/plan-fixtures';
import { makeAspect, makeRubric } from '../../../helpers/rubric-fixtures';
import { stateSnapshot } from '../../../helpers/state-snapshot';
import { tempStore } from '../../../helpers/temp-store';

function journalLength(store: Store): number {
  return store.db.prepare('SELECT count(*) FROM journal').pluck().get() as number;
}

async function setup() {
  const store = await tempStore();
  const selectionId = demoSelection(store);
  const formasi = listFormasi(store.db, selectionId);
  const rubric = publishRubric(
    store,
    createRubric(store, makeRubric([makeAspect('A', 50, 1, 4), makeAspect('B', 50, 1, 4)])).id,
  );
  return { store, selectionId, ids: formasi.map((f) => f.id), rubric };
}

describe('scoring plans', () => {
  it('saves a plan and lists every formasi, with or without a plan', async () => {
    const { store, selectionId, ids, rubric } = await setup();
    const view = setPlan(store, ids[0]!, daerahPlan(rubric), null);
    expect(view).toMatchObject({
      formasiId: ids[0],
      formasiCode: 'ADM-03',
      plan: daerahPlan(rubric),
      lockedAt: null,
      errors: [],
      warnings: [],
    });
    const views = listPlanViews(store.db, selectionId);
    expect(views.map((v) => v.formasiCode)).toEqual([
      'ADM-03',
      'AKB-05',
      'GKS-01',
      'GMT-02',
      'PKM-04',
      'PPT-07',
      'PRW-06',
    ]);
    expect(views.filter((v) => v.plan === null)).toHaveLength(6);
    expect(views[1]).toMatchObject({ plan: null, updatedAt: null, errors: [], warnings: [] });
    expect(rubricUses(store.db, rubric.id)).toEqual([
      {
        selectionId,
        selectionName: 'Seleksi CPNS Kabupaten Grobogan 2024',
        formasiId: ids[0],
        formasiCode: 'ADM-03',
        componentLabel: 'Simulasi Mengajar',
      },
    ]);
  });

  it('refuses a plan with errors, with every error, and writes nothing', async () => {
    const { store, ids, rubric } = await setup();
    const before = journalLength(store);
    const broken = daerahPlan(null, 30);
    broken.parts[0]!.weight = 50;
    const error = appErrorOf(() => setPlan(store, ids[0]!, broken, null));
    expect(error).toMatchObject({ code: 'plan.invalid', params: { count: 2 } });
    expect(error.details).toEqual([
      { code: 'partWeightsDoNotSum', params: { total: 110 } },
      { code: 'componentNeedsRubric', params: { label: 'Simulasi Mengajar' } },
    ]);
    expect(journalLength(store)).toBe(before);
    const draft = createRubric(store, makeRubric([makeAspect('A', 100)]));
    expect(appErrorOf(() => setPlan(store, ids[0]!, daerahPlan(draft), null)).details).toEqual([
      { code: 'rubricNotPublished', params: { label: 'Simulasi Mengajar', status: 'draft' } },
    ]);
    expect(
      appErrorOf(() =>
        setPlan(store, ids[0]!, daerahPlan({ id: rubric.id, contentHash: 'e'.repeat(64) }), null),
      ).details,
    ).toEqual([{ code: 'rubricHashMismatch', params: { label: 'Simulasi Mengajar' } }]);
    expect(journalLength(store)).toBe(before + 1);
    expect(
      appErrorOf(() =>
        setPlan(store, '00000000-0000-4000-8000-000000000000', daerahPlan(rubric), null),
      ).code,
    ).toBe('formasi.notFound');
  });

  it('saves a plan that only breaks a preset rule, and shows the warning', async () => {
    const { store, ids, rubric } = await setup();
    const view = setPlan(store, ids[0]!, daerahPlan(rubric, 50), null);
    expect(view.errors).toEqual([]);
    expect(view.warnings).toEqual([{ code: 'daerahTambahanCap', params: { share: 50 } }]);
    expect(getPlanView(store.db, ids[0]!).plan).toEqual(daerahPlan(rubric, 50));
  });

  it('locks a plan; a change afterwards needs a reason, which the journal keeps', async () => {
    const { store, ids, rubric } = await setup();
    expect(appErrorOf(() => lockPlan(store, ids[0]!, '')).code).toBe('plan.notFound');
    setPlan(store, ids[0]!, daerahPlan(rubric), null);
    const locked = lockPlan(store, ids[0]!, 'Bobot diumumkan 1 November.');
    expect(locked.lockedAt).not.toBeNull();
    expect(locked.lockNote).toBe('Bobot diumumkan 1 November.');
    expect(appErrorOf(() => lockPlan(store, ids[0]!, ''))).toMatchObject({
      code: 'plan.alreadyLocked',
      params: { lockedAt: locked.lockedAt },
    });
    expect(appErrorOf(() => setPlan(store, ids[0]!, daerahPlan(rubric, 30), null)).code).toBe(
      'plan.lockedNeedsReason',
    );
    const changed = setPlan(store, ids[0]!, daerahPlan(rubric, 30), 'Salah ketik bobot.');
    expect(changed.plan?.components[2]?.weight).toBe(30);
    expect(changed.lockedAt).toBe(locked.lockedAt);
    const last = store.db
      .prepare('SELECT payload FROM journal ORDER BY seq DESC LIMIT 1')
      .pluck()
      .get() as string;
    expect(JSON.parse(last)).toMatchObject({ reason: 'Salah ketik bobot.' });
  });

  it('copies a plan to several formasi, or to none when one of them refuses', async () => {
    const { store, selectionId, ids, rubric } = await setup();
    setPlan(store, ids[0]!, daerahPlan(rubric), null);
    setPlan(store, ids[3]!, daerahPlan(rubric, 20), null);
    lockPlan(store, ids[3]!, 'Diumumkan.');
    const before = stateSnapshot(store.db);
    const length = journalLength(store);
    expect(appErrorOf(() => copyPlan(store, ids[0]!, [ids[1]!, ids[2]!, ids[3]!], null)).code).toBe(
      'plan.lockedNeedsReason',
    );
    expect(stateSnapshot(store.db)).toEqual(before);
    expect(journalLength(store)).toBe(length);

    const copied = copyPlan(
      store,
      ids[0]!,
      [ids[1]!, ids[2]!, ids[3]!, ids[1]!, ids[0]!],
      'Seragam.',
    );
    expect(copied.map((v) => v.formasiId)).toEqual([ids[1], ids[2], ids[3]]);
    expect(journalLength(store)).toBe(length + 3);
    const views = listPlanViews(store.db, selectionId);
    expect(views.filter((v) => v.plan !== null)).toHaveLength(4);
    expect(rubricUses(store.db, rubric.id)).toHaveLength(4);
    expect(appErrorOf(() => copyPlan(store, ids[4]!, [ids[5]!], null)).code).toBe('plan.notFound');
  });

  it('follows a rubric change only when the plan is saved again', async () => {
    const { store, ids, rubric } = await setup();
    setPlan(store, ids[0]!, daerahPlan(rubric), null);
    const next = publishRubric(store, newRubricVersion(store, rubric.id).id);
    expect(rubricUses(store.db, next.id)).toEqual([]);
    setPlan(store, ids[0]!, daerahPlan(next), null);
    expect(rubricUses(store.db, rubric.id)).toEqual([]);
    expect(rubricUses(store.db, next.id)).toHaveLength(1);
  });

  it('deletes the plan with its formasi', async () => {
    const { store, ids, rubric } = await setup();
    setPlan(store, ids[0]!, daerahPlan(rubric), null);
    deleteFormasi(store, ids[0]!);
    expect(store.db.prepare('SELECT count(*) FROM formasi_plans').pluck().get()).toBe(0);
    expect(rubricUses(store.db, rubric.id)).toEqual([]);
  });

  it('refuses in the applier what the command refuses, for a replayed journal', async () => {
    const { store, ids, rubric } = await setup();
    const plan: ScoringPlan = daerahPlan(rubric);
    setPlan(store, ids[0]!, plan, null);
    lockPlan(store, ids[0]!, '');
    expect(
      appErrorOf(() => record(store, 'plan.set', { formasiId: ids[0]!, plan, reason: null })).code,
    ).toBe('plan.lockedNeedsReason');
    expect(
      appErrorOf(() => record(store, 'plan.locked', { formasiId: ids[1]!, note: '' })).code,
    ).toBe('plan.notFound');
  });
});
