/** Writes demo candidates as the CSV an office would receive (Indonesian headings, dd/mm/yyyy). */
import type { DemoCandidate } from './demo-candidates';

/** The heading row of the demo file. */
// prettier-ignore
export const DEMO_CSV_HEADER = [
  'Nomor Peserta', 'NIK', 'Nama', 'Tanggal Lahir', 'Jenis Kelamin', 'Pendidikan', 'IPK',
  'Nilai Ijazah', 'Kode Formasi', 'TWK', 'TIU', 'TKP',
];

/** The CSV text (comma-separated, UTF-8, CRLF line ends as Excel writes them). */
export function candidatesCsv(candidates: readonly DemoCandidate[]): string {
  const lines = [DEMO_CSV_HEADER.join(',')];
  for (const c of candidates) {
    const [y, m, d] = c.tanggalLahir.split('-');
    lines.push(
      [
        c.nomorPeserta,
        c.nik,
        quote(c.nama),
        `${d}/${m}/${y}`,
        c.jenisKelamin,
        quote(c.pendidikan),
        c.ipk ?? '',
        c.nilaiIjazah ?? '',
        c.formasiCode,
        c.twk,
        c.tiu,
        c.tkp,
      ].join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
