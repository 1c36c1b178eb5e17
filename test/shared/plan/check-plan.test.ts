import { describe, expect, it } from 'vitest';
import { checkPlan, type RubricRef } from '../../../src/shared/plan/check-plan';
import type { ScoringPlan } from '../../../src/shared/plan/plan';
import { presetPlan, rubricComponent } from '../../../src/shared/plan/presets';

const RUBRIC = '1d7b3c0e-2f4a-4b6c-8d9e-0a1b2c3d4e5f';
const HASH = 'b'.repeat(64);
const rubrics = new Map<string, RubricRef>([[RUBRIC, { status: 'published', contentHash: HASH }]]);

function withRubric(plan: ScoringPlan): ScoringPlan {
  for (const component of plan.components) {
    if (component.source.type === 'rubric') {
      component.source = { ...component.source, rubricVersionId: RUBRIC, rubricHash: HASH };
    }
  }
  return plan;
}

/** A CPNS plan whose SKB is SKB CAT plus one in-person component. */
function cpnsWith(
  preset: 'cpns-pusat-2024' | 'cpns-daerah-2024',
  category: 'wawancara' | 'simulasi_mengajar',
  weight: number,
): ScoringPlan {
  const plan = presetPlan(preset);
  plan.components[1]!.weight = 100 - weight;
  plan.components.push(
    rubricComponent({ key: 'tambahan', label: 'Tambahan', category, part: 'skb', weight }),
  );
  return withRubric(plan);
}

const codes = (problems: { code: string }[]) => problems.map((p) => p.code);

describe('checkPlan', () => {
  it('finds nothing wrong with any preset once its rubrics are chosen', () => {
    for (const preset of [
      'cpns-pusat-2024',
      'cpns-daerah-2024',
      'pppk-2024',
      'pppk-sktt',
      'custom',
    ] as const) {
      expect(checkPlan(withRubric(presetPlan(preset)), rubrics)).toEqual({
        errors: [],
        warnings: [],
      });
    }
  });

  it('blocks a rubric component until a published rubric is chosen', () => {
    const plan = presetPlan('pppk-sktt');
    expect(codes(checkPlan(plan, rubrics).errors)).toEqual([
      'componentNeedsRubric',
      'componentNeedsRubric',
    ]);
    const draft = new Map<string, RubricRef>([[RUBRIC, { status: 'draft', contentHash: HASH }]]);
    expect(checkPlan(withRubric(plan), draft).errors).toContainEqual({
      code: 'rubricNotPublished',
      params: { label: 'Wawancara', status: 'draft' },
    });
    const changed = new Map<string, RubricRef>([
      [RUBRIC, { status: 'published', contentHash: 'c'.repeat(64) }],
    ]);
    expect(codes(checkPlan(withRubric(plan), changed).errors)).toContain('rubricHashMismatch');
    expect(codes(checkPlan(withRubric(plan), new Map()).errors)).toContain('rubricNotFound');
  });

  it('blocks weights that do not add up, per part and overall', () => {
    const plan = cpnsWith('cpns-pusat-2024', 'wawancara', 10);
    plan.parts[0]!.weight = 45;
    plan.components[1]!.weight = 85;
    expect(checkPlan(plan, rubrics).errors).toEqual([
      { code: 'partWeightsDoNotSum', params: { total: 105 } },
      { code: 'componentWeightsDoNotSum', params: { part: 'SKB', total: 95 } },
    ]);
  });

  it('blocks duplicate keys, unknown parts, empty parts, weighted gates and dangling tie-breaks', () => {
    const plan = withRubric(presetPlan('custom'));
    plan.parts.push({ key: 'kosong', label: 'Kosong', weight: 0 });
    plan.components.push(
      { ...plan.components[0]!, part: 'hilang' },
      {
        key: 'psikotes',
        label: 'Psikotes',
        category: 'psikotes',
        part: 'akhir',
        weight: 10,
        source: { type: 'external_ms_tms' },
        threshold: null,
      },
    );
    plan.tieBreak = ['component:tidak_ada', 'oldest', 'oldest'];
    expect(codes(checkPlan(plan, rubrics).errors)).toEqual([
      'duplicateComponentKey',
      'unknownPart',
      'gateHasWeight',
      'emptyPart',
      'duplicateTieBreak',
      'unknownTieBreakComponent',
    ]);
  });

  it('warns, naming the rule, when an instansi pusat interview exceeds 10 % of SKB', () => {
    expect(checkPlan(cpnsWith('cpns-pusat-2024', 'wawancara', 10), rubrics).warnings).toEqual([]);
    const check = checkPlan(cpnsWith('cpns-pusat-2024', 'wawancara', 20), rubrics);
    expect(check.errors).toEqual([]);
    expect(check.warnings).toEqual([
      { code: 'pusatWawancaraCap', params: { label: 'Tambahan', weight: 20 } },
    ]);
  });

  it('warns when instansi pusat SKB tambahan exceed 50 % or 3 kinds', () => {
    const plan = cpnsWith('cpns-pusat-2024', 'simulasi_mengajar', 55);
    expect(codes(checkPlan(plan, rubrics).warnings)).toEqual(['pusatTambahanCap']);
    plan.components[1]!.weight = 60;
    plan.components[2]!.weight = 10;
    for (const key of ['a', 'b', 'c']) {
      plan.components.push({ ...plan.components[2]!, key, weight: 10 });
    }
    expect(codes(checkPlan(plan, rubrics).warnings)).toEqual(['pusatTambahanCount']);
  });

  it('warns on an instansi daerah interview, more than 40 % or more than one SKB tambahan', () => {
    expect(
      checkPlan(cpnsWith('cpns-daerah-2024', 'simulasi_mengajar', 40), rubrics).warnings,
    ).toEqual([]);
    expect(
      codes(checkPlan(cpnsWith('cpns-daerah-2024', 'wawancara', 40), rubrics).warnings),
    ).toEqual(['daerahNoWawancara']);
    const plan = cpnsWith('cpns-daerah-2024', 'simulasi_mengajar', 50);
    plan.components[2]!.weight = 25;
    plan.components.push({ ...plan.components[2]!, key: 'kedua' });
    expect(codes(checkPlan(plan, rubrics).warnings)).toEqual([
      'daerahTambahanCap',
      'daerahTambahanCount',
    ]);
  });

  it('warns when the CPNS integration or the tie-break order departs from the rules', () => {
    const plan = cpnsWith('cpns-daerah-2024', 'simulasi_mengajar', 40);
    plan.parts[0]!.weight = 50;
    plan.parts[1]!.weight = 50;
    plan.tieBreak = ['oldest', 'skd_total'];
    expect(checkPlan(plan, rubrics)).toEqual({
      errors: [],
      warnings: [
        { code: 'cpnsIntegrationWeights', params: { skd: 50, skb: 50 } },
        { code: 'cpnsTieBreakOrder', params: {} },
      ],
    });
    const pppk = presetPlan('pppk-2024');
    pppk.tieBreak = ['oldest'];
    expect(codes(checkPlan(pppk, rubrics).warnings)).toEqual(['pppkTieBreakOrder']);
  });

  it('never warns on a custom plan', () => {
    const plan = withRubric(presetPlan('custom'));
    plan.tieBreak = [];
    expect(checkPlan(plan, rubrics).warnings).toEqual([]);
  });
});
