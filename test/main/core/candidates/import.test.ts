import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../../../src/shared/errors';
import { importCandidates, type ImportStage } from '../../../../src/main/core/candidates/import';
import { verifyJournal } from '../../../../src/main/core/journal/verify';
import { demoCsv, demoSelection } from '../../../helpers/demo-fixtures';
import { tempStore } from '../../../helpers/temp-store';

const encode = (text: string) => new TextEncoder().encode(text);

/** A demo file of `count` rows whose row `badIndex` (1-based, after the heading) has a short NIK. */
function fileWithBadRow(count: number, badIndex: number): Uint8Array {
  const lines = demoCsv(count).trimEnd().split('\r\n');
  lines[badIndex] = (lines[badIndex] as string).replace(/,(3315\d{12}),/, ',3315,');
  return encode(lines.join('\r\n'));
}

async function setup() {
  const store = await tempStore();
  const selectionId = demoSelection(store);
  const count = (sql: string) => store.db.prepare(sql).pluck().get() as number;
  return { store, selectionId, count };
}

async function rejection(promise: Promise<unknown>) {
  return promise.then(
    () => null,
    (error: unknown) => error,
  );
}

describe('importCandidates', () => {
  it('writes every row as one journal entry, after a backup, reporting its stages', async () => {
    const { store, selectionId, count } = await setup();
    const stages: ImportStage[] = [];
    const entriesBefore = count('SELECT count(*) FROM journal');
    const report = await importCandidates(
      store,
      { selectionId, fileName: 'peserta.csv', bytes: encode(demoCsv(40)), mode: 'all-or-nothing' },
      (stage) => stages.push(stage),
    );
    expect(report).toMatchObject({
      totalRows: 40,
      validRows: 40,
      importedRows: 40,
      invalidRows: [],
    });
    expect(stages).toEqual(['checking', 'backing-up', 'writing', 'done']);
    expect(count('SELECT count(*) FROM candidates')).toBe(40);
    expect(count('SELECT count(*) FROM journal')).toBe(entriesBefore + 1);
    expect(
      store.db.prepare('SELECT kind FROM journal ORDER BY seq DESC LIMIT 1').pluck().get(),
    ).toBe('candidates.imported');
    expect(readdirSync(store.backupDir).some((name) => name.includes('before-import'))).toBe(true);
    expect(verifyJournal(store.db).ok).toBe(true);
  });

  it('imports nothing from a file with an invalid row and reports every invalid row', async () => {
    const { store, selectionId, count } = await setup();
    const entriesBefore = count('SELECT count(*) FROM journal');
    const error = await rejection(
      importCandidates(store, {
        selectionId,
        fileName: 'p.csv',
        bytes: fileWithBadRow(10, 4),
        mode: 'all-or-nothing',
      }),
    );
    expect(isAppError(error) && error.code).toBe('import.invalidRows');
    expect(isAppError(error) && error.params).toEqual({ invalid: 1, total: 10 });
    const details = isAppError(error)
      ? (error.details as { invalidRows: Array<{ line: number }> })
      : null;
    expect(details?.invalidRows.map((row) => row.line)).toEqual([5]);
    expect(count('SELECT count(*) FROM candidates')).toBe(0);
    expect(count('SELECT count(*) FROM journal')).toBe(entriesBefore);
  });

  it('imports only the valid rows when asked, recording how many were skipped', async () => {
    const { store, selectionId, count } = await setup();
    const report = await importCandidates(store, {
      selectionId,
      fileName: 'p.csv',
      bytes: fileWithBadRow(10, 4),
      mode: 'skip-invalid',
    });
    expect(report).toMatchObject({ importedRows: 9, validRows: 9 });
    expect(count('SELECT count(*) FROM candidates')).toBe(9);
    expect(count('SELECT skipped_rows FROM candidate_imports')).toBe(1);
  });

  it('only checks in check mode', async () => {
    const { store, selectionId, count } = await setup();
    const report = await importCandidates(store, {
      selectionId,
      fileName: 'p.csv',
      bytes: encode(demoCsv(10)),
      mode: 'check',
    });
    expect(report).toMatchObject({ validRows: 10, importedRows: 0, importId: null });
    expect(count('SELECT count(*) FROM candidates')).toBe(0);
  });

  it('refuses candidates already in the selection on a second import', async () => {
    const { store, selectionId } = await setup();
    const bytes = encode(demoCsv(10));
    await importCandidates(store, {
      selectionId,
      fileName: 'p.csv',
      bytes,
      mode: 'all-or-nothing',
    });
    const report = await importCandidates(store, {
      selectionId,
      fileName: 'p.csv',
      bytes,
      mode: 'check',
    });
    expect(report.invalidRows).toHaveLength(10);
    expect(report.invalidRows[0]?.problems.map((p) => p.code)).toEqual(
      expect.arrayContaining(['duplicate.inSelection']),
    );
  });

  it('refuses to import a file that differs from the one that was checked', async () => {
    const { store, selectionId, count } = await setup();
    const checked = await importCandidates(store, {
      selectionId,
      fileName: 'p.csv',
      bytes: encode(demoCsv(10)),
      mode: 'check',
    });
    const error = await rejection(
      importCandidates(store, {
        selectionId,
        fileName: 'p.csv',
        bytes: encode(demoCsv(11)),
        mode: 'all-or-nothing',
        expectedSha256: checked.fileSha256,
      }),
    );
    expect(isAppError(error) && error.code).toBe('import.fileChanged');
    expect(count('SELECT count(*) FROM candidates')).toBe(0);
  });

  it('refuses an unknown selection', async () => {
    const { store } = await setup();
    const error = await rejection(
      importCandidates(store, {
        selectionId: '00000000-0000-4000-8000-000000000000',
        fileName: 'p.csv',
        bytes: encode(demoCsv(3)),
        mode: 'check',
      }),
    );
    expect(isAppError(error) && error.code).toBe('selection.notFound');
  });
});
