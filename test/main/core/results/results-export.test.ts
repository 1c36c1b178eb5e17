import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createDemo } from '../../../../src/main/core/demo/create-demo';
import { gatherResultsInput } from '../../../../src/main/core/results/gather-input';
import { announcementTable } from '../../../../src/main/core/results/announcement-table';
import {
  buildResultsDocument,
  computeForExport,
  computeStoredResults,
  resultsJson,
} from '../../../../src/main/core/results/results-document';
import { csvField } from '../../../../src/main/core/results/results-csv';
import { exportResults } from '../../../../src/main/core/results/results-export';
import { getSelection } from '../../../../src/main/core/selections/queries';
import { canonicalJson } from '../../../../src/shared/canonical-json';
import { RESOURCES_DIR } from '../../../helpers/resources';
import { tempStore } from '../../../helpers/temp-store';
import { FAST_KDF } from '../assessors/fixtures';

async function demoStore() {
  const store = await tempStore();
  const { selection } = await createDemo(store, {
    seed: 1,
    resourcesDir: RESOURCES_DIR,
    kdf: FAST_KDF,
  });
  return { store, selectionId: selection.id };
}

describe('the results export', () => {
  it('gives byte-identical JSON for the same database, whatever order rows are read in', async () => {
    const { store, selectionId } = await demoStore();
    const first = await exportResults(store.db, selectionId, 'json', 'id');
    const second = await exportResults(store.db, selectionId, 'json', 'id');
    expect(first.bytes.equals(second.bytes)).toBe(true);
    const input = gatherResultsInput(store.db, selectionId);
    const shuffled = {
      ...input,
      formasi: [...input.formasi].reverse(),
      candidates: [...input.candidates]
        .reverse()
        .map((c) => ({ ...c, sheets: [...c.sheets].reverse() })),
    };
    const selection = getSelection(store.db, selectionId);
    const again = resultsJson(buildResultsDocument(computeForExport(selection, shuffled)));
    expect(again.equals(first.bytes)).toBe(true);
  });

  it('carries the SHA-256 of the canonical inputs, the versions and ranked outputs', async () => {
    const { store, selectionId } = await demoStore();
    const { bytes, inputsHash } = await exportResults(store.db, selectionId, 'json', 'id');
    const doc = JSON.parse(bytes.toString('utf8'));
    expect(bytes.toString('utf8')).toBe(canonicalJson(doc));
    const recomputed = createHash('sha256').update(canonicalJson(doc.inputs), 'utf8').digest('hex');
    expect(doc.inputsHash).toBe(recomputed);
    expect(inputsHash).toBe(recomputed);
    expect(doc.format).toBe('panitia.results-export.v1');
    expect(doc.algorithmVersion).toBe('panitia.results.v1');
    const codes = doc.inputs.formasi.map((f: { code: string }) => f.code);
    expect(codes).toEqual([...codes].sort());
    const ranked = doc.outputs.formasi[0].candidates.filter(
      (c: { rank: number | null }) => c.rank !== null,
    );
    expect(ranked.length).toBeGreaterThan(0);
    expect(ranked[0].final.display).toMatch(/^\d+\.\d{3}$/);
    expect(ranked[0].final.exact).toMatch(/^\d+\/\d+$/);
  });

  it('writes the CPNS announcement columns and escapes a formula-like name', async () => {
    const { store, selectionId } = await demoStore();
    const first = store.db
      .prepare('SELECT id FROM candidates ORDER BY nomor_peserta LIMIT 1')
      .pluck()
      .get() as string;
    store.db
      .prepare('UPDATE candidates SET nama = ? WHERE id = ?')
      .run('=HYPERLINK("http://x","y")', first);
    const table = announcementTable(store.db, computeStoredResults(store.db, selectionId), 'id');
    expect(table.headings.slice(0, 4)).toEqual(['No', 'Nomor Peserta', 'NIK', 'Nama']);
    expect(table.headings).toContain('Total SKD');
    expect(table.headings.slice(-3)).toEqual(['Nilai Integrasi', 'Peringkat', 'Keterangan']);
    const csv = (await exportResults(store.db, selectionId, 'csv', 'id')).bytes.toString('utf8');
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
    const xlsx = (await exportResults(store.db, selectionId, 'xlsx', 'id')).bytes;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(xlsx).buffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).getCell(4).value).toBe('Nama');
    const names: unknown[] = [];
    sheet.eachRow((row) => names.push(row.getCell(4).value));
    expect(names).toContain(`'=HYPERLINK("http://x","y")`);
    expect(names.length).toBe(table.rows.length + 1);
  });

  it('quotes and escapes CSV fields per RFC 4180 and the injection rule', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(csvField(`${start}1`).replace(/^"/, '')).toMatch(/^'/);
    }
    expect(csvField('Budi')).toBe('Budi');
    expect(csvField(72)).toBe('72');
    expect(csvField(null)).toBe('');
  });
});
