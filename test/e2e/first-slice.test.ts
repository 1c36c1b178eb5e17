/**
 * The first vertical slice, as a committee secretary does it in a browser: create a selection,
 * add formasi, import a CSV with a bad row, read the error, fix the file, import, search, open a
 * candidate, switch language, and verify the journal. Screenshots go to test-results/e2e/.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { candidatesCsv } from '../../src/main/core/demo/candidates-csv';
import { generateDemoCandidates } from '../../src/main/core/demo/demo-candidates';
import { DEMO_FORMASI } from '../../src/main/core/demo/demo-formasi';
import { seededRandom } from '../../src/main/core/demo/random';
import { startApp, type E2eApp } from './harness';

const FORMASI = [DEMO_FORMASI[0], DEMO_FORMASI[2]].filter((f) => f !== undefined);
const CANDIDATES = generateDemoCandidates(seededRandom(11), FORMASI, 2024, 30);

let app: E2eApp;
let page: Page;

beforeAll(async () => {
  app = await startApp();
  page = app.page;
});

afterAll(async () => {
  await app?.close();
});

/** Writes a candidate CSV into the data folder and returns its path. */
function csvFile(name: string, text: string): string {
  const path = join(app.dataDir, name);
  writeFileSync(path, text);
  return path;
}

