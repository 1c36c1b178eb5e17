import { describe, expect, it } from 'vitest';
import { importCandidates } from '../../../../src/main/core/candidates/import';
import { getCandidate, searchCandidates } from '../../../../src/main/core/candidates/queries';
import { listFormasi } from '../../../../src/main/core/formasi/queries';
import { isAppError } from '../../../../src/shared/errors';
import { demoCsv, demoSelection } from '../../../helpers/demo-fixtures';
import { tempStore } from '../../../helpers/temp-store';

async function populated(rows = 300) {
  const store = await tempStore();
  const selectionId = demoSelection(store);
  await importCandidates(store, {
    selectionId,
    fileName: 'p.csv',
    bytes: new TextEncoder().encode(demoCsv(rows)),
    mode: 'all-or-nothing',
  });
  const search = (input: Partial<Parameters<typeof searchCandidates>[1]>) =>
    searchCandidates(store.db, {
      selectionId,
      query: '',
      formasiId: null,
      jenisKelamin: null,
      sort: 'nama',
      offset: 0,
      limit: 100,
      ...input,
    });
  return { store, selectionId, search };
}

describe('searchCandidates', () => {
  it('pages through all candidates in name order with the total', async () => {
    const { search } = await populated();
    const first = search({ limit: 100 });
    const rest = [search({ offset: 100, limit: 100 }), search({ offset: 200, limit: 100 })];
    expect(first.total).toBe(300);
    const names = [first, ...rest].flatMap((page) => page.rows.map((row) => row.nama));
    expect(names).toHaveLength(300);
    expect(names).toEqual(
      [...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase(), 'en')),
    );
  });

  it('matches every word, in any case, against name, nomor peserta and NIK', async () => {
    const { search } = await populated();
    const someone = search({ limit: 1, offset: 17 }).rows[0];
    if (!someone) throw new Error('no candidate');
    const [given, family] = someone.nama.split(' ');
    const byWords = search({
      query: `${family?.toUpperCase()} ${given?.toLowerCase()}`,
      limit: 500,
    });
    expect(byWords.rows.map((row) => row.id)).toContain(someone.id);
    expect(
      byWords.rows.every(
        (row) => row.nama.includes(given as string) && row.nama.includes(family as string),
      ),
    ).toBe(true);
    expect(search({ query: someone.nik }).rows.map((row) => row.id)).toEqual([someone.id]);
    expect(search({ query: someone.nomorPeserta }).rows.map((row) => row.id)).toEqual([someone.id]);
  });

  it('treats % and _ literally and ignores diacritics', async () => {
    const { search } = await populated();
    expect(search({ query: '%' }).total).toBe(0);
    expect(search({ query: '_' }).total).toBe(0);
    const plain = search({ query: 'siti' }).total;
    expect(plain).toBeGreaterThan(0);
    expect(search({ query: 'Sitì' }).total).toBe(plain);
  });

  it('filters by formasi and gender, and sorts by SKD total', async () => {
    const { store, selectionId, search } = await populated();
    const formasi = listFormasi(store.db, selectionId)[0];
    const inFormasi = search({ formasiId: formasi?.id ?? null, limit: 500 });
    expect(inFormasi.total).toBe(formasi?.candidateCount);
    expect(inFormasi.rows.every((row) => row.formasiCode === formasi?.code)).toBe(true);
    const women = search({ jenisKelamin: 'P', limit: 500 });
    expect(women.rows.every((row) => row.jenisKelamin === 'P')).toBe(true);
    const bySkd = search({ sort: 'skdTotal', limit: 500 }).rows.map(
      (row) => row.skdTotal as number,
    );
    expect(bySkd).toEqual([...bySkd].sort((a, b) => b - a));
  });
});

describe('getCandidate', () => {
  it('returns every field with the SKD scores grouped', async () => {
    const { store, search } = await populated(20);
    const row = search({ limit: 1 }).rows[0];
    const candidate = getCandidate(store.db, row?.id as string);
    expect(candidate).toMatchObject({ id: row?.id, nik: row?.nik, formasiCode: row?.formasiCode });
    expect(candidate.skd).toEqual({
      twk: expect.any(Number),
      tiu: expect.any(Number),
      tkp: expect.any(Number),
    });
    expect(candidate.skdTotal).toBe(
      (candidate.skd?.twk ?? 0) + (candidate.skd?.tiu ?? 0) + (candidate.skd?.tkp ?? 0),
    );
  });

  it('throws candidate.notFound for an unknown id', async () => {
    const { store } = await populated(5);
    let error: unknown;
    try {
      getCandidate(store.db, '00000000-0000-4000-8000-000000000000');
    } catch (caught) {
      error = caught;
    }
    expect(isAppError(error) && error.code).toBe('candidate.notFound');
  });
});
