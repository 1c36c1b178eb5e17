import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDemo, type DemoResult } from '../../../../src/main/core/demo/create-demo';
import { printReport } from '../../../../src/main/core/documents/report';
import { formatScore } from '../../../../src/main/core/documents/sheet-format';
import { recordIncident } from '../../../../src/main/core/incidents/commands';
import { resultsHash } from '../../../../src/main/core/results/results-hash';
import { findSheet } from '../../../../src/main/core/scoring/sheet-rows';
import { sessionDetail } from '../../../../src/main/core/sessions/detail';
import { createSession } from '../../../../src/main/core/sessions/commands';
import type { Store } from '../../../../src/main/core/store/open-store';
import type { ReportKind } from '../../../../src/shared/domain/report';
import type { Language } from '../../../../src/shared/i18n/errors';
import { asyncAppErrorOf } from '../../../helpers/app-error';
import { RESOURCES_DIR } from '../../../helpers/resources';
import { tempStore } from '../../../helpers/temp-store';
import { FAST_KDF } from '../assessors/fixtures';
import { flat, pageCount, pagesText, pdfFile } from './fixtures';

const SAMPLE = join(__dirname, '../../../../test-results/documents');
const HASH = 'ab12'.repeat(16);
const INCIDENTS = [
  {
    text: 'Seorang peserta datang tanpa KTP-el asli; identitas diperiksa dengan kartu peserta.',
    at: '2024-11-12T01:20:00.000Z',
  },
  {
    text: 'Listrik padam sekitar 10 menit; wawancara berikutnya ditunda sampai listrik menyala.',
    at: '2024-11-12T02:10:00.000Z',
  },
];

let store: Store;
let demo: DemoResult;
/** The session of the demo's amended sheet: it has sheets, an amendment and an absent candidate. */
let sessionId: string;

beforeAll(async () => {
  store = await tempStore();
  demo = await createDemo(store, { seed: 1, resourcesDir: RESOURCES_DIR, kdf: FAST_KDF });
  const amended = demo.scoring.amendment;
  if (!amended) throw new Error('the demo has no amendment');
  sessionId = findSheet(store.db, amended.sheetId)?.content.sessionId ?? '';
  const chair = demo.scoring.assessors.find((a) => a.role === 'ketua');
  if (!chair) throw new Error('the demo has no chair');
  // Entered out of order: the berita acara lists them in the order they happened.
  for (const incident of [...INCIDENTS].reverse()) {
    recordIncident(store, sessionId, chair.id, chair.pin, incident);
  }
}, 120_000);

function print(
  kind: ReportKind,
  options: { candidateId?: string; resultsHash?: string; language?: Language } = {},
) {
  const { language = 'id', resultsHash = HASH, candidateId } = options;
  return printReport(
    store.db,
    kind,
    { sessionId, candidateId, resultsHash },
    RESOURCES_DIR,
    language,
  );
}

/** Renders every page to PNG (60 dpi) for a person to look at. */
function render(pdf: Buffer, name: string): void {
  mkdirSync(SAMPLE, { recursive: true });
  execFileSync('pdftoppm', ['-r', '60', '-png', pdfFile(pdf), join(SAMPLE, name)]);
}

/** Every page says "Halaman i dari n" (or "Page i of n") with its own number and the total. */
function expectPageNumbers(pages: string[], language: Language = 'id'): void {
  const pattern = language === 'id' ? /Halaman (\d+) dari (\d+)/ : /Page (\d+) of (\d+)/;
  pages.forEach((page, i) => {
    const [, page_, total] = pattern.exec(page) ?? [];
    expect([Number(page_), Number(total)]).toEqual([i + 1, pages.length]);
  });
}

function currentSheets(candidateId?: string) {
  const ids = store.db
    .prepare(
      `SELECT id FROM score_sheets WHERE session_id = ? AND is_current = 1
         AND (? IS NULL OR candidate_id = ?)`,
    )
    .pluck()
    .all(sessionId, candidateId ?? null, candidateId ?? null) as string[];
  return ids.map((id) => findSheet(store.db, id)!);
}

