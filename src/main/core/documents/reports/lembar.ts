/**
 * Lembar penilaian (domain.md §4.3 A): one sheet version per page or more, as submitted and
 * signed: the level given on every aspect with its anchor text and the note, the 0–100 total,
 * the version and reason, the origin, the assessor, the fingerprint of the signing key and
 * whether the signature verifies. A wet-signature block closes each sheet.
 */
import type { Language } from '../../../../shared/i18n/errors';
import { reportLabel, type ReportLabel } from '../../../../shared/i18n/report-labels';
import type { Aspect } from '../../../../shared/rubric/rubric';
import { drawFactRows, factRowHeight, type FactRow } from '../fact-rows';
import { drawRunningHead, officialPage } from '../official-frame';
import {
  formatClock,
  formatInstantDate,
  formatNip,
  formatNumber,
  formatScore,
  formatPlainDate,
  shortHash,
} from '../sheet-format';
import { AREA, ensureSpace, put, WIDTH, type Style, type Writer } from '../sheet-page';
import { drawSignatureBlocks, placeDate } from '../signature-block';
import { drawTable, type TableColumn } from '../table';
import { lembarSheets, type LembarSheet } from './lembar-data';
import type { ReportContext, SessionReportDefinition } from './report-definition';

const VALUE: Style = { font: 'regular', size: 9 };
const STRONG: Style = { font: 'bold', size: 10 };
const GUTTER = 10;
const FACT_LABEL = 130;
const SIGNATURE_HEIGHT = 108;

/** The lembar penilaian of a session or of one candidate. */
export const lembarReport: SessionReportDefinition = {
  scope: 'session',
  fileStem: { id: 'lembar-penilaian-terisi', en: 'score-sheets-submitted' },
  title: (language) => reportLabel(language, 'lembarTitle'),
  kindLabel: (language) => reportLabel(language, 'lembarKind'),
  prepare(db, session, request) {
    const sheets = lembarSheets(db, session.id, request.candidateId);
    return (writer, context) => drawSheets(writer, context, sheets);
  },
};

function drawSheets(writer: Writer, context: ReportContext, sheets: LembarSheet[]): void {
  sheets.forEach((sheet, i) => {
    if (i > 0) officialPage(writer, context.frame);
    writer.continuation = (w) => {
      drawRunningHead(w, context.frame);
      w.y += put(w.doc, subjectLine(sheet, w.language), at(w.y), { font: 'bold', size: 8.5 });
      w.y += 6;
    };
    drawSheet(writer, context, sheet);
  });
}

function at(y: number) {
  return { x: AREA.left, y, width: WIDTH };
}

function subjectLine(sheet: LembarSheet, language: Language): string {
  return [
    `${sheet.candidate.nomorPeserta} ${sheet.candidate.nama}`,
    `${reportLabel(language, 'assessor')}: ${sheet.assessor.nama}`,
    reportLabel(language, 'versionFirst', { version: sheet.view.content.version }),
  ].join(' · ');
}

function drawSheet(writer: Writer, context: ReportContext, sheet: LembarSheet): void {
  const { language } = writer;
  const l = (key: ReportLabel, params = {}) => reportLabel(language, key, params);
  drawSubject(writer, sheet, l);
  drawScores(writer, sheet, l);
  drawTotal(writer, sheet, l);
  drawFacts(writer, sheet, l);
  ensureSpace(writer, SIGNATURE_HEIGHT);
  writer.y += 6;
  drawSignatureBlocks(writer, [
    {
      role: l('role_penguji'),
      nama: sheet.assessor.nama,
      nip: sheet.assessor.nip,
      placeDate: placeDate(
        context.session.location,
        formatPlainDate(context.session.date, language),
      ),
    },
  ]);
}

type L = (key: ReportLabel, params?: Record<string, string | number>) => string;

