/**
 * The results of the demo in a browser (web mode, Chromium): the ranking of the formasi with the
 * deliberate ties, a tied pair opened along the tie-break order, the pair the chain leaves tied,
 * calibration, and everything that leaves the screen: the JSON export (the same bytes as the
 * CLI), the XLSX announcement table and the five official documents, each PDF turned into PNGs
 * with pdftoppm. Screenshots and files: test-results/e2e/hasil-*.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemo } from '../../src/main/core/demo/create-demo';
import { DEMO_TIE_FORMASI, storedTiePairs } from '../../src/main/core/demo/demo-ties';
import { exportResults } from '../../src/main/core/results/results-export';
import { resultsHash } from '../../src/main/core/results/results-hash';
import { ACTIVE_SELECTION_KEY } from '../../src/renderer/state/selection-store';
import { RESOURCES_DIR } from '../helpers/resources';
import { FAST_KDF } from '../main/core/assessors/fixtures';
import { SCREENSHOTS, startApp, type E2eApp } from './harness';

let app: E2eApp;
let page: Page;
let selectionId: string;

beforeAll(async () => {
  app = await startApp();
  page = app.page;
  page.setDefaultTimeout(20_000);
  ({
    selection: { id: selectionId },
  } = await createDemo(app.store, { seed: 1, resourcesDir: RESOURCES_DIR, kdf: FAST_KDF }));
  await page.evaluate(
    ([key, id]) => localStorage.setItem(key!, id!),
    [ACTIVE_SELECTION_KEY, selectionId],
  );
  await page.reload();
});

afterAll(async () => {
  await app?.close();
});

async function go(path: string): Promise<void> {
  await page.goto(`${app.server.url.split('#')[0]}#${path}`);
}

function namaOf(id: string): string {
  return app.store.db.prepare('SELECT nama FROM candidates WHERE id = ?').pluck().get(id) as string;
}

/** Clicks `button` and saves the file the app offers as test-results/e2e/<name>. */
async function download(button: ReturnType<Page['getByRole']>, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = join(SCREENSHOTS, name);
  await file.saveAs(path);
  return path;
}

/** Turns every page of `pdf` into hasil-<stem>-N.png; returns how many pages it had. */
function pdfToPngs(pdf: string, stem: string): number {
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(SCREENSHOTS, stem)]);
  const pages = readdirSync(SCREENSHOTS).filter(
    (f) => f.startsWith(`${stem}-`) && f.endsWith('.png'),
  );
  return pages.length;
}

