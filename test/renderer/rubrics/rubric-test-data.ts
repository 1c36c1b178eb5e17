/** Rubric contents and files for the renderer tests. */
import type { ScoringPlan } from '../../../src/shared/plan/plan';
import { presetPlan } from '../../../src/shared/plan/presets';
import type { RubricContent, RubricVersion } from '../../../src/shared/rubric/rubric';
import type { FakeBackend } from '../helpers/fake-backend';
import { rubricFileText } from '../../helpers/rubric-file-text';
import { makeAspect, makeRubric } from '../../helpers/rubric-fixtures';
import { contentHash } from '../helpers/fake-rubrics';

/** A complete interview rubric: three aspects on 1–5 weighing 40, 35 and 25. */
export function sampleRubric(title: string): RubricContent {
  return makeRubric(
    [makeAspect('W.01', 40), makeAspect('W.02', 35), makeAspect('W.03', 25)],
    title,
  );
}

/** A published rubric file holding `content` under its real hash. */
export function fileWith(content: RubricContent): string {
  return rubricFileText(content, { contentHash: contentHash(content) });
}

/** The teaching-simulation template installed as is (published). */
export function microteachingPublished(backend: FakeBackend): RubricVersion {
  return backend.rubrics.handlers['rubric:fromTemplate']({
    templateId: 'simulasi-mengajar',
    mode: 'use',
  }) as RubricVersion;
}

/** The custom preset's plan (one interview component at 100 %) scored on `rubric`. */
export function planUsing(rubric: RubricVersion): ScoringPlan {
  const plan = presetPlan('custom');
  return {
    ...plan,
    components: plan.components.map((component) => ({
      ...component,
      source: {
        type: 'rubric',
        rubricVersionId: rubric.id,
        rubricHash: rubric.contentHash,
        minAssessors: 2,
      },
    })),
  };
}