function drawSubject(writer: Writer, sheet: LembarSheet, l: L): void {
  const { rubric, candidate, assessor } = sheet;
  const left: FactRow[] = [
    { label: l('nomorPeserta'), value: candidate.nomorPeserta, style: STRONG },
    { label: l('candidate'), value: candidate.nama, style: STRONG },
  ];
  const right: FactRow[] = [
    { label: l('assessor'), value: assessor.nama, style: STRONG },
    { label: l('nip'), value: assessor.nip ? formatNip(assessor.nip) : l('noNip'), style: VALUE },
  ];
  const width = (WIDTH - GUTTER) / 2;
  const height = Math.max(
    drawFactRows(writer, left, AREA.left, writer.y, width),
    drawFactRows(writer, right, AREA.left + width + GUTTER, writer.y, width),
  );
  writer.y += height + 5;
  const line = `${l('rubric')}: ${l('rubricLine', {
    title: rubric.title,
    version: rubric.version,
    short: shortHash(rubric.contentHash),
  })}`;
  writer.y += put(writer.doc, line, at(writer.y), { font: 'bold', size: 8.5 }) + 6;
}

function drawScores(writer: Writer, sheet: LembarSheet, l: L): void {
  const { language } = writer;
  const aspects = new Map<string, Aspect>(sheet.rubric.content.aspects.map((a) => [a.code, a]));
  const columns: TableColumn[] = [
    { head: l('colNo'), width: 24, align: 'center' },
    { head: l('colAspect'), width: 118 },
    { head: l('colLevel'), width: 44, align: 'center', style: { font: 'bold', size: 10 } },
    { head: l('colAnchor'), width: 0 },
    { head: l('colNote'), width: 140 },
  ];
  const rows = sheet.view.content.scores.map((score, i) => {
    const aspect = aspects.get(score.aspect);
    const level = aspect?.levels.find((candidate) => candidate.value === score.level);
    const weight = aspect ? l('weight', { weight: formatNumber(aspect.weight, language) }) : '';
    return [
      String(i + 1),
      `${score.aspect}  ${aspect?.title ?? ''}\n${weight}`,
      aspect ? `${score.level} / ${aspect.scale.max}` : String(score.level),
      level ? `${level.label}: ${level.anchor}` : '',
      score.note || l('noNote'),
    ];
  });
  drawTable(writer, columns, rows);
  writer.y += 8;
}

function drawTotal(writer: Writer, sheet: LembarSheet, l: L): void {
  const { doc, language } = writer;
  const { total } = sheet.view.content;
  const value = total.numerator / total.denominator;
  ensureSpace(writer, 40);
  const height = put(doc, l('total', { total: formatScore(value, language) }), at(writer.y), {
    font: 'bold',
    size: 13,
  });
  writer.y += height;
  writer.y += put(
    doc,
    `(${l('exact', { numerator: total.numerator, denominator: total.denominator })})`,
    at(writer.y),
    { font: 'regular', size: 8 },
  );
  writer.y += 8;
}

function drawFacts(writer: Writer, sheet: LembarSheet, l: L): void {
  const { language } = writer;
  const { content, signatureValid } = sheet.view;
  const version =
    content.version === 1 || content.reason === null
      ? l('versionFirst', { version: content.version })
      : l('versionAmended', {
          version: content.version,
          previous: content.version - 1,
          reason: content.reason,
        });
  const origin =
    content.origin === 'langsung'
      ? l('originLangsung')
      : l('originTranskripsi', {
          entered: sheet.enteredBy ?? '—',
          verified: sheet.verifiedBy ?? '—',
        });
  const submitted = `${formatInstantDate(content.submittedAt, language)}, ${formatClock(
    content.submittedAt,
    language,
  )} ${l('timeSuffix')}`;
  const rows: FactRow[] = [
    { label: l('overallNote'), value: content.note || l('noNote'), style: VALUE },
    { label: l('version'), value: version, style: VALUE },
    { label: l('origin'), value: origin, style: VALUE },
    { label: l('submitted'), value: submitted, style: VALUE },
    {
      label: l('signedBy'),
      value: l('keyLine', { name: sheet.signer.nama, version: content.keyVersion }),
      style: VALUE,
    },
    { label: l('fingerprint'), value: sheet.signerFingerprint, style: { font: 'bold', size: 10 } },
    {
      label: l('signatureState'),
      value: signatureValid ? l('signatureValid') : l('signatureInvalid'),
      style: { font: 'bold', size: 9 },
    },
  ];
  const height = rows.reduce((sum, row) => sum + factRowHeight(writer, row, WIDTH, FACT_LABEL), 0);
  ensureSpace(writer, height);
  writer.y += drawFactRows(writer, rows, AREA.left, writer.y, WIDTH, FACT_LABEL) + 4;
}
