import { describe, expect, it } from 'vitest';
import { createSelection, updateSelection } from '../../../../src/main/core/selections/commands';
import { getSelection, listSelections } from '../../../../src/main/core/selections/queries';
import { tempStore } from '../../../helpers/temp-store';

const fields = {
  name: 'Seleksi PPPK Guru',
  year: 2024,
  type: 'PPPK' as const,
  instansi: 'Pemkab',
  location: 'Purwodadi',
};

describe('selection commands', () => {
  it('creates a selection stamped with the journal time and edits it', async () => {
    const store = await tempStore();
    const created = createSelection(store, fields);
    expect(created).toMatchObject({ ...fields, formasiCount: 0, candidateCount: 0 });
    expect(created.createdAt).toBe(
      store.db.prepare('SELECT ts FROM journal WHERE seq = 1').pluck().get(),
    );
    const updated = updateSelection(store, created.id, { ...fields, year: 2025 });
    expect(updated.year).toBe(2025);
    expect(updated.updatedAt > created.updatedAt).toBe(true);
    expect(getSelection(store.db, created.id)).toEqual(updated);
  });

  it('lists the newest year first', async () => {
    const store = await tempStore();
    createSelection(store, { ...fields, year: 2023, name: 'Lama' });
    createSelection(store, { ...fields, year: 2025, name: 'Baru' });
    expect(listSelections(store.db).map((s) => s.name)).toEqual(['Baru', 'Lama']);
  });
});
