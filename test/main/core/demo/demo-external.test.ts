import { describe, expect, it } from 'vitest';
import { createDemo } from '../../../../src/main/core/demo/create-demo';
import {
  demoExternalCsv,
  importDemoExternalScores,
} from '../../../../src/main/core/demo/demo-external';
import { seededRandom } from '../../../../src/main/core/demo/random';
import { externalScoresOf } from '../../../../src/main/core/external/queries';
import { RESOURCES_DIR } from '../../../helpers/resources';
import { tempStore } from '../../../helpers/temp-store';
import { FAST_KDF } from '../assessors/fixtures';
import { externalFixture } from '../external/fixtures';

/** SKB CAT scores of a demo by nomor peserta. */
async function demoSkbCat(seed: number) {
  const store = await tempStore();
  const { selection, external } = await createDemo(store, {
    seed,
    resourcesDir: RESOURCES_DIR,
    kdf: FAST_KDF,
  });
  const scores = Object.values(externalScoresOf(store.db, selection.id));
  const candidates = store.db.prepare('SELECT count(*) FROM candidates').pluck().get() as number;
  return { external, candidates, scores };
}

describe('the demo external scores', () => {
  it('gives every demo candidate an SKB CAT score of 200–450 out of 500, the same for a seed', async () => {
    const first = await demoSkbCat(1);
    expect(first.external).toMatchObject({ problems: [], importedRows: first.candidates });
    expect(first.scores).toHaveLength(first.candidates);
    const values = first.scores.map((byComponent) => {
      expect(Object.keys(byComponent)).toEqual(['skb_cat']);
      return byComponent.skb_cat!.score!;
    });
    for (const value of values) {
      expect(value).toBeGreaterThanOrEqual(200);
      expect(value).toBeLessThanOrEqual(450);
      expect(value % 5).toBe(0);
    }
    // Spread out, not one value for everyone.
    expect(new Set(values).size).toBeGreaterThan(values.length / 4);
    const again = await demoSkbCat(1);
    const byNomor = (run: typeof first) =>
      run.scores.map((s) => [s.skb_cat!.nomorPeserta, s.skb_cat!.score]).sort();
    expect(byNomor(again)).toEqual(byNomor(first));
    expect(byNomor(await demoSkbCat(2))).not.toEqual(byNomor(first));
  });

  it('draws CAT PPPK sub-scores in their ranges and MS/TMS for a gate', async () => {
    const { store, selectionId, of } = await externalFixture();
    const text = demoExternalCsv(store.db, selectionId, seededRandom(9))!;
    expect(text.split('\r\n')[0]).toBe(
      'nomor_peserta,komponen,nilai,teknis,manajerial_sk,wawancara,hasil',
    );
    const report = await importDemoExternalScores(store, selectionId, 9, seededRandom(9));
    expect(report!.problems).toEqual([]);
    const scores = externalScoresOf(store.db, selectionId);
    const pppk = of('PRW-06');
    expect(pppk.length).toBeGreaterThan(3);
    for (const candidate of pppk) {
      const cat = scores[candidate.id]!.cat_pppk!;
      expect(cat.teknis).toBeGreaterThanOrEqual(200);
      expect(cat.teknis).toBeLessThanOrEqual(440);
      expect(cat.manajerialSk).toBeGreaterThanOrEqual(100);
      expect(cat.manajerialSk).toBeLessThanOrEqual(178);
      expect(cat.wawancara).toBeGreaterThanOrEqual(18);
      expect(cat.wawancara).toBeLessThanOrEqual(40);
      expect(cat.score).toBe(cat.teknis! + cat.manajerialSk! + cat.wawancara!);
      expect(['MS', 'TMS']).toContain(scores[candidate.id]!.psikotes!.msTms);
    }
    // Formasi without a plan get nothing.
    for (const candidate of of('AKB-05')) expect(scores[candidate.id]).toBeUndefined();
  });
});
