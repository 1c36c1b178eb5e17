/**
 * Rekap nilai per formasi (domain.md §4.3 B): per candidate, in ranking order, each assessor's
 * 0–100 score on every rubric component with the mean and the spread (max − min), the spread
 * marked (!) past the disagreement threshold; the other components' scores; the final score,
 * rank and status; then the signature blocks of the chair and the secretary.
 */
import type { Language } from '../../../../shared/i18n/errors';
import { reportLabel } from '../../../../shared/i18n/report-labels';
import { describeComponentProblem } from '../../../../shared/i18n/result-labels';
import type { PlanComponent } from '../../../../shared/plan/plan';
import { rational } from '../../../../shared/results/rational';
import { DISPLAY_DECIMALS } from '../../../../shared/results/round';
import type { CandidateResult, ComponentResult } from '../../../../shared/results/output';
import type { ReportFormasi, ReportResults } from '../report-results';
import { displayScore, rankCell, statusCell } from '../result-cells';
import { AREA, put, WIDTH, type Style, type Writer } from '../sheet-page';
import { committeeSigners } from '../results-signers';
import { drawSignatureBlocks } from '../signature-block';
import { drawTable, type TableColumn } from '../table';
import type { ResultsReportContext, ResultsReportDefinition } from './report-definition';

const NOTE: Style = { font: 'regular', size: 7.5 };
const SMALL_CELL: Style = { font: 'regular', size: 7.5 };
const FINAL: Style = { font: 'bold', size: 8.5 };
/** Widths of the fixed columns: no, rank, candidate, final, status; a non-rubric component. */
const FIXED = { no: 20, rank: 46, candidate: 84, final: 46, status: 78, other: 44 } as const;

/** The rekap nilai of one formasi. */
export const rekapReport: ResultsReportDefinition = {
  scope: 'results',
  needsFormasi: true,
  fileStem: { id: 'rekap-nilai', en: 'score-recap' },
  title: (language) => reportLabel(language, 'rekapTitle'),
  kindLabel: (language) => reportLabel(language, 'rekapKind'),
  prepare: () => drawRekap,
};

function drawRekap(writer: Writer, { results }: ResultsReportContext): void {
  const threshold = results.threshold;
  for (const formasi of results.formasi) drawFormasi(writer, results, formasi);
  writer.y += 4;
  writer.y += put(
    writer.doc,
    reportLabel(writer.language, 'rekapLegend', { decimals: DISPLAY_DECIMALS, threshold }),
    { x: AREA.left, y: writer.y, width: WIDTH },
    NOTE,
  );
  writer.y += 14;
  drawSignatureBlocks(writer, committeeSigners(results, writer.language, ['sekretaris', 'ketua']));
}

function drawFormasi(writer: Writer, results: ReportResults, formasi: ReportFormasi): void {
  const { language } = writer;
  const components = formasi.input.plan.components;
  const rubric = components.filter((c) => c.source.type === 'rubric');
  const fixed =
    FIXED.no +
    FIXED.rank +
    FIXED.candidate +
    FIXED.final +
    FIXED.status +
    FIXED.other * (components.length - rubric.length);
  const rubricWidth = rubric.length > 0 ? Math.floor((WIDTH - fixed) / rubric.length) : 0;
  const columns: TableColumn[] = [
    { head: reportLabel(language, 'colNo'), width: FIXED.no, align: 'center' },
    { head: reportLabel(language, 'colRank'), width: FIXED.rank, align: 'center', style: FINAL },
    { head: reportLabel(language, 'candidate'), width: FIXED.candidate },
    ...components.map((c): TableColumn =>
      c.source.type === 'rubric'
        ? { head: c.label, width: rubricWidth, style: SMALL_CELL }
        : { head: c.label, width: FIXED.other, align: 'right' },
    ),
    { head: reportLabel(language, 'colFinal'), width: 0, align: 'right', style: FINAL },
    { head: reportLabel(language, 'colStatus'), width: FIXED.status, style: SMALL_CELL },
  ];
  const rows = formasi.result.candidates.map((candidate, i) => [
    String(i + 1),
    rankCell(candidate, language),
    `${candidate.candidate.nomorPeserta}\n${candidate.candidate.nama}`,
    ...components.map((component) => componentCell(results, component, candidate, language)),
    displayScore(candidate.final, language),
    statusCell(candidate, language),
  ]);
  drawTable(writer, columns, rows);
  writer.y += 8;
}

function componentCell(
  results: ReportResults,
  component: PlanComponent,
  candidate: CandidateResult,
  language: Language,
): string {
  const result = candidate.components.find((c) => c.key === component.key);
  if (!result) return reportLabel(language, 'notRanked');
  if (result.gate !== null) return result.gate;
  // Nobody scored an absent, withdrawn or disqualified candidate: nothing is missing.
  if (result.score === null && candidate.candidate.attendance !== 'hadir') {
    return reportLabel(language, 'notRanked');
  }
  if (component.source.type !== 'rubric') {
    return result.score === null
      ? reportLabel(language, 'incompleteCell')
      : displayScore(result.score, language);
  }
  return rubricCell(results, result, language);
}

/** Each assessor's score, then the mean and the spread, "(!)" past the threshold. */
export function rubricCell(
  results: ReportResults,
  result: ComponentResult,
  language: Language,
): string {
  const lines = result.sheets.map((sheet) =>
    reportLabel(language, 'assessorScore', {
      name: shortName(results.assessors.get(sheet.assessorId)?.nama ?? sheet.assessorId),
      score: displayScore(rational(sheet.total.numerator, sheet.total.denominator), language),
    }),
  );
  if (result.score === null) {
    const why = result.problem ? describeComponentProblem(result.problem, language) : '';
    lines.push(`${reportLabel(language, 'incompleteCell')}: ${why}`);
  } else if (result.spread === null) {
    lines.push(reportLabel(language, 'meanOnly', { mean: displayScore(result.score, language) }));
  } else {
    const summary = reportLabel(language, 'meanSpread', {
      mean: displayScore(result.score, language),
      spread: displayScore(result.spread, language),
    });
    lines.push(result.disagreement ? `${summary} (!)` : summary);
  }
  return lines.join('\n');
}

/** "Budi Santoso, S.Pd." → "Budi Santoso": the degree does not fit a score cell. */
function shortName(nama: string): string {
  return nama.split(',')[0]?.trim() || nama;
}
