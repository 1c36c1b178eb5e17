/**
 * The body of the merge report PDF: who merged and when, the bundles taken in with their hashes,
 * the quarantine with translated reasons, completeness per office with every missing sheet, the
 * results hash per selection, and the report's signature with how to check it.
 */
import type { MergeReport } from '../../../shared/domain/merge';
import type { ErrorCode } from '../../../shared/errors';
import { errorMessage } from '../../../shared/i18n/errors';
import { mergeReportLabel, type MergeReportLabel } from '../../../shared/i18n/merge-report-labels';
import { drawFactRows } from './fact-rows';
import { AREA, ensureSpace, measure, put, WIDTH, type Style, type Writer } from './sheet-page';
import { drawTable, type TableColumn } from './table';

/** A row of `merge_reports`, its report parsed. */
export interface StoredMergeReport {
  id: string;
  device: string;
  seq: number;
  recordedAt: string;
  report: MergeReport;
  signature: string;
  publicKey: string;
}

type L = (key: MergeReportLabel, params?: Record<string, string | number>) => string;

const TEXT: Style = { font: 'regular', size: 9 };
const VALUE: Style = { font: 'regular', size: 9 };
const HEADING: Style = { font: 'bold', size: 10.5 };
const SMALL: Style = { font: 'regular', size: 6.5 };
const CELL_SMALL: Style = { font: 'regular', size: 7.5 };

/** Draws every section of `stored` at the writer's cursor; `names` names the selections. */
export function drawMergeReport(
  writer: Writer,
  stored: StoredMergeReport,
  names: ReadonlyMap<string, string>,
): void {
  const l: L = (key, params = {}) => mergeReportLabel(writer.language, key, params);
  drawFacts(writer, stored, l);
  drawBundles(writer, stored.report, l);
  drawQuarantine(writer, stored.report, l);
  drawCompleteness(writer, stored.report, l);
  drawResults(writer, stored.report, names, l);
  drawSignature(writer, stored, l);
}

function drawFacts(writer: Writer, { id, report }: StoredMergeReport, l: L): void {
  const rows = [
    { label: l('reportId'), value: id, style: VALUE },
    { label: l('mergedAt'), value: report.mergedAt, style: VALUE },
    {
      label: l('merger'),
      value: l('mergerValue', report.merger),
      style: { font: 'bold', size: 9 } as Style,
    },
    { label: l('totals'), value: l('totalsValue', report.totals), style: VALUE },
  ];
  writer.y += drawFactRows(writer, rows, AREA.left, writer.y, WIDTH, 110);
}

function drawBundles(writer: Writer, report: MergeReport, l: L): void {
  heading(writer, l('bundles'));
  const columns: TableColumn[] = [
    { head: l('colNo'), width: 22, align: 'center' },
    { head: l('colFile'), width: 0 },
    { head: l('colSigner'), width: 92, style: CELL_SMALL },
    { head: l('colTrust'), width: 62, style: CELL_SMALL },
    { head: l('colOutcome'), width: 84, style: CELL_SMALL },
    { head: l('colAdded'), width: 34, align: 'right' },
    { head: l('colDuplicates'), width: 46, align: 'right' },
    { head: l('colForks'), width: 38, align: 'right' },
  ];
  const rows = report.bundles.map((b, i) => [
    String(i + 1),
    `${b.fileName}\n${b.hash ? `${b.hash.slice(0, 16)}…` : '—'}`,
    b.signerFingerprint ?? '—',
    b.trust ? l(`trust.${b.trust}`) : '—',
    b.outcome === 'invalid' && b.problem
      ? l('invalidAt', {
          line: b.problem.params.line ?? '?',
          problem: errorMessage(b.problem.code as ErrorCode, b.problem.params, writer.language),
        })
      : l(`outcome.${b.outcome}`),
    String(b.added),
    String(b.duplicates),
    String(b.forks),
  ]);
  drawTable(writer, columns, rows);
  writer.y += 6;
  paragraph(writer, l('fullHashes'), TEXT);
  report.bundles.forEach((b, i) => {
    if (b.hash) paragraph(writer, `${i + 1}.  ${b.fileName}  ${b.hash}`, SMALL, 2);
  });
}

