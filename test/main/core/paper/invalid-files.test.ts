import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { declareConflict } from '../../../../src/main/core/assessors/commands';
import { recordAttendance } from '../../../../src/main/core/attendance/commands';
import { checkPaper, importPaper } from '../../../../src/main/core/paper/import-paper';
import { asyncAppErrorOf } from '../../../helpers/app-error';
import { enrol, journalLength, PIN } from '../assessors/fixtures';
import { COMPONENT } from '../sessions/fixtures';
import { paperCsv, paperDay, paperFile, sheetCount, type PaperLine } from './fixtures';
import type { PaperReport } from '../../../../src/shared/domain/paper-report';

/** The problems of a report as [side, line, column, code], in report order. */
const problemsOf = (report: PaperReport) =>
  report.problems.map((p) => [p.side, p.line, p.column, p.code]);

describe('invalid paper files', () => {
  it('lists every problem with file, row and column, and imports nothing', async () => {
    const day = await paperDay();
    const { store, lines, pinB, selectionId, formasiCandidates } = day;
    const outsider = enrol(store, selectionId, 'penguji', '640913', 'Bukan Panel');
    const bad: PaperLine[] = lines.map((line) => ({ ...line }));
    bad[0]!.nomor_peserta = '99999999999999'; // unknown candidate
    bad[1]!.A = '7'; // not on the 1–5 scale
    bad[2]!.B = ''; // missing level
    bad[3]!.nip_penguji = 'tidak-ada'; // unknown assessor
    bad[4]!.nip_penguji = outsider.id; // not on the panel
    bad[5]!.komponen = 'psikotes'; // no such component
    const notScheduled = { ...lines[0]!, nomor_peserta: nomorOf(formasiCandidates[3]!) };
    // Typed twice: the second copy is well-formed, but which of the two is right cannot be known.
    const duplicate = { ...lines[1]! };
    const textA = paperCsv([...bad, notScheduled, duplicate]);
    const request = day.request(paperFile('a.csv', textA), paperFile('b.csv', paperCsv(lines)));
    const before = journalLength(store);

    const error = await asyncAppErrorOf(() => importPaper(store, { ...request, pin: pinB }));
    expect(error.code).toBe('paper.invalidRows');
    const report = error.details as PaperReport;
    expect(problemsOf(report)).toEqual([
      ['A', 2, 'nomor_peserta', 'paper.unknownCandidate'],
      ['A', 3, 'A', 'paper.levelInvalid'],
      ['A', 3, null, 'paper.duplicateRowFirst'],
      ['A', 4, 'B', 'paper.levelMissing'],
      ['A', 5, 'nip_penguji', 'paper.unknownAssessor'],
      ['A', 6, 'nip_penguji', 'paper.notOnPanel'],
      ['A', 7, 'komponen', 'paper.unknownComponent'],
      ['A', 8, 'nomor_peserta', 'paper.notScheduled'],
      ['A', 9, null, 'paper.duplicateRow'],
    ]);
    expect(report.problems[1]!.params).toEqual({ aspect: 'A', value: '7', min: 1, max: 5 });
    expect(report.problems[8]!.params).toEqual({ line: 3 });
    expect(error.params).toEqual({ count: 9 });
    expect(sheetCount(store)).toBe(0);
    expect(journalLength(store)).toBe(before);

    function nomorOf(candidateId: string) {
      return store.db
        .prepare('SELECT nomor_peserta FROM candidates WHERE id = ?')
        .pluck()
        .get(candidateId) as string;
    }
  });

  it('refuses an absent candidate and a conflicted assessor', async () => {
    const day = await paperDay();
    const { store, lines, pinB, session, scheduled, penguji } = day;
    recordAttendance(store, session.id, scheduled[2]!, {
      status: 'tidak_hadir',
      identityChecked: false,
      document: null,
    });
    declareConflict(store, penguji.id, PIN.penguji, scheduled[1]!, 'keluarga', 'Sepupu');
    const request = day.request(
      paperFile('a.csv', paperCsv(lines)),
      paperFile('b.csv', paperCsv(lines, undefined, ';')),
    );
    const report = await checkPaper(store, request);
    const a = report.problems.filter((p) => p.side === 'A');
    expect(a.map((p) => [p.line, p.column, p.code])).toEqual([
      [4, 'nip_penguji', 'paper.conflicted'],
      [6, 'nomor_peserta', 'paper.absent'],
      [7, 'nomor_peserta', 'paper.absent'],
    ]);
    expect(a[1]!.params).toMatchObject({ nomor: lines[4]!.nomor_peserta });
    expect(report.problems.filter((p) => p.side === 'B')).toHaveLength(3);
    expect(report.matched.filter((m) => m.status === 'tidakValid')).toHaveLength(3);
    const error = await asyncAppErrorOf(() => importPaper(store, { ...request, pin: pinB }));
    expect(error.code).toBe('paper.invalidRows');
    expect(sheetCount(store)).toBe(0);
  });

  it('reports a file without the key columns and an unreadable file for that file', async () => {
    const day = await paperDay();
    const { store, lines } = day;
    const noKeys = paperCsv(lines, ['nomor_peserta', 'A', 'B']);
    const report = await checkPaper(
      store,
      day.request(paperFile('a.csv', noKeys), paperFile('b.ods', 'not a spreadsheet')),
    );
    expect(problemsOf(report)).toEqual([
      ['A', null, null, 'paper.missingColumns'],
      ['B', null, null, 'import.unsupportedFormat'],
    ]);
    expect(report.problems[0]!.params).toEqual({ columns: 'komponen, nip_penguji' });
  });

  it('reads an XLSX workbook with a title row against a semicolon CSV', async () => {
    const day = await paperDay();
    const { store, lines, pinB } = day;
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Lembar');
    sheet.addRow(['REKAP LEMBAR PENILAIAN WAWANCARA']);
    sheet.addRow([
      'No',
      'Nomor Peserta',
      'Komponen',
      'NIP Penguji',
      'A',
      'B',
      'Catatan A',
      'Catatan',
    ]);
    lines.forEach((line, i) =>
      sheet.addRow([
        i + 1,
        line.nomor_peserta,
        line.komponen,
        line.nip_penguji,
        Number(line.A),
        Number(line.B),
        line.catatan_A,
        line.catatan,
      ]),
    );
    const xlsx = new Uint8Array(await book.xlsx.writeBuffer());
    const report = await importPaper(store, {
      ...day.request(
        { fileName: 'operator-a.xlsx', bytes: xlsx },
        paperFile('operator-b.csv', paperCsv(lines, undefined, ';')),
      ),
      pin: pinB,
    });
    expect(report.problems).toEqual([]);
    expect(report.mismatches).toEqual([]);
    expect(report.imported).toBe(6);
    expect(report.matched[0]!.key.komponen).toBe(COMPONENT);
  });
});
