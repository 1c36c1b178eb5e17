import { describe, expect, it } from 'vitest';
import { createDemo } from '../../../../src/main/core/demo/create-demo';
import { gatherResultsInput } from '../../../../src/main/core/results/gather-input';
import { computeResults } from '../../../../src/shared/results/compute';
import { ResultsInput } from '../../../../src/shared/results/input';
import { RESOURCES_DIR } from '../../../helpers/resources';
import { tempStore } from '../../../helpers/temp-store';
import { FAST_KDF } from '../assessors/fixtures';

describe('gathering the results input from the store', () => {
  it('reads every sheet version, absence, external score and plan of the demo', async () => {
    const store = await tempStore();
    const { selection } = await createDemo(store, {
      seed: 1,
      resourcesDir: RESOURCES_DIR,
      kdf: FAST_KDF,
    });
    const input = gatherResultsInput(store.db, selection.id);
    // What the store holds is what crosses into the computation, and it is valid input.
    expect(() => ResultsInput.parse(input)).not.toThrow();
    const count = (sql: string) => store.db.prepare(sql).pluck().get() as number;
    expect(input.candidates).toHaveLength(count('SELECT count(*) FROM candidates'));
    expect(input.formasi).toHaveLength(count('SELECT count(*) FROM formasi_plans'));
    const sheets = input.candidates.flatMap((c) => c.sheets);
    expect(sheets).toHaveLength(count('SELECT count(*) FROM score_sheets'));
    expect(sheets.filter((s) => s.supersedes !== null).length).toBeGreaterThan(0);
    const withExternal = input.candidates.filter((c) => Object.keys(c.external).length > 0);
    expect(withExternal).toHaveLength(
      count('SELECT count(DISTINCT candidate_id) FROM external_scores'),
    );
    const absent = input.candidates.filter((c) => c.attendance === 'TH');
    expect(absent.length).toBeGreaterThan(0);
    for (const candidate of absent) expect(candidate.sheets).toEqual([]);

    const output = computeResults(input);
    const results = output.formasi.flatMap((f) => f.candidates);
    expect(results).toHaveLength(input.candidates.length);
    expect(results.filter((r) => r.rank !== null).length).toBeGreaterThan(0);
    expect(results.filter((r) => r.status === 'tidak_hadir')).toHaveLength(absent.length);
  });
});