describe('the results of the demo in the browser', () => {
  it('ranks the formasi with the ties and opens a tied pair along the tie-break order', async () => {
    await go('/hasil');
    await page.getByRole('table', { name: /^Peringkat formasi/ }).waitFor();
    await app.screenshot('hasil-01-peringkat');
    const picker = page.getByRole('combobox', { name: 'Formasi' });
    const label = await picker.locator('option', { hasText: DEMO_TIE_FORMASI }).textContent();
    await picker.selectOption({ label: label! });
    const ranking = page.getByRole('table', { name: `Peringkat formasi ${DEMO_TIE_FORMASI}` });
    await ranking.waitFor();
    await expect
      .poll(() => ranking.getByText('ditentukan oleh', { exact: false }).count())
      .toBe(10);
    await expect.poll(() => ranking.getByText(/^=\d+$/).count()).toBe(2);
    await app.screenshot('hasil-02-formasi-seri');

    const pairs = storedTiePairs(app.store.db, selectionId);
    const bySkd = pairs.find((p) => p.level === 'skd_total')!;
    await ranking.getByRole('button', { name: namaOf(bySkd.second.id) }).click();
    const comparison = page.getByRole('table', { name: 'Urutan penentu peringkat' });
    await comparison.scrollIntoViewIfNeeded();
    const decisive = comparison.getByRole('row').filter({ hasText: 'menentukan' });
    expect(await decisive.textContent()).toContain('Total nilai SKD');
    await app.screenshot('hasil-03-pasangan-seri');

    const shared = pairs.find((p) => p.level === 'shared')!;
    await ranking.getByRole('button', { name: namaOf(shared.first.id) }).click();
    const note = page.getByText(/Masih sama pada seluruh urutan penentu/);
    await note.scrollIntoViewIfNeeded();
    await app.screenshot('hasil-04-seri-berbagi-peringkat');

    const calibration = page.getByRole('heading', { name: 'Kalibrasi penguji' });
    await calibration.scrollIntoViewIfNeeded();
    await app.screenshot('hasil-05-kalibrasi');
  });

  it('exports the JSON (the CLI’s bytes, the store’s hash) and the XLSX announcement table', async () => {
    const json = await download(page.getByRole('button', { name: /JSON/ }), 'hasil.json');
    const direct = await exportResults(app.store.db, selectionId, 'json', 'id');
    expect(readFileSync(json).equals(direct.bytes)).toBe(true);
    const document = JSON.parse(readFileSync(json, 'utf8')) as { inputsHash: string };
    expect(document.inputsHash).toBe(resultsHash(app.store.db, selectionId));
    await expect
      .poll(() =>
        page.getByRole('group', { name: 'Ekspor hasil' }).getByRole('status').textContent(),
      )
      .toContain(document.inputsHash);

    const xlsx = await download(page.getByRole('button', { name: /XLSX/ }), 'hasil.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    const heading = book.worksheets[0]!.getRow(1).values as unknown[];
    expect(heading).toEqual(
      expect.arrayContaining([
        'Nomor Peserta',
        'Nama',
        'Total SKD',
        'Nilai Integrasi',
        'Peringkat',
      ]),
    );
  });

  it('prints the rekap and the pengumuman from the results, and the session documents', async () => {
    const pages: Record<string, number> = {};
    const documents = page.getByRole('group', { name: 'Dokumen hasil' });
    const rekap = await download(
      documents.getByRole('button', { name: /rekap nilai/ }),
      'hasil-rekap.pdf',
    );
    pages.rekap = pdfToPngs(rekap, 'hasil-pdf-rekap');
    const pengumuman = await download(
      documents.getByRole('button', { name: /seluruh formasi/ }),
      'hasil-pengumuman.pdf',
    );
    pages.pengumuman = pdfToPngs(pengumuman, 'hasil-pdf-pengumuman');

    // The session documents of the tie formasi's session.
    const sessionId = app.store.db
      .prepare(`SELECT s.id FROM sessions s JOIN formasi f ON f.id = s.formasi_id WHERE f.code = ?`)
      .pluck()
      .get(DEMO_TIE_FORMASI) as string;
    await go(`/penilaian/sesi/${sessionId}`);
    for (const [stem, label] of [
      ['lembar', /lembar penilaian terisi/],
      ['daftar-hadir', /daftar hadir/],
      ['berita-acara', /berita acara/],
    ] as const) {
      const pdf = await download(page.getByRole('button', { name: label }), `hasil-${stem}.pdf`);
      pages[stem] = pdfToPngs(pdf, `hasil-pdf-${stem}`);
    }
    for (const count of Object.values(pages)) expect(count).toBeGreaterThan(0);
    // One lembar per counted sheet: 13 present candidates × 3 panel members.
    expect(pages.lembar).toBeGreaterThanOrEqual(13);
    // Every document carries the hash the results were computed from.
    const hash = resultsHash(app.store.db, selectionId);
    for (const stem of ['rekap', 'pengumuman', 'lembar', 'daftar-hadir', 'berita-acara']) {
      const text = execFileSync(
        'pdftotext',
        ['-enc', 'UTF-8', join(SCREENSHOTS, `hasil-${stem}.pdf`), '-'],
        {
          encoding: 'utf8',
        },
      );
      expect(text.replace(/\s+/g, '')).toContain(hash.slice(0, 16));
    }
  });
});
