import { describe, expect, it } from 'vitest';
import { findPlan, findPlanShared } from '../../../../src/main/core/plans/queries';
import { getRubric, getRubricShared } from '../../../../src/main/core/rubrics/queries';
import { centralWithSetup } from '../../../helpers/merge-fixtures';

describe('shared reads of plans and published rubrics', () => {
  it('hands readers the one frozen parse, and everyone else a copy they may change', async () => {
    const { store, setup } = await centralWithSetup();
    const { formasiId, rubric } = setup.components[0]!;

    const plan = findPlanShared(store.db, formasiId)!.plan;
    expect(Object.isFrozen(plan.components)).toBe(true);
    expect(findPlanShared(store.db, formasiId)!.plan).toBe(plan);
    const planCopy = findPlan(store.db, formasiId)!.plan;
    expect(planCopy).toEqual(plan);
    expect(Object.isFrozen(planCopy.components)).toBe(false);

    const content = getRubricShared(store.db, rubric.id).content;
    expect(Object.isFrozen(content)).toBe(true);
    expect(getRubricShared(store.db, rubric.id).content).toBe(content);
    const contentCopy = getRubric(store.db, rubric.id).content;
    expect(contentCopy).toEqual(content);
    expect(Object.isFrozen(contentCopy)).toBe(false);
  });
});