function fingerprintOf(assessorId: string, keyVersion: number): string {
  return store.db
    .prepare('SELECT fingerprint FROM assessor_keys WHERE assessor_id = ? AND key_version = ?')
    .pluck()
    .get(assessorId, keyVersion) as string;
}

describe('lembar penilaian', () => {
  it('prints every current sheet with its levels, total, version, origin and signing key', async () => {
    const { pdf, pages: count, fileName } = await print('lembar');
    render(pdf, 'lembar-terisi');
    const pages = pagesText(pdf);
    expect(pageCount(pdf)).toBe(count);
    expect(pages).toHaveLength(count);
    expectPageNumbers(pages);
    expect(fileName).toMatch(/^lembar-penilaian-terisi-.*\.pdf$/);
    const whole = flat(pages.join(' '));
    const sheets = currentSheets();
    expect(sheets.length).toBeGreaterThan(1);
    // Each sheet begins on its own page under the full head.
    expect(pages.filter((page) => page.includes('LEMBAR PENILAIAN\n'))).toHaveLength(sheets.length);
    for (const sheet of sheets) {
      const { total, signedBy, keyVersion } = sheet.content;
      expect(whole).toContain(fingerprintOf(signedBy, keyVersion));
      expect(whole).toContain(
        `Nilai 0–100: ${formatScore(total.numerator / total.denominator, 'id')}`,
      );
      expect(whole).toContain(`nilai tepat ${total.numerator}/${total.denominator}`);
    }
    expect(whole).toContain('SAH: tanda tangan cocok dengan isi lembar');
    expect(whole).not.toContain('TIDAK SAH');
    const amendment = demo.scoring.amendment!;
    expect(whole).toContain(`menggantikan versi 1. Alasan perubahan: ${amendment.reason}`);
    expect(whole).toContain('langsung: diketik penguji di aplikasi');
    // Every page carries the results hash.
    expect(pages.every((page) => flat(page).includes(`Hash hasil: ${HASH}`))).toBe(true);
  });

  it('prints only one candidate’s sheets when asked, named after the candidate', async () => {
    const candidateId = currentSheets()[0]!.content.candidateId;
    const { nomorPeserta } = sessionDetail(store.db, sessionId).candidates.find(
      (c) => c.candidateId === candidateId,
    )!;
    const { pdf, fileName } = await print('lembar', { candidateId });
    const pages = pagesText(pdf);
    expectPageNumbers(pages);
    expect(fileName).toContain(nomorPeserta);
    const heads = pages.filter((page) => page.includes('LEMBAR PENILAIAN\n'));
    expect(heads).toHaveLength(currentSheets(candidateId).length);
    expect(heads.every((page) => page.includes(nomorPeserta))).toBe(true);
  });

  it('refuses a session without submitted sheets and a candidate not in the session', async () => {
    const detail = sessionDetail(store.db, sessionId);
    const empty = createSession(store, detail.session.formasiId, detail.session.componentKey, {
      date: '2024-11-13',
      startTime: '13:00',
      room: 'Ruang Rapat 2',
    });
    const none = await asyncAppErrorOf(() =>
      printReport(store.db, 'lembar', { sessionId: empty.id }, RESOURCES_DIR, 'id'),
    );
    expect(none.code).toBe('document.noSheets');
    const stranger = store.db
      .prepare('SELECT id FROM candidates WHERE formasi_id <> ? LIMIT 1')
      .pluck()
      .get(detail.session.formasiId) as string;
    const notScheduled = await asyncAppErrorOf(() => print('lembar', { candidateId: stranger }));
    expect(notScheduled.code).toBe('session.notScheduled');
  });
});

