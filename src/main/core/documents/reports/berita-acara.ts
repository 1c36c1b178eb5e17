/**
 * Berita acara pelaksanaan (domain.md §4.3 D): "Pada hari … tanggal … bertempat di …", the stage,
 * the counts of registered, present and absent candidates with the absent numbers, the
 * incidents the chair recorded, the assessors on the panel, and signature blocks for the chair
 * and each assessor.
 */
import type { ComponentStatus } from '../../../../shared/domain/attendance';
import type { Incident } from '../../../../shared/domain/incident';
import { reportLabel, type ReportLabel } from '../../../../shared/i18n/report-labels';
import { listIncidents } from '../../incidents/queries';
import { sessionChair } from '../report-session';
import { formatClock, formatNip, formatPlainDate, formatWeekday } from '../sheet-format';
import { AREA, ensureSpace, measure, put, WIDTH, type Style, type Writer } from '../sheet-page';
import { drawSignatureBlocks, placeDate, type Signer } from '../signature-block';
import { drawTable, type TableColumn } from '../table';
import type { ReportContext, SessionReportDefinition } from './report-definition';

const TEXT: Style = { font: 'regular', size: 9.5 };
const HEADING: Style = { font: 'bold', size: 10 };

/** The berita acara of a session. */
export const beritaAcaraReport: SessionReportDefinition = {
  scope: 'session',
  fileStem: { id: 'berita-acara', en: 'minutes' },
  title: (language) => reportLabel(language, 'baTitle'),
  kindLabel: (language) => reportLabel(language, 'baKind'),
  prepare(db, session) {
    const incidents = listIncidents(db, session.id);
    return (writer, context) => drawBeritaAcara(writer, context, incidents);
  },
};

function drawBeritaAcara(writer: Writer, context: ReportContext, incidents: Incident[]): void {
  const l = (key: ReportLabel, params = {}) => reportLabel(writer.language, key, params);
  paragraph(writer, opening(writer, context));
  drawCounts(writer, context, l);
  heading(writer, l('baIncidents'));
  if (incidents.length === 0) paragraph(writer, l('baNoIncidents'));
  incidents.forEach((incident, i) => {
    const time = formatClock(incident.at, writer.language);
    paragraph(writer, `${i + 1}.  ${l('baIncidentLine', { time, text: incident.text })}`, 12);
  });
  drawPanel(writer, context, l);
  paragraph(writer, l('baClosing'));
  drawSignatures(writer, context, l);
}

type L = (key: ReportLabel, params?: Record<string, string | number>) => string;

function opening(writer: Writer, { session }: ReportContext): string {
  return reportLabel(writer.language, 'baOpening', {
    day: formatWeekday(session.date, writer.language),
    date: formatPlainDate(session.date, writer.language),
    time: session.startTime,
    room: session.room,
    location: session.location,
    component: session.componentLabel,
    formasi: session.formasiCode,
    jabatan: session.jabatan,
    selection: session.selectionName,
  });
}

function paragraph(writer: Writer, text: string, indent = 0): void {
  const width = WIDTH - indent;
  const height = measure(writer.doc, text, TEXT, width) + 2;
  ensureSpace(writer, height);
  writer.y += put(writer.doc, text, { x: AREA.left + indent, y: writer.y, width }, TEXT) + 6;
}

function heading(writer: Writer, text: string): void {
  ensureSpace(writer, 40);
  writer.y += 4;
  writer.y += put(writer.doc, text, { x: AREA.left, y: writer.y, width: WIDTH }, HEADING) + 4;
}

function drawCounts(writer: Writer, { session }: ReportContext, l: L): void {
  const { candidates } = session;
  const having = (statuses: ComponentStatus[]) =>
    candidates.filter((c) => statuses.includes(c.status));
  const people = (count: number) => l('baPeople', { count });
  const numbers = (statuses: ComponentStatus[]) =>
    having(statuses)
      .map((c) => c.nomorPeserta)
      .join(', ') || l('baNone');
  heading(writer, l('baCounts'));
  const rows = [
    [l('baRegistered'), people(candidates.length)],
    [l('baPresent'), people(having(['hadir', 'terlambat']).length)],
    [`    ${l('baLate')}`, people(having(['terlambat']).length)],
    [l('baAbsent'), people(having(['TH']).length)],
    [l('baOut'), people(having(['APS', 'DIS']).length)],
  ];
  const notCheckedIn = having(['belum']).length;
  if (notCheckedIn > 0) rows.push([l('baNotCheckedIn'), people(notCheckedIn)]);
  const columns: TableColumn[] = [
    { head: l('baCounts'), width: 0 },
    { head: '', width: 90, align: 'right', style: { font: 'bold', size: 9 } },
  ];
  drawTable(writer, columns, rows, { head: false });
  writer.y += 6;
  paragraph(writer, `${l('baAbsentNumbers')}: ${numbers(['TH'])}`);
  if (having(['APS', 'DIS']).length > 0) {
    paragraph(writer, `${l('baOutNumbers')}: ${numbers(['APS', 'DIS'])}`);
  }
}

function drawPanel(writer: Writer, { session }: ReportContext, l: L): void {
  heading(writer, l('baPanel'));
  if (session.panel.length === 0) {
    paragraph(writer, l('baNoPanel'));
    return;
  }
  const columns: TableColumn[] = [
    { head: l('colNo'), width: 24, align: 'center' },
    { head: l('colNama'), width: 0 },
    { head: l('colNip'), width: 130 },
    { head: l('colRole'), width: 100 },
  ];
  const rows = session.panel.map((assessor, i) => [
    String(i + 1),
    assessor.nama,
    assessor.nip ? formatNip(assessor.nip) : l('noNip'),
    l(`role_${assessor.role}`),
  ]);
  drawTable(writer, columns, rows);
  writer.y += 10;
}

function drawSignatures(writer: Writer, context: ReportContext, l: L): void {
  const { session } = context;
  const chair = sessionChair(context.db, session);
  const chairBlock: Signer = {
    role: l('role_ketua'),
    nama: chair?.nama ?? null,
    nip: chair?.nip ?? null,
    placeDate: placeDate(session.location, formatPlainDate(session.date, writer.language)),
  };
  const others: Signer[] = session.panel
    .filter((assessor) => assessor.id !== chair?.id)
    .map((assessor) => ({
      role: l(`role_${assessor.role}`),
      nama: assessor.nama,
      nip: assessor.nip,
      placeDate: null,
    }));
  writer.y += 6;
  // The chair signs on the right of the first row, beside the first assessor.
  const [first, ...rest] = others;
  drawSignatureBlocks(writer, first ? [first, chairBlock, ...rest] : [chairBlock]);
}
