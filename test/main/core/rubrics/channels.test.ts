import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../src/main/core/contract/dispatch';
import { createHandlers } from '../../../../src/main/core/handlers';
import { listFormasi } from '../../../../src/main/core/formasi/queries';
import type { Output } from '../../../../src/shared/contract/contract';
import { presetPlan } from '../../../../src/shared/plan/presets';
import { demoSelection } from '../../../helpers/demo-fixtures';
import { RESOURCES_DIR } from '../../../helpers/resources';
import { makeAspect, makeRubric } from '../../../helpers/rubric-fixtures';
import { tempStore } from '../../../helpers/temp-store';

async function setup() {
  const store = await tempStore();
  const handlers = createHandlers({
    store,
    dataDir: '/data',
    resourcesDir: RESOURCES_DIR,
    transport: 'web',
    version: '1',
  });
  return { store, call: (channel: string, input: unknown) => dispatch(handlers, channel, input) };
}

describe('rubric and plan channels', () => {
  it('tell a rubric’s whole story and where it is used', async () => {
    const { store, call } = await setup();
    const draft = (await call('rubric:create', {
      content: makeRubric([makeAspect('A', 100)]),
    })) as Output<'rubric:create'>;
    const v1 = (await call('rubric:publish', { id: draft.id })) as Output<'rubric:publish'>;
    const v2 = (await call('rubric:newVersion', { id: v1.id })) as Output<'rubric:newVersion'>;
    await call('rubric:saveDraft', { id: v2.id, content: makeRubric([makeAspect('B', 100)]) });

    const selectionId = demoSelection(store);
    const [formasi] = listFormasi(store.db, selectionId);
    const plan = presetPlan('custom');
    const component = plan.components[0]!;
    if (component.source.type === 'rubric') {
      component.source = {
        ...component.source,
        rubricVersionId: v1.id,
        rubricHash: v1.contentHash,
      };
    }
    const view = (await call('plan:set', { formasiId: formasi!.id, plan })) as Output<'plan:set'>;
    expect(view).toMatchObject({ errors: [], warnings: [], lockedAt: null });

    const got = (await call('rubric:get', { id: v1.id })) as Output<'rubric:get'>;
    expect(got.rubric.id).toBe(v1.id);
    expect(got.history.map((e) => e.kind)).toEqual([
      'rubric.created',
      'rubric.published',
      'rubric.created',
      'rubric.draftSaved',
    ]);
    expect(got.usedBy).toMatchObject([{ formasiId: formasi!.id, componentLabel: 'Wawancara' }]);
    await expect(call('rubric:retire', { id: v1.id })).rejects.toMatchObject({
      code: 'rubric.inUse',
    });
  });

  it('list templates, install one, export and import through the contract', async () => {
    const { call } = await setup();
    const templates = (await call('rubric:templates', {})) as Output<'rubric:templates'>;
    expect(templates).toHaveLength(4);
    const used = (await call('rubric:fromTemplate', {
      templateId: templates[0]!.templateId,
      mode: 'use',
    })) as Output<'rubric:fromTemplate'>;
    expect(used.id).toBe(templates[0]!.versionId);
    const file = (await call('rubric:export', { id: used.id })) as Output<'rubric:export'>;
    expect(await call('rubric:import', { fileName: file.fileName, text: file.text })).toMatchObject(
      {
        outcome: 'alreadyPresent',
        rubric: { id: used.id },
      },
    );
    expect(await call('rubric:list', {})).toHaveLength(1);
    await expect(call('rubric:deleteDraft', { id: used.id })).rejects.toMatchObject({
      code: 'rubric.notDraft',
    });
  });
});