describe('daftar hadir', () => {
  it('lists every scheduled candidate with arrival, status and identity, and a signature column', async () => {
    const { pdf } = await print('daftar-hadir');
    render(pdf, 'daftar-hadir');
    const pages = pagesText(pdf);
    expectPageNumbers(pages);
    const whole = flat(pages.join(' '));
    const { candidates } = sessionDetail(store.db, sessionId);
    for (const candidate of candidates) {
      expect(whole).toContain(candidate.nomorPeserta);
      expect(whole).toContain(candidate.nama);
    }
    expect(candidates.some((c) => c.status === 'TH')).toBe(true);
    expect(whole).toContain('tidak hadir');
    expect(whole).toContain('ya, KTP-el');
    expect(whole).toContain('Tanda tangan');
    expect(whole).toContain('DAFTAR HADIR PESERTA');
  });
});

describe('berita acara', () => {
  it('states the day, the counts, the absent numbers, the incidents, the panel and signatures', async () => {
    const { pdf } = await print('berita-acara');
    render(pdf, 'berita-acara');
    const pages = pagesText(pdf);
    expectPageNumbers(pages);
    const whole = flat(pages.join(' '));
    const { candidates, panel } = sessionDetail(store.db, sessionId);
    const absent = candidates.filter((c) => c.status === 'TH').map((c) => c.nomorPeserta);
    expect(absent.length).toBeGreaterThan(0);
    expect(whole).toContain('Pada hari Selasa tanggal 12 November 2024');
    expect(whole).toContain(`Nomor peserta yang tidak hadir: ${absent.join(', ')}`);
    expect(whole).toContain(`Peserta terdaftar pada sesi ini ${candidates.length} orang`);
    expect(whole).toContain(`Tidak hadir (TH) ${absent.length} orang`);
    // In the order they happened, with their WIB clock time.
    const first = whole.indexOf(`pukul 08.20 WIB — ${INCIDENTS[0]!.text}`);
    const second = whole.indexOf(`pukul 09.10 WIB — ${INCIDENTS[1]!.text}`);
    expect(first).toBeGreaterThan(-1);
    expect(second).toBeGreaterThan(first);
    for (const assessor of panel) expect(whole).toContain(assessor.nama);
    const chair = demo.scoring.assessors.find((a) => a.role === 'ketua')!;
    expect(whole).toContain(chair.nama);
    expect(whole).toContain('Ketua Panitia');
  });

  it('says there were no incidents, in English too, with the results hash of the store', async () => {
    const detail = sessionDetail(store.db, sessionId);
    const other = store.db
      .prepare(
        `SELECT s.id FROM sessions s WHERE s.id <> ?
           AND EXISTS (SELECT 1 FROM session_candidates c WHERE c.session_id = s.id) LIMIT 1`,
      )
      .pluck()
      .get(detail.session.id) as string;
    const { pdf } = await printReport(
      store.db,
      'berita-acara',
      { sessionId: other },
      RESOURCES_DIR,
      'en',
    );
    render(pdf, 'berita-acara-en');
    const pages = pagesText(pdf);
    expectPageNumbers(pages, 'en');
    const whole = flat(pages.join(' '));
    expect(whole).toContain('MINUTES OF THE SESSION');
    expect(whole).toContain('No incidents during the session.');
    const hash = resultsHash(store.db, detail.session.selectionId);
    expect(pages.every((page) => flat(page).includes(`Results hash: ${hash}`))).toBe(true);
  });
});

describe('every document', () => {
  it('gives the same bytes for the same data, and other bytes for another results hash', async () => {
    for (const kind of ['lembar', 'daftar-hadir', 'berita-acara'] as const) {
      const one = await print(kind);
      const two = await print(kind);
      expect(one.pdf.equals(two.pdf)).toBe(true);
      const other = await print(kind, { resultsHash: 'cd34'.repeat(16) });
      expect(other.pdf.equals(one.pdf)).toBe(false);
    }
  });
});
