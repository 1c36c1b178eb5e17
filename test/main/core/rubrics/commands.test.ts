import { describe, expect, it } from 'vitest';
import { setPlan } from '../../../../src/main/core/plans/commands';
import {
  COPY_PREFIX,
  createRubric,
  deleteDraft,
  duplicateRubric,
  newRubricVersion,
  publishRubric,
  retireRubric,
  rubricFromTemplate,
  saveDraft,
} from '../../../../src/main/core/rubrics/commands';
import { rubricContentHash } from '../../../../src/main/core/rubrics/content-hash';
import { findRubric, getRubric, listRubrics } from '../../../../src/main/core/rubrics/queries';
import { presetPlan, rubricComponent } from '../../../../src/shared/plan/presets';
import type { RubricDraftContent } from '../../../../src/shared/rubric/rubric';
import { appErrorOf } from '../../../helpers/app-error';
import { demoSelection } from '../../../helpers/demo-fixtures';
import { RESOURCES_DIR } from '../../../helpers/resources';
import { makeAspect, makeRubric } from '../../../helpers/rubric-fixtures';
import { tempStore } from '../../../helpers/temp-store';
import { listFormasi } from '../../../../src/main/core/formasi/queries';
import type { Store } from '../../../../src/main/core/store/open-store';

const complete = makeRubric([makeAspect('A', 60), makeAspect('B', 40, 1, 4)]);
const unfinished: RubricDraftContent = { ...makeRubric([]), title: '' };

function journalLength(store: Store): number {
  return store.db.prepare('SELECT count(*) FROM journal').pluck().get() as number;
}

async function publishedRubric() {
  const store = await tempStore();
  const rubric = publishRubric(store, createRubric(store, complete).id);
  return { store, rubric };
}

