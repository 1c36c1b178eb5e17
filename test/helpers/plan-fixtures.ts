/** Scoring plans for tests that need a formasi scored on a rubric. */
import { presetPlan, rubricComponent } from '../../src/shared/plan/presets';
import type { RubricVersion } from '../../src/shared/rubric/rubric';

/** A daerah CPNS plan: SKB = SKB CAT (100 − weight) + a teaching simulation on `rubric`. */
export function daerahPlan(rubric: Pick<RubricVersion, 'id' | 'contentHash'> | null, weight = 40) {
  const plan = presetPlan('cpns-daerah-2024');
  plan.components[1]!.weight = 100 - weight;
  const simulasi = rubricComponent({
    key: 'simulasi',
    label: 'Simulasi Mengajar',
    category: 'simulasi_mengajar',
    part: 'skb',
    weight,
  });
  if (rubric && simulasi.source.type === 'rubric') {
    simulasi.source = {
      ...simulasi.source,
      rubricVersionId: rubric.id,
      rubricHash: rubric.contentHash,
    };
  }
  plan.components.push(simulasi);
  return plan;
}
