/**
 * Pengumuman hasil (domain.md §6.1): per formasi, the ranking with the announcement columns (No,
 * Nomor Peserta, Nama, Nilai akhir, Peringkat, Keterangan = the status code and its meaning), ties
 * marked "=", a note when the ranking is provisional (a present candidate incomplete) or needs
 * the committee's decision (a tie across the quota line); then the chair's signature block.
 */
import { reportLabel } from '../../../../shared/i18n/report-labels';
import { DISPLAY_DECIMALS } from '../../../../shared/results/round';
import type { ReportFormasi } from '../report-results';
import { displayScore, rankCell, statusCell } from '../result-cells';
import { committeeSigners } from '../results-signers';
import { AREA, ensureSpace, INK, put, WIDTH, type Style, type Writer } from '../sheet-page';
import { drawSignatureBlocks } from '../signature-block';
import { drawTable, type TableColumn } from '../table';
import type { ResultsReportContext, ResultsReportDefinition } from './report-definition';

const TEXT: Style = { font: 'regular', size: 9.5 };
const HEADING: Style = { font: 'bold', size: 10 };
const WARNING: Style = { font: 'bold', size: 9, color: INK.text };
const NOTE: Style = { font: 'regular', size: 7.5 };
const FINAL: Style = { font: 'bold', size: 8.5 };

/** The pengumuman hasil of one formasi or of every formasi of the selection. */
export const pengumumanReport: ResultsReportDefinition = {
  scope: 'results',
  needsFormasi: false,
  fileStem: { id: 'pengumuman-hasil', en: 'results-announcement' },
  title: (language) => reportLabel(language, 'pengumumanTitle'),
  kindLabel: (language) => reportLabel(language, 'pengumumanKind'),
  prepare: () => drawPengumuman,
};

function drawPengumuman(writer: Writer, { results }: ResultsReportContext): void {
  const { language } = writer;
  block(
    writer,
    reportLabel(language, 'pengumumanOpening', { selection: results.selection.name }),
    TEXT,
  );
  writer.y += 4;
  for (const formasi of results.formasi) drawFormasi(writer, formasi);
  block(writer, reportLabel(language, 'pengumumanLegend', { decimals: DISPLAY_DECIMALS }), NOTE);
  writer.y += 10;
  drawSignatureBlocks(writer, committeeSigners(results, language, ['ketua']));
}

function drawFormasi(writer: Writer, { formasi, result }: ReportFormasi): void {
  const { language } = writer;
  const l = reportLabel;
  ensureSpace(writer, 80);
  block(
    writer,
    l(language, 'quotaLine', {
      code: formasi.code,
      jabatan: formasi.jabatan,
      unit: formasi.unit,
      quota: formasi.quota,
    }),
    HEADING,
  );
  if (result.provisional) block(writer, l(language, 'provisionalNote'), WARNING);
  if (result.needsDecision) block(writer, l(language, 'decisionNote'), WARNING);
  const columns: TableColumn[] = [
    { head: l(language, 'colNo'), width: 22, align: 'center' },
    { head: l(language, 'colNomor'), width: 92 },
    { head: l(language, 'colNama'), width: 0 },
    { head: l(language, 'colFinal'), width: 56, align: 'right', style: FINAL },
    { head: l(language, 'colRank'), width: 50, align: 'center', style: FINAL },
    { head: l(language, 'colKeterangan'), width: 150 },
  ];
  const rows = result.candidates.map((candidate, i) => [
    String(i + 1),
    candidate.candidate.nomorPeserta,
    candidate.candidate.nama,
    displayScore(candidate.final, language),
    rankCell(candidate, language),
    statusCell(candidate, language),
  ]);
  drawTable(writer, columns, rows);
  writer.y += 12;
}

function block(writer: Writer, text: string, style: Style): void {
  writer.y += put(writer.doc, text, { x: AREA.left, y: writer.y, width: WIDTH }, style) + 4;
}
