import { describe, expect, it } from 'vitest';
import { importCandidates } from '../../../../src/main/core/candidates/import';
import {
  createFormasi,
  deleteFormasi,
  updateFormasi,
} from '../../../../src/main/core/formasi/commands';
import { listFormasi } from '../../../../src/main/core/formasi/queries';
import { createSelection } from '../../../../src/main/core/selections/commands';
import { isAppError } from '../../../../src/shared/errors';
import { demoCsv, demoSelection } from '../../../helpers/demo-fixtures';
import { tempStore } from '../../../helpers/temp-store';

const guru = {
  code: 'GKS-01',
  jabatan: 'Guru Kelas',
  unit: 'SD 1',
  pendidikan: 'S-1 PGSD',
  quota: 2,
};

function codeOf(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    return isAppError(error) ? error.code : 'not-an-app-error';
  }
}

async function withSelection() {
  const store = await tempStore();
  const selection = createSelection(store, {
    name: 'S',
    year: 2024,
    type: 'CPNS',
    instansi: 'I',
    location: 'L',
  });
  return { store, selectionId: selection.id };
}

describe('formasi commands', () => {
  it('creates, updates and lists formasi with their candidate counts', async () => {
    const { store, selectionId } = await withSelection();
    const created = createFormasi(store, selectionId, guru);
    expect(created).toMatchObject({ ...guru, selectionId, candidateCount: 0 });
    const updated = updateFormasi(store, created.id, { ...guru, quota: 5, unit: 'SD 2' });
    expect(updated).toMatchObject({ quota: 5, unit: 'SD 2' });
    expect(listFormasi(store.db, selectionId)).toEqual([updated]);
  });

  it('refuses a code already used in the selection, whatever its case and spacing', async () => {
    const { store, selectionId } = await withSelection();
    const first = createFormasi(store, selectionId, guru);
    expect(codeOf(() => createFormasi(store, selectionId, { ...guru, code: ' gks-01 ' }))).toBe(
      'formasi.duplicateCode',
    );
    const second = createFormasi(store, selectionId, { ...guru, code: 'ADM-02' });
    expect(codeOf(() => updateFormasi(store, second.id, { ...guru, code: 'gks-01' }))).toBe(
      'formasi.duplicateCode',
    );
    expect(codeOf(() => updateFormasi(store, first.id, { ...guru, code: 'GKS-01' }))).toBeNull();
  });

  it('deletes an empty formasi but refuses one with candidates', async () => {
    const store = await tempStore();
    const selectionId = demoSelection(store);
    await importCandidates(store, {
      selectionId,
      fileName: 'p.csv',
      bytes: new TextEncoder().encode(demoCsv(30)),
      mode: 'all-or-nothing',
    });
    const [withCandidates] = listFormasi(store.db, selectionId);
    expect(codeOf(() => deleteFormasi(store, withCandidates?.id as string))).toBe(
      'formasi.hasCandidates',
    );
    const empty = createFormasi(store, selectionId, { ...guru, code: 'KOSONG' });
    deleteFormasi(store, empty.id);
    expect(listFormasi(store.db, selectionId).map((f) => f.code)).not.toContain('KOSONG');
  });

  it('refuses a formasi for an unknown selection', async () => {
    const store = await tempStore();
    expect(codeOf(() => createFormasi(store, '00000000-0000-4000-8000-000000000000', guru))).toBe(
      'selection.notFound',
    );
  });
});
