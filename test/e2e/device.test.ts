/**
 * The Perangkat screen in Chromium (web mode): create the device key under a passphrase, read the
 * fingerprint, and see the QR code load as a data: image under the app's real CSP.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDeviceKey } from '../../src/main/core/device/device-key';
import { startApp, type E2eApp } from './harness';

let app: E2eApp;
let page: Page;
const violations: string[] = [];

beforeAll(async () => {
  app = await startApp();
  page = app.page;
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
});

afterAll(async () => {
  await app?.close();
});

describe('Perangkat in the browser', () => {
  it('creates the key, shows its fingerprint and a QR code that the CSP lets load', async () => {
    const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
    await nav.getByRole('link', { name: 'Perangkat' }).click();
    await page.getByLabel('Frasa sandi', { exact: true }).fill('kopi tubruk di kantor camat');
    await page.getByLabel('Ulangi frasa sandi').fill('kopi tubruk di kantor camat');
    await page.getByRole('button', { name: 'Buat kunci' }).click();
    const fingerprint = page.getByTestId('device-fingerprint');
    await fingerprint.waitFor();
    const key = getDeviceKey(app.store.db);
    expect(key).not.toBeNull();
    expect((await fingerprint.innerText()).split(/\s+/).join(' ')).toBe(key?.fingerprint);
    const qr = page.getByRole('img', { name: /Kode QR kunci perangkat/ });
    await expect
      .poll(() => qr.evaluate((img) => (img as HTMLImageElement).naturalWidth))
      .toBeGreaterThan(0);
    await page
      .getByText('Kunci perangkat terbuka untuk sesi aplikasi ini.', { exact: false })
      .waitFor();
    await app.screenshot('perangkat');
    expect(violations).toEqual([]);
  });
});