function drawQuarantine(writer: Writer, report: MergeReport, l: L): void {
  heading(writer, l('quarantine'));
  if (report.quarantine.length === 0) {
    paragraph(writer, l('quarantineNone'), TEXT);
    return;
  }
  const columns: TableColumn[] = [
    { head: l('colNo'), width: 22, align: 'center' },
    { head: l('colReason'), width: 0 },
    { head: l('colEntries'), width: 44, align: 'right' },
    { head: l('colDecision'), width: 80 },
  ];
  const rows = report.quarantine.map((q, i) => [
    String(i + 1),
    errorMessage(q.reason as ErrorCode, q.params, writer.language),
    String(q.entries),
    l(q.resolved ? `decision.${q.resolved}` : 'decision.none'),
  ]);
  drawTable(writer, columns, rows);
}

function drawCompleteness(writer: Writer, report: MergeReport, l: L): void {
  heading(writer, l('completeness'));
  if (report.completeness.length === 0) paragraph(writer, l('completenessNone'), TEXT);
  const columns: TableColumn[] = [
    { head: l('colNo'), width: 22, align: 'center' },
    { head: l('colNomor'), width: 96 },
    { head: l('colNama'), width: 0 },
    { head: l('colComponent'), width: 90 },
    { head: l('colAssessor'), width: 130 },
  ];
  for (const office of report.completeness) {
    const { missing } = office;
    paragraph(writer, l('officeLine', { ...office, missing: missing.length }), {
      font: 'bold',
      size: 9,
    });
    if (missing.length === 0) continue;
    const rows = missing.map((m, i) => [
      String(i + 1),
      m.nomorPeserta,
      m.nama,
      m.componentKey,
      m.assessorNama,
    ]);
    drawTable(writer, columns, rows);
    writer.y += 6;
  }
  if (report.unscheduled > 0) {
    paragraph(writer, l('unscheduled', { count: report.unscheduled }), TEXT);
  }
}

function drawResults(
  writer: Writer,
  report: MergeReport,
  names: ReadonlyMap<string, string>,
  l: L,
): void {
  heading(writer, l('results'));
  const columns: TableColumn[] = [
    { head: l('colSelection'), width: 0, style: CELL_SMALL },
    { head: l('colHash'), width: 300, style: CELL_SMALL },
  ];
  drawTable(
    writer,
    columns,
    report.results.map((r) => [
      `${names.get(r.selectionId) ?? ''}\n${r.selectionId}`.trim(),
      r.inputsHash,
    ]),
  );
}

function drawSignature(writer: Writer, stored: StoredMergeReport, l: L): void {
  heading(writer, l('signature'));
  const { fingerprint } = stored.report.merger;
  paragraph(writer, l('signedBy', { fingerprint, publicKey: stored.publicKey }), TEXT);
  paragraph(writer, stored.signature, SMALL, 7);
  paragraph(writer, l('howToCheck', { device: stored.device, seq: stored.seq }), TEXT);
}

function heading(writer: Writer, text: string): void {
  // A heading never ends a page alone: keep room for it and a first row.
  ensureSpace(writer, 48);
  writer.y += 10;
  writer.y += put(writer.doc, text, { x: AREA.left, y: writer.y, width: WIDTH }, HEADING) + 4;
}

function paragraph(writer: Writer, text: string, style: Style, gap = 5): void {
  const height = measure(writer.doc, text, style, WIDTH);
  ensureSpace(writer, height + 2);
  writer.y += put(writer.doc, text, { x: AREA.left, y: writer.y, width: WIDTH }, style) + gap;
}
