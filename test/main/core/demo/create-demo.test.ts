import { describe, expect, it } from 'vitest';
import { createDemo } from '../../../../src/main/core/demo/create-demo';
import { listPlanViews } from '../../../../src/main/core/plans/queries';
import { listRubrics } from '../../../../src/main/core/rubrics/queries';
import { RESOURCES_DIR } from '../../../helpers/resources';
import { tempStore } from '../../../helpers/temp-store';

describe('createDemo', () => {
  it('installs the templates and gives every formasi a plan on the matching rubric', async () => {
    const store = await tempStore();
    const { selection, rubrics } = await createDemo(store, {
      seed: 1,
      resourcesDir: RESOURCES_DIR,
    });
    expect(rubrics.map((r) => r.status)).toEqual([
      'published',
      'published',
      'published',
      'published',
    ]);
    const titleOf = new Map(rubrics.map((r) => [r.id, r.content.kind]));
    const views = listPlanViews(store.db, selection.id);
    expect(views).toHaveLength(7);
    const summary = views.map((view) => {
      const tambahan = view.plan?.components.find((c) => c.source.type === 'rubric');
      const source = tambahan?.source.type === 'rubric' ? tambahan.source : null;
      return {
        code: view.formasiCode,
        preset: view.plan?.preset,
        kind: titleOf.get(source?.rubricVersionId ?? ''),
        weights: view.plan?.components.map((c) => `${c.key}:${c.weight}`),
        errors: view.errors,
        warnings: view.warnings.map((w) => w.code),
      };
    });
    const skb = (key: string) => ['skd:100', 'skb_cat:60', `${key}:40`];
    expect(summary).toEqual([
      {
        code: 'ADM-03',
        preset: 'cpns-daerah-2024',
        kind: 'simulasi_administrasi',
        weights: skb('simulasi_administrasi'),
        errors: [],
        warnings: [],
      },
      {
        code: 'AKB-05',
        preset: 'cpns-daerah-2024',
        kind: 'wawancara',
        weights: skb('wawancara'),
        errors: [],
        warnings: ['daerahNoWawancara'],
      },
      {
        code: 'GKS-01',
        preset: 'cpns-daerah-2024',
        kind: 'simulasi_mengajar',
        weights: skb('simulasi_mengajar'),
        errors: [],
        warnings: [],
      },
      {
        code: 'GMT-02',
        preset: 'cpns-daerah-2024',
        kind: 'simulasi_mengajar',
        weights: skb('simulasi_mengajar'),
        errors: [],
        warnings: [],
      },
      {
        code: 'PKM-04',
        preset: 'cpns-daerah-2024',
        kind: 'simulasi_administrasi',
        weights: skb('simulasi_administrasi'),
        errors: [],
        warnings: [],
      },
      {
        code: 'PPT-07',
        preset: 'cpns-daerah-2024',
        kind: 'wawancara',
        weights: skb('wawancara'),
        errors: [],
        warnings: ['daerahNoWawancara'],
      },
      {
        code: 'PRW-06',
        preset: 'cpns-daerah-2024',
        kind: 'wawancara',
        weights: skb('wawancara'),
        errors: [],
        warnings: ['daerahNoWawancara'],
      },
    ]);
  });

  it('reuses the installed templates when a second demo goes into the same store', async () => {
    const store = await tempStore();
    await createDemo(store, { seed: 1, resourcesDir: RESOURCES_DIR });
    await createDemo(store, { seed: 2, resourcesDir: RESOURCES_DIR });
    expect(listRubrics(store.db, true)).toHaveLength(4);
    expect(
      listRubrics(store.db, true)
        .map((r) => r.usedBy)
        .sort(),
    ).toEqual([0, 4, 4, 6]);
  });
});
