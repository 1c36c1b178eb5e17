/**
 * The whole loop in Chromium (web mode), two data folders: an office starts from the central's
 * setup package (first use: the fingerprint typed from the phone call), scores, and exports its
 * results; the central office imports them with a forked copy's bundle, sees the signer held as
 * untrusted, accepts it after the fingerprint check, sees the fork side by side in the quarantine,
 * and reads the signed merge report. Screenshots: test-results/e2e/gabung-*.png.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDeviceKey } from '../../src/main/core/device/device-key';
import type { DemoSetup } from '../../src/main/core/demo/create-demo';
import { startApp, type E2eApp } from './harness';
import { E2E_PASSPHRASE, forkedResults, scoreOffice, seedCentral } from './merge-seed';

let central: E2eApp;
let office: E2eApp;
let folder: string;
let setup: DemoSetup;
let centralFingerprint: string;
let setupFile: string;
let officeResults: string;
let forkedFile: string;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'panitia-e2e-bundles-'));
  central = await startApp();
  ({
    setup,
    fingerprint: centralFingerprint,
    setupFile,
  } = await seedCentral(central.store, folder));
  office = await startApp();
}, 120_000);

afterAll(async () => {
  await office?.close();
  await central?.close();
  rmSync(folder, { recursive: true, force: true });
});

async function openTab(page: Page, tab: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Navigasi utama' })
    .getByRole('link', { name: 'Ekspor/Impor' })
    .click();
  await page
    .getByRole('navigation', { name: 'Bagian Ekspor/Impor' })
    .getByRole('link', { name: tab, exact: true })
    .click();
}

async function createKey(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Navigasi utama' })
    .getByRole('link', { name: 'Perangkat' })
    .click();
  await page.getByLabel('Frasa sandi', { exact: true }).fill(E2E_PASSPHRASE);
  await page.getByLabel('Ulangi frasa sandi').fill(E2E_PASSPHRASE);
  await page.getByRole('button', { name: 'Buat kunci' }).click();
  await page.getByTestId('device-fingerprint').waitFor();
}

describe('the merge loop in the browser', () => {
  it('starts an office from the setup package after the fingerprint check', async () => {
    const { page } = office;
    await createKey(page);
    await openTab(page, 'Impor');
    await page.getByLabel('Pilih berkas').setInputFiles(setupFile);
    await page.getByText('Mulai sebagai kantor pelaksana', { exact: true }).first().waitFor();
    const shown = (await page.getByTestId('setup-fingerprint').innerText()).split(/\s+/).join(' ');
    expect(shown).toContain(centralFingerprint);
    await page.getByLabel('Nama kantor pelaksana ini').fill('Kecamatan Godong');
    // A wrong fingerprint first: the translated refusal, nothing started.
    await page
      .getByLabel('Sidik jari dari kantor pusat')
      .fill('0000 0000 0000 0000 0000 0000 0000 0000');
    await page.getByRole('button', { name: 'Mulai sebagai kantor pelaksana' }).click();
    await page
      .getByText('tidak sama dengan sidik jari penanda tangan paket', { exact: false })
      .waitFor();
    await office.screenshot('gabung-01-sidik-jari-salah');
    expect(office.store.db.prepare('SELECT count(*) FROM selections').pluck().get()).toBe(0);
    await page.getByLabel('Sidik jari dari kantor pusat').fill(centralFingerprint.toUpperCase());
    await page.getByRole('button', { name: 'Mulai sebagai kantor pelaksana' }).click();
    await page.getByText('Perangkat ini kini kantor pelaksana "Kecamatan Godong"').waitFor();
    await office.screenshot('gabung-02-kantor-dimulai');
    expect(office.store.db.prepare('SELECT count(*) FROM candidates').pluck().get()).toBe(30);
  });

  it('scores, and exports the signed result bundle', async () => {
    const { page } = office;
    // A copy of this database used elsewhere, then both score: the central will see a fork.
    forkedFile = await forkedResults(office.store, setup, folder);
    scoreOffice(office.store, setup, [0, 1], 1);
    await openTab(page, 'Ekspor');
    await page.getByLabel('Hasil (ke kantor pusat)').check();
    await page.getByText('lembar nilai', { exact: false }).waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Simpan berkas' }).click();
    officeResults = join(folder, 'godong-hasil.panitia');
    await (await download).saveAs(officeResults);
    await page.getByText('disimpan', { exact: false }).waitFor();
    await office.screenshot('gabung-03-ekspor-hasil');
    const exported = (await page.getByTestId('export-fingerprint').innerText())
      .split(/\s+/)
      .join(' ');
    expect(exported).toContain(getDeviceKey(office.store.db)!.fingerprint);
  });

  it('imports both bundles at the central office: held, as their signer is not trusted yet', async () => {
    const { page } = central;
    await page
      .getByRole('navigation', { name: 'Navigasi utama' })
      .getByRole('link', { name: 'Perangkat' })
      .click();
    await page.getByLabel('Frasa sandi', { exact: true }).fill(E2E_PASSPHRASE);
    await page.getByRole('button', { name: 'Buka kunci' }).click();
    await page
      .getByText('Kunci perangkat terbuka untuk sesi aplikasi ini.', { exact: false })
      .waitFor();
    await openTab(page, 'Impor');
    await page.getByLabel('Pilih berkas').setInputFiles([officeResults, forkedFile]);
    await expect
      .poll(() =>
        page.getByText('Sah, tetapi penanda tangan belum tepercaya', { exact: false }).count(),
      )
      .toBe(2);
    await page.getByRole('button', { name: 'Gabungkan (2 berkas)' }).click();
    await page.getByText('Penggabungan selesai').waitFor();
    await central.screenshot('gabung-04-impor-di-pusat');
    const held = central.store.db.prepare(
      "SELECT count(*) FROM received_bundles WHERE trust = 'untrusted'",
    );
    expect(held.pluck().get()).toBe(2);
    expect(central.store.db.prepare('SELECT count(*) FROM score_sheets').pluck().get()).toBe(0);
  });

  it('accepts the signer after the phone check, then shows the fork side by side', async () => {
    const { page } = central;
    const officeFingerprint = getDeviceKey(office.store.db)!.fingerprint;
    await openTab(page, 'Karantina');
    const list = page.getByRole('navigation', { name: 'Daftar butir karantina' });
    for (let n = 0; n < 2; n += 1) {
      const open = list
        .getByRole('link', { name: /Paket dari/ })
        .filter({ hasText: 'Belum diputuskan' })
        .first();
      const href = (await open.getAttribute('href')) as string;
      await open.click();
      await page.waitForURL((url) => url.href.endsWith(href));
      await page
        .getByLabel(`Terima penanda tangan dengan sidik jari ${officeFingerprint}`, {
          exact: false,
        })
        .check();
      await page
        .getByLabel('Alasan keputusan (wajib)')
        .fill('Sidik jari dibacakan camat Godong lewat telepon, cocok');
      if (n === 0) await central.screenshot('gabung-05-penanda-tangan');
      await page.getByRole('button', { name: 'Catat keputusan' }).click();
      await page.getByRole('button', { name: 'Ya, catat' }).click();
      await expect
        .poll(() =>
          central.store.db
            .prepare("SELECT count(*) FROM journal WHERE kind = 'quarantine.resolved'")
            .pluck()
            .get(),
        )
        .toBe(n + 1);
      await page.reload();
    }
    // Both bundles are in now; the laptop copy forked the office's chain: both sides held.
    const fork = list.getByRole('link', { name: /bercabang/ });
    await fork.click();
    await page.getByText('Sisi 2', { exact: false }).first().waitFor();
    await central.screenshot('gabung-06-fork-berdampingan');
    expect(central.store.db.prepare('SELECT count(*) FROM score_sheets').pluck().get()).toBe(0);
  });

  it('shows the signed merge report', async () => {
    const { page } = central;
    await openTab(page, 'Laporan penggabungan');
    await page
      .getByRole('link', { name: /2026|20\d\d/ })
      .first()
      .click();
    await page.getByText('Tanda tangan sah').waitFor();
    await page.getByText('godong-hasil.panitia', { exact: false }).first().waitFor();
    await central.screenshot('gabung-07-laporan');
  });
});
