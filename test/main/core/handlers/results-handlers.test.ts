import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../src/main/core/contract/dispatch';
import { createDemo } from '../../../../src/main/core/demo/create-demo';
import { exportResults } from '../../../../src/main/core/results/results-export';
import type { Output } from '../../../../src/shared/contract/contract';
import { asyncAppErrorOf } from '../../../helpers/app-error';
import { handlersOver } from '../../../helpers/handlers';
import { RESOURCES_DIR } from '../../../helpers/resources';
import { tempStore } from '../../../helpers/temp-store';
import { FAST_KDF } from '../assessors/fixtures';

async function demoHandlers() {
  const store = await tempStore();
  const { selection } = await createDemo(store, {
    seed: 1,
    resourcesDir: RESOURCES_DIR,
    kdf: FAST_KDF,
  });
  const handlers = handlersOver(store);
  return { store, handlers, selectionId: selection.id };
}

describe('results channels through dispatch', () => {
  it('computes the ranking of every planned formasi with names and calibration', async () => {
    const { store, handlers, selectionId } = await demoHandlers();
    const view = (await dispatch(handlers, 'results:compute', {
      selectionId,
    })) as Output<'results:compute'>;
    const formasi = store.db.prepare('SELECT count(*) FROM formasi_plans').pluck().get();
    expect(view.formasi).toHaveLength(formasi as number);
    expect(view.formasi.every((f) => f.jabatan !== undefined)).toBe(true);
    const ranked = view.formasi.flatMap((f) => f.candidates).filter((c) => c.rank !== null);
    expect(ranked.length).toBeGreaterThan(0);
    expect(view.calibration.every((r) => r.assessorNama !== null)).toBe(true);
  });

  it('exports the same bytes as the CLI, and refuses an unknown format', async () => {
    const { store, handlers, selectionId } = await demoHandlers();
    const out = (await dispatch(handlers, 'results:export', {
      selectionId,
      format: 'csv',
    })) as Output<'results:export'>;
    // CSV, not XLSX: the zip inside an XLSX stamps each entry with the time it was written.
    const direct = await exportResults(store.db, selectionId, 'csv', 'id');
    expect(Buffer.from(out.contentBase64, 'base64').equals(direct.bytes)).toBe(true);
    expect(out.fileName).toBe(direct.fileName);
    const error = await asyncAppErrorOf(() =>
      dispatch(handlers, 'results:export', { selectionId, format: 'pdf' }),
    );
    expect(error.code).toBe('request.invalid');
  });
});
