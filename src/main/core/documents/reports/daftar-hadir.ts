/**
 * Daftar hadir (domain.md §4.3 C): every scheduled candidate of a session with the check-in that
 * counts — arrival time, status, the identity document seen — and a column to sign, then the
 * chair's signature block.
 */
import type { ComponentStatus } from '../../../../shared/domain/attendance';
import type { Language } from '../../../../shared/i18n/errors';
import { reportLabel, type ReportLabel } from '../../../../shared/i18n/report-labels';
import type { SessionCandidate } from '../../sessions/detail';
import { sessionChair } from '../report-session';
import { formatClock, formatPlainDate } from '../sheet-format';
import { AREA, put, WIDTH, type Writer } from '../sheet-page';
import { drawSignatureBlocks, placeDate } from '../signature-block';
import { drawTable, type TableColumn } from '../table';
import type { ReportContext, SessionReportDefinition } from './report-definition';

/** The daftar hadir of a session. */
export const daftarHadirReport: SessionReportDefinition = {
  scope: 'session',
  fileStem: { id: 'daftar-hadir', en: 'attendance-list' },
  title: (language) => reportLabel(language, 'hadirTitle'),
  kindLabel: (language) => reportLabel(language, 'hadirKind'),
  prepare: () => drawDaftarHadir,
};

function drawDaftarHadir(writer: Writer, context: ReportContext): void {
  drawList(writer, context);
  drawSummary(writer, context.session.candidates);
  const { session } = context;
  const chair = sessionChair(context.db, session);
  writer.y += 10;
  drawSignatureBlocks(writer, [
    {
      role: reportLabel(writer.language, 'role_ketua'),
      nama: chair?.nama ?? null,
      nip: chair?.nip ?? null,
      placeDate: placeDate(session.location, formatPlainDate(session.date, writer.language)),
    },
  ]);
}

function drawList(writer: Writer, { session }: ReportContext): void {
  const l = (key: ReportLabel) => reportLabel(writer.language, key);
  const columns: TableColumn[] = [
    { head: l('colNo'), width: 22, align: 'center' },
    { head: l('colNomor'), width: 82 },
    { head: l('colNama'), width: 0 },
    { head: l('colJabatan'), width: 80 },
    { head: l('colArrival'), width: 44, align: 'center' },
    { head: l('colStatus'), width: 54 },
    { head: l('colIdentity'), width: 60 },
    { head: l('colSignature'), width: 80 },
  ];
  const rows = session.candidates.map((candidate, i) => [
    String(i + 1),
    candidate.nomorPeserta,
    candidate.nama,
    session.jabatan,
    candidate.attendance && candidate.status !== 'TH'
      ? formatClock(candidate.attendance.at, writer.language)
      : '—',
    statusLabel(candidate.status, writer.language),
    identityLabel(candidate, writer.language),
    // Numbers alternate left and right, as on a paper daftar hadir, so signatures do not touch.
    i % 2 === 0 ? `${i + 1}.` : `              ${i + 1}.`,
  ]);
  drawTable(writer, columns, rows, { minRowHeight: 28 });
}

function drawSummary(writer: Writer, candidates: readonly SessionCandidate[]): void {
  const count = (statuses: ComponentStatus[]) =>
    candidates.filter((c) => statuses.includes(c.status)).length;
  const { language } = writer;
  const text = [
    `${reportLabel(language, 'baRegistered')}: ${candidates.length}`,
    `${reportLabel(language, 'baPresent')}: ${count(['hadir', 'terlambat'])}`,
    `${reportLabel(language, 'baAbsent')}: ${count(['TH'])}`,
  ].join(' · ');
  writer.y += 6;
  writer.y += put(
    writer.doc,
    text,
    { x: AREA.left, y: writer.y, width: WIDTH },
    {
      font: 'regular',
      size: 8.5,
    },
  );
}

/** How a component status reads on the documents. */
export function statusLabel(status: ComponentStatus, language: Language): string {
  return reportLabel(language, `status_${status}`);
}

function identityLabel(candidate: SessionCandidate, language: Language): string {
  const attendance = candidate.attendance;
  if (!attendance?.identityChecked || attendance.document === null) {
    return reportLabel(language, 'identityNo');
  }
  return reportLabel(language, `doc_${attendance.document}`);
}
