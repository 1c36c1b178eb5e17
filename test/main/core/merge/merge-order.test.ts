/**
 * Merge is a set union: any order, any grouping through intermediate levels, and any repetition
 * of the same bundles give byte-identical results JSON (DESIGN.md §5, issue 6).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ChainSigner } from '../../../../src/main/core/bundle/result-bundle';
import { mergeBundles } from '../../../../src/main/core/merge/merge';
import {
  buildResultsDocument,
  computeStoredResults,
  resultsJson,
} from '../../../../src/main/core/results/results-document';
import type { Store } from '../../../../src/main/core/store/open-store';
import {
  centralWithSetup,
  copiedStore,
  exportResults,
  keyedStore,
  officeFrom,
  pinOffice,
  scoreFormasi,
} from '../../../helpers/merge-fixtures';

interface Scenario {
  selectionId: string;
  /** Result bundles of offices A, B, C and of A's copied database (a fork). */
  bundles: string[];
  offices: Store[];
  reference: string;
  formasiIds: string[];
}

let scenario: Scenario;

/** A fresh receiving level that trusts every office (and, given, the levels below it). */
async function level(trusting: { store: Store }[]): Promise<{ store: Store; signer: ChainSigner }> {
  const receiver = await keyedStore('2024-12-01T00:00:00.000Z');
  for (const [i, other] of trusting.entries())
    pinOffice(receiver.store, other.store, `Tingkat ${i}`);
  return receiver;
}

function resultsOf(store: Store, selectionId: string): string {
  return resultsJson(buildResultsDocument(computeStoredResults(store.db, selectionId))).toString();
}

beforeAll(async () => {
  const central = await centralWithSetup(36);
  const a = await officeFrom(central.setupFile, central.store, 'Kecamatan Godong');
  const b = await officeFrom(central.setupFile, central.store, 'Kecamatan Toroh');
  const c = await officeFrom(central.setupFile, central.store, 'Kecamatan Wirosari');
  const copy = await copiedStore(a.store, '2024-11-13T00:00:00.000Z');
  scoreFormasi(a.store, central.setup, [0], 21);
  scoreFormasi(b.store, central.setup, [1], 22);
  scoreFormasi(c.store, central.setup, [2], 23);
  scoreFormasi(copy, central.setup, [3], 24);
  const bundles = [
    await exportResults(a.store, a.signer, 'godong'),
    await exportResults(b.store, b.signer, 'toroh'),
    await exportResults(c.store, c.signer, 'wirosari'),
    await exportResults(copy, a.signer, 'godong-salinan'),
  ];
  copy.close();
  const offices = [a.store, b.store, c.store];
  const reference = await level(offices.map((store) => ({ store })));
  await mergeBundles(reference.store, bundles, { signer: reference.signer });
  scenario = {
    selectionId: central.setup.selection.id,
    bundles,
    offices,
    reference: resultsOf(reference.store, central.setup.selection.id),
    formasiIds: central.setup.components.map((c) => c.formasiId),
  };
}, 120_000);

describe('merge order and grouping', () => {
  it('has a reference with the sheets of B and C and neither side of the fork of A', () => {
    const document = JSON.parse(scenario.reference) as {
      outputs: {
        formasi: {
          formasiId: string;
          candidates: { components: { countedSheetIds: string[] }[] }[];
        }[];
      };
    };
    const counted = new Map(
      document.outputs.formasi.map((f) => [
        f.formasiId,
        f.candidates.reduce(
          (n, c) => n + c.components.reduce((m, k) => m + k.countedSheetIds.length, 0),
          0,
        ),
      ]),
    );
    const [a, b, c, copy] = scenario.formasiIds.map((id) => counted.get(id));
    // A and A's copy forked: both held; B and C counted.
    expect(a).toBe(0);
    expect(b).toBeGreaterThan(0);
    expect(c).toBeGreaterThan(0);
    expect(copy).toBe(0);
  });

  it('gives byte-identical results JSON for every order and grouping, and twice changes nothing', async () => {
    // Each bundle gets a group (0: straight to the top; 1, 2: an intermediate level first).
    const plan = fc.record({
      order: fc.shuffledSubarray([0, 1, 2, 3], { minLength: 4, maxLength: 4 }),
      groups: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 4, maxLength: 4 }),
      again: fc.integer({ min: 0, max: 3 }),
    });
    await fc.assert(
      fc.asyncProperty(plan, async ({ order, groups, again }) => {
        const offices = scenario.offices.map((store) => ({ store }));
        const intermediates: { store: Store; signer: ChainSigner }[] = [];
        const top: string[] = [];
        for (const group of [1, 2]) {
          const members = order.filter((i) => groups[i] === group);
          if (members.length === 0) continue;
          const mid = await level(offices);
          await mergeBundles(
            mid.store,
            members.map((i) => scenario.bundles[i]!),
            {
              signer: mid.signer,
            },
          );
          top.push(await exportResults(mid.store, mid.signer, `tingkat-${group}`));
          intermediates.push(mid);
        }
        top.push(...order.filter((i) => groups[i] === 0).map((i) => scenario.bundles[i]!));
        const national = await level([...offices, ...intermediates]);
        await mergeBundles(national.store, top.reverse(), { signer: national.signer });
        expect(resultsOf(national.store, scenario.selectionId)).toBe(scenario.reference);

        const journal = national.store.db.prepare('SELECT count(*) FROM journal').pluck().get();
        const twice = await mergeBundles(national.store, [scenario.bundles[again]!], {
          signer: national.signer,
        });
        const sameOrHeld = ['alreadyMerged', 'merged'];
        expect(sameOrHeld).toContain(twice.report.bundles[0]!.outcome);
        expect(resultsOf(national.store, scenario.selectionId)).toBe(scenario.reference);
        if (twice.report.bundles[0]!.outcome === 'alreadyMerged') {
          expect(national.store.db.prepare('SELECT count(*) FROM journal').pluck().get()).toBe(
            journal,
          );
        }
      }),
      { numRuns: 12 },
    );
  }, 300_000);
});