describe('rubric commands', () => {
  it('creates a draft that may be unfinished, saves it, and publishes it under its hash', async () => {
    const store = await tempStore();
    const draft = createRubric(store, unfinished);
    expect(draft).toMatchObject({ version: 1, status: 'draft', origin: { type: 'new' } });
    expect(draft.contentHash).toBe(rubricContentHash(unfinished));
    const saved = saveDraft(store, draft.id, complete);
    expect(saved.content).toEqual(complete);
    const published = publishRubric(store, draft.id);
    expect(published).toMatchObject({ status: 'published', content: complete });
    expect(published.contentHash).toBe(rubricContentHash(complete));
    expect(published.publishedAt).not.toBeNull();
    expect(listRubrics(store.db, true)).toMatchObject([
      { id: draft.id, title: 'Rubrik uji', aspectCount: 2, usedBy: 0, status: 'published' },
    ]);
  });

  it('refuses to publish an incomplete draft and lists every problem', async () => {
    const store = await tempStore();
    const draft = createRubric(
      store,
      makeRubric([makeAspect('A', 50), { ...makeAspect('B', 30), scale: { min: 3, max: 3 } }]),
    );
    const before = journalLength(store);
    const error = appErrorOf(() => publishRubric(store, draft.id));
    expect(error.code).toBe('rubric.invalid');
    expect(error.params).toEqual({ count: 2 });
    expect((error.details as { code: string }[]).map((p) => p.code)).toEqual([
      'scaleMinNotBelowMax',
      'weightsDoNotSum',
    ]);
    expect(journalLength(store)).toBe(before);
    expect(getRubric(store.db, draft.id).status).toBe('draft');
  });

  it('never changes a published version: not through the commands, not through SQL', async () => {
    const { store, rubric } = await publishedRubric();
    expect(appErrorOf(() => saveDraft(store, rubric.id, unfinished))).toMatchObject({
      code: 'rubric.notDraft',
      params: { version: 1, status: 'published' },
    });
    expect(appErrorOf(() => publishRubric(store, rubric.id)).code).toBe('rubric.notDraft');
    expect(appErrorOf(() => deleteDraft(store, rubric.id)).code).toBe('rubric.notDraft');
    expect(() =>
      store.db
        .prepare('UPDATE rubric_versions SET content_json = ? WHERE id = ?')
        .run('{"title":"Palsu"}', rubric.id),
    ).toThrow(/published rubric version cannot change/);
    expect(() =>
      store.db.prepare('DELETE FROM rubric_versions WHERE id = ?').run(rubric.id),
    ).toThrow(/cannot be deleted/);
    expect(getRubric(store.db, rubric.id)).toEqual(rubric);
  });

  it('starts the next version from a published one, one draft at a time', async () => {
    const { store, rubric } = await publishedRubric();
    const next = newRubricVersion(store, rubric.id);
    expect(next).toMatchObject({
      rubricId: rubric.rubricId,
      version: 2,
      status: 'draft',
      content: complete,
      origin: { type: 'new-version', versionId: rubric.id, contentHash: rubric.contentHash },
    });
    expect(appErrorOf(() => newRubricVersion(store, rubric.id))).toMatchObject({
      code: 'rubric.draftExists',
      params: { version: 2 },
    });
    expect(appErrorOf(() => newRubricVersion(store, next.id)).code).toBe('rubric.notPublished');
    publishRubric(store, next.id);
    expect(newRubricVersion(store, next.id).version).toBe(3);
  });

  it('duplicates any version as a new rubric whose title says it is a copy', async () => {
    const { store, rubric } = await publishedRubric();
    const copy = duplicateRubric(store, rubric.id);
    expect(copy.rubricId).not.toBe(rubric.rubricId);
    expect(copy).toMatchObject({
      version: 1,
      status: 'draft',
      origin: { type: 'copy', versionId: rubric.id, contentHash: rubric.contentHash },
    });
    expect(copy.content).toEqual({ ...complete, title: `${COPY_PREFIX}Rubrik uji` });
    const long = createRubric(store, { ...unfinished, title: 'x'.repeat(200) });
    expect(duplicateRubric(store, long.id).content.title).toHaveLength(200);
  });

  it('retires a published version no formasi uses, and nothing else', async () => {
    const { store, rubric } = await publishedRubric();
    const draft = createRubric(store, complete);
    expect(appErrorOf(() => retireRubric(store, draft.id)).code).toBe('rubric.notPublished');
    const retired = retireRubric(store, rubric.id);
    expect(retired).toMatchObject({ status: 'retired' });
    expect(retired.retiredAt).not.toBeNull();
    expect(appErrorOf(() => retireRubric(store, rubric.id)).code).toBe('rubric.notPublished');
    expect(listRubrics(store.db, false).map((r) => r.id)).toEqual([draft.id]);
  });

  it('refuses to retire a version a formasi plan uses', async () => {
    const { store, rubric } = await publishedRubric();
    const selectionId = demoSelection(store);
    const [formasi] = listFormasi(store.db, selectionId);
    const plan = presetPlan('custom');
    plan.components = [
      {
        ...rubricComponent({
          key: 'wawancara',
          label: 'Wawancara',
          category: 'wawancara',
          part: 'akhir',
          weight: 100,
        }),
        source: {
          type: 'rubric',
          rubricVersionId: rubric.id,
          rubricHash: rubric.contentHash,
          minAssessors: 2,
        },
      },
    ];
    setPlan(store, formasi!.id, plan, null);
    expect(appErrorOf(() => retireRubric(store, rubric.id))).toMatchObject({
      code: 'rubric.inUse',
      params: { count: 1 },
    });
    expect(listRubrics(store.db, true)[0]?.usedBy).toBe(1);
  });

  it('deletes a draft but keeps its story in the journal', async () => {
    const store = await tempStore();
    const draft = createRubric(store, unfinished);
    deleteDraft(store, draft.id);
    expect(findRubric(store.db, draft.id)).toBeNull();
    expect(appErrorOf(() => deleteDraft(store, draft.id)).code).toBe('rubric.notFound');
    expect(journalLength(store)).toBe(2);
  });

  it('uses a template as is, once, and copies it as a new draft', async () => {
    const store = await tempStore();
    const used = rubricFromTemplate(store, RESOURCES_DIR, 'simulasi-mengajar', 'use');
    expect(used).toMatchObject({
      status: 'published',
      version: 1,
      origin: { type: 'template', templateId: 'simulasi-mengajar' },
    });
    expect(used.contentHash).toBe(rubricContentHash(used.content));
    const before = journalLength(store);
    expect(rubricFromTemplate(store, RESOURCES_DIR, 'simulasi-mengajar', 'use')).toEqual(used);
    expect(journalLength(store)).toBe(before);

    const copy = rubricFromTemplate(store, RESOURCES_DIR, 'simulasi-mengajar', 'copy');
    expect(copy).toMatchObject({
      status: 'draft',
      version: 1,
      content: used.content,
      origin: { type: 'template', templateId: 'simulasi-mengajar' },
    });
    expect(copy.rubricId).not.toBe(used.rubricId);
    expect(
      appErrorOf(() => rubricFromTemplate(store, RESOURCES_DIR, 'tidak-ada', 'use')),
    ).toMatchObject({ code: 'rubric.templateNotFound', params: { template: 'tidak-ada' } });
  });

  it('reports an unknown version as not found', async () => {
    const store = await tempStore();
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const run of [
      () => saveDraft(store, missing, unfinished),
      () => publishRubric(store, missing),
      () => retireRubric(store, missing),
      () => deleteDraft(store, missing),
      () => newRubricVersion(store, missing),
      () => duplicateRubric(store, missing),
    ]) {
      expect(appErrorOf(run).code).toBe('rubric.notFound');
    }
  });
});