describe('first slice in the browser (web mode, Chromium)', () => {
  it('opens in Indonesian with every section', async () => {
    const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
    for (const name of [
      'Seleksi',
      'Peserta',
      'Rubrik',
      'Penilaian',
      'Jejak audit',
      'Hasil',
      'Ekspor/Impor',
      'Pengaturan',
    ]) {
      await expect(nav.getByRole('link', { name, exact: true }).count()).resolves.toBe(1);
    }
    await page.getByRole('heading', { name: 'Belum ada seleksi' }).waitFor();
    await app.screenshot('01-seleksi-kosong');
  });

  it('creates a selection, with a validation error first', async () => {
    await page.getByRole('button', { name: 'Buat seleksi' }).first().click();
    await page.getByLabel('Nama seleksi').fill('Seleksi CPNS Kabupaten Grobogan 2024');
    await page.getByLabel('Tahun').fill('24');
    await page.getByRole('button', { name: 'Simpan seleksi' }).click();
    await page.getByText('Isi tahun dengan 4 angka').first().waitFor();
    await app.screenshot('02-seleksi-validasi');
    await page.getByLabel('Tahun').fill('2024');
    await page.getByLabel('Jenis').selectOption('CPNS');
    await page.getByLabel('Instansi').fill('Pemerintah Kabupaten Grobogan');
    await page.getByLabel('Lokasi').fill('Kantor Kecamatan Toroh');
    await page.getByRole('button', { name: 'Simpan seleksi' }).click();
    await page.getByText('dibuat dan dijadikan aktif').waitFor();
  });

  it('adds two formasi', async () => {
    for (const f of FORMASI) {
      await page.getByRole('button', { name: 'Tambah formasi' }).first().click();
      await page.getByLabel('Kode formasi').fill(f.code);
      await page.getByLabel('Jabatan').fill(f.jabatan);
      await page.getByLabel('Unit/lokasi penempatan').fill(f.unit);
      await page.getByLabel('Pendidikan').fill(f.pendidikan);
      await page.getByLabel('Kuota').fill(String(f.quota));
      await page.getByRole('button', { name: 'Simpan formasi' }).click();
      await page.getByText(`Formasi ${f.code} ditambahkan.`).waitFor();
    }
    await app.screenshot('03-seleksi-dan-formasi');
  });

  it('refuses a CSV with a bad row, naming its line, and imports nothing', async () => {
    const lines = candidatesCsv(CANDIDATES).trimEnd().split('\r\n');
    // Line 4 of the file: a NIK with a digit missing, as happens when typing from paper.
    lines[3] = (lines[3] as string).replace(/,(3315\d{11})\d,/, ',$1,');
    await page.getByRole('link', { name: 'Peserta', exact: true }).click();
    await page.getByRole('link', { name: 'Impor peserta' }).first().click();
    await page
      .getByLabel('Pilih berkas CSV atau XLSX')
      .setInputFiles(csvFile('peserta-salah.csv', lines.join('\r\n')));
    await page.getByRole('heading', { name: 'Baris tidak valid (1)' }).waitFor();
    const table = page.getByRole('table', { name: 'Baris tidak valid beserta masalahnya' });
    await expect(table.getByRole('row').nth(1).textContent()).resolves.toMatch(/^4.*NIK/);
    await expect(page.getByRole('button', { name: 'Impor 30 peserta' }).isDisabled()).resolves.toBe(
      true,
    );
    await page.getByRole('button', { name: 'Impor hanya 29 baris yang valid' }).waitFor();
    await table.scrollIntoViewIfNeeded();
    await app.screenshot('04-impor-baris-salah');
    const imported = app.store.db.prepare('SELECT count(*) FROM candidates').pluck().get();
    expect(imported).toBe(0);
  });

  it('imports the fixed file', async () => {
    await page
      .getByLabel('Pilih berkas CSV atau XLSX')
      .setInputFiles(csvFile('peserta.csv', candidatesCsv(CANDIDATES)));
    await page.getByText('Semua baris valid.').waitFor();
    await page.getByRole('button', { name: 'Impor 30 peserta' }).click();
    await page.getByText('30 peserta berhasil diimpor dari peserta.csv.').waitFor();
    await app.screenshot('05-impor-berhasil');
    expect(app.store.db.prepare('SELECT count(*) FROM candidates').pluck().get()).toBe(30);
  });

  it('searches as you type and opens a candidate', async () => {
    await page.getByRole('link', { name: 'Lihat daftar peserta' }).click();
    await page.getByText('30 peserta').first().waitFor();
    const target = CANDIDATES[7];
    if (!target) throw new Error('no candidate');
    const family = target.nama.split(' ').slice(1).join(' ');
    await page.getByLabel('Cari peserta').pressSequentially(family, { delay: 40 });
    const list = page.getByRole('list', { name: 'Daftar peserta' });
    const expected = CANDIDATES.filter((c) =>
      c.nama.toLowerCase().includes(family.toLowerCase()),
    ).length;
    await page.getByText(`${expected} peserta`, { exact: true }).waitFor();
    await expect(list.getByRole('listitem').count()).resolves.toBe(expected);
    await app.screenshot('06-cari-peserta');
    await list
      .getByRole('link', {
        name: new RegExp(`^${target.nama}, nomor peserta ${target.nomorPeserta}`),
      })
      .click();
    await page.getByRole('heading', { name: target.nama, level: 2 }).waitFor();
    await page.getByText(target.nomorPeserta).first().waitFor();
    await page.getByRole('heading', { name: 'Riwayat di jurnal' }).waitFor();
    await page.getByText('Peserta diimpor').first().waitFor();
    await app.screenshot('07-detail-peserta');
  });

  it('switches to English at run time', async () => {
    await page.getByRole('button', { name: 'English' }).first().click();
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await nav.getByRole('link', { name: 'Candidates', exact: true }).waitFor();
    await app.screenshot('08-english');
    await page.getByRole('button', { name: 'Bahasa Indonesia' }).first().click();
    await page.getByRole('navigation', { name: 'Navigasi utama' }).waitFor();
  });

  it('verifies the journal from Pengaturan', async () => {
    await page.getByRole('link', { name: 'Pengaturan', exact: true }).click();
    await page.getByRole('button', { name: 'Periksa jurnal' }).click();
    await page.getByText('Jurnal utuh: 4 entri dalam 1 rantai.').waitFor();
    await page.getByRole('heading', { name: 'Entri terbaru' }).scrollIntoViewIfNeeded();
    await app.screenshot('09-pengaturan-jurnal');
  });
});
