import { describe, expect, it } from 'vitest';
import { createDemo } from '../../../../src/main/core/demo/create-demo';
import {
  deleteFormasi,
  updateFormasi,
  createFormasi,
} from '../../../../src/main/core/formasi/commands';
import { appendEntry } from '../../../../src/main/core/journal/append';
import { rebuildState } from '../../../../src/main/core/journal/rebuild';
import { updateSelection } from '../../../../src/main/core/selections/commands';
import { stateSnapshot } from '../../../helpers/state-snapshot';
import { tempStore } from '../../../helpers/temp-store';

describe('rebuildState', () => {
  it('rebuilds exactly the live state of the demo selection from the journal alone', async () => {
    const store = await tempStore();
    const { selection } = await createDemo(store, { seed: 3 });
    // Exercise every kind of entry, including edits and a deletion.
    updateSelection(store, selection.id, { ...selection, location: 'Gedung BKPSDM, Purwodadi' });
    const extra = createFormasi(store, selection.id, {
      code: 'TMP-99',
      jabatan: 'Sementara',
      unit: 'U',
      pendidikan: 'S-1',
      quota: 1,
    });
    updateFormasi(store, extra.id, {
      code: 'TMP-98',
      jabatan: 'Sementara',
      unit: 'U',
      pendidikan: 'S-1',
      quota: 2,
    });
    deleteFormasi(store, extra.id);

    const live = stateSnapshot(store.db);
    expect(live.candidates?.length).toBeGreaterThan(50);
    const replayed = rebuildState(store.db);
    expect(replayed).toBe(store.db.prepare('SELECT count(*) FROM journal').pluck().get());
    expect(stateSnapshot(store.db)).toEqual(live);
  });

  it('removes state that no journal entry explains', async () => {
    const store = await tempStore();
    await createDemo(store, { seed: 4 });
    const live = stateSnapshot(store.db);
    store.db.exec(
      "INSERT INTO selections VALUES ('00000000-0000-4000-8000-000000000001', 'Siluman', 2024, 'CPNS', 'X', 'Y', 't', 't')",
    );
    rebuildState(store.db);
    expect(stateSnapshot(store.db)).toEqual(live);
  });

  it('leaves the state untouched when an entry cannot be applied', async () => {
    const store = await tempStore();
    await createDemo(store, { seed: 5 });
    const live = stateSnapshot(store.db);
    // A formasi that still has candidates cannot be deleted: its foreign keys refuse the replay.
    const formasiId = store.db
      .prepare('SELECT formasi_id FROM candidates LIMIT 1')
      .pluck()
      .get() as string;
    appendEntry(store.db, store.deviceId, new Date('2030-01-01T00:00:00Z'), 'formasi.deleted', {
      id: formasiId,
    });
    expect(() => rebuildState(store.db)).toThrow(/FOREIGN KEY/);
    expect(stateSnapshot(store.db)).toEqual(live);
  });
});
