import { describe, expect, it } from 'vitest';
import { createDemo } from '../../../../src/main/core/demo/create-demo';
import { DEMO_TIE_FORMASI, storedDisagreement } from '../../../../src/main/core/demo/demo-ties';
import { gatherResultsInput } from '../../../../src/main/core/results/gather-input';
import { computeResults } from '../../../../src/shared/results/compute';
import { exactText, roundForDisplay } from '../../../../src/shared/results/round';
import { RESOURCES_DIR } from '../../../helpers/resources';
import { tempStore } from '../../../helpers/temp-store';
import { FAST_KDF } from '../assessors/fixtures';

async function demoResults(seed: number) {
  const store = await tempStore();
  const { selection } = await createDemo(store, {
    seed,
    resourcesDir: RESOURCES_DIR,
    kdf: FAST_KDF,
  });
  return {
    store,
    selectionId: selection.id,
    output: computeResults(gatherResultsInput(store.db, selection.id)),
  };
}

describe('the demo’s results cases', () => {
  // Two seeds: the cases are built, not drawn, so any seed has them.
  it.each([1, 7])(
    'has an exact tie decided at every decisive link, and one left tied (seed %i)',
    async (seed) => {
      const { output } = await demoResults(seed);
      const formasi = output.formasi.find((f) => f.code === DEMO_TIE_FORMASI)!;
      const ranked = formasi.candidates.filter((c) => c.rank !== null);
      const byFinal = new Map<string, typeof ranked>();
      for (const c of ranked) {
        const key = exactText(c.final!);
        byFinal.set(key, [...(byFinal.get(key) ?? []), c]);
      }
      const pairs = [...byFinal.values()].filter((group) => group.length === 2);
      const decided = pairs.map((pair) => pair[0]!.decidedBy ?? 'shared').sort();
      expect(decided).toEqual([
        'ipk_ijazah',
        'oldest',
        'shared',
        'skd_tiu',
        'skd_tkp',
        'skd_total',
      ]);
      for (const pair of pairs) {
        const [a, b] = pair;
        if (a!.decidedBy === null) {
          expect([a!.tied, b!.tied, a!.rank === b!.rank]).toEqual([true, true, true]);
          expect(a!.flags).toContain('tie');
        } else {
          expect(b!.decidedBy).toBe(a!.decidedBy);
          expect(b!.rank).toBe(a!.rank! + 1);
        }
      }
    },
  );

  it('has one candidate whose assessors are far more than the threshold apart', async () => {
    const { store, selectionId, output } = await demoResults(1);
    const id = storedDisagreement(store.db, selectionId);
    const candidate = output.formasi
      .flatMap((f) => f.candidates)
      .find((c) => c.candidate.id === id)!;
    expect(candidate.flags).toContain('disagreement');
    const spread = candidate.components.find((k) => k.spread !== null)!.spread!;
    expect(Number(roundForDisplay(spread))).toBeGreaterThan(40);
  });
});
