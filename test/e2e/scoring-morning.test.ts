/**
 * The morning of a scoring day in a browser (web mode, Chromium): two assessors accept the
 * integrity statement, one declares a conflict of interest, the desk checks candidates in (one
 * absent), each assessor scores with the keyboard only, the second cannot see the first's scores
 * before submitting, one sheet is amended with a reason, and the chair's dashboard shows the
 * session complete. Screenshots: test-results/e2e/pagi-*.png.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { componentStatus, latestAttendance } from '../../src/main/core/attendance/queries';
import { ACTIVE_SELECTION_KEY } from '../../src/renderer/state/selection-store';
import {
  seedMorning,
  type Morning,
  type MorningAssessor,
  type MorningCandidate,
} from './morning-seed';
import { startApp, type E2eApp } from './harness';

let app: E2eApp;
let page: Page;
let day: Morning;

beforeAll(async () => {
  app = await startApp();
  page = app.page;
  page.setDefaultTimeout(20_000);
  day = await seedMorning(app.store);
  // The secretary made the seeded selection the active one before the morning.
  await page.evaluate(
    ([key, id]) => localStorage.setItem(key!, id!),
    [ACTIVE_SELECTION_KEY, day.selectionId],
  );
  await page.reload();
});

afterAll(async () => {
  await app?.close();
});

async function go(path: string): Promise<void> {
  await page.goto(`${app.server.url.split('#')[0]}#${path}`);
}

/** Presses Tab until `target` has the focus, as someone at the keyboard would. */
async function tabTo(target: Locator, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** Opens the scoring screen as `assessor` using only the keyboard. */
async function sitDown(assessor: MorningAssessor): Promise<void> {
  await go('/penilaian/nilai');
  await page.getByRole('heading', { name: 'Siapa Anda?' }).waitFor();
  await tabTo(page.getByRole('button', { name: new RegExp(`^${assessor.nama}`) }));
  await page.keyboard.press('Enter');
  // The app moves the focus into the PIN field on its own; type only once it is there.
  const pin = page.getByLabel(`PIN ${assessor.nama}`);
  await expect.poll(() => pin.evaluate((element) => element === document.activeElement)).toBe(true);
  await page.keyboard.type(assessor.pin);
  await page.keyboard.press('Enter');
  await page.getByTestId('queue-count').waitFor();
}

/** Waits until the app has put the focus on `candidate` in the queue, then opens their sheet. */
async function openFocused(candidate: MorningCandidate): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.candidate),
    )
    .toBe(candidate.id);
  await page.keyboard.press('Enter');
  await page.getByTestId('save-status').waitFor();
}

/** Types one digit per aspect into the open sheet, then signs it with the PIN. */
async function scoreOpen(assessor: MorningAssessor, levels: number[]): Promise<void> {
  for (const [index, level] of levels.entries()) {
    await page.keyboard.type(String(level));
    if (index < levels.length - 1) await page.keyboard.press('Tab');
  }
  await page.getByText('Lengkap: semua aspek sudah dinilai.').waitFor();
  await page.keyboard.press('Control+Enter');
  const dialog = page.getByRole('dialog', { name: 'Kirim lembar penilaian?' });
  await dialog.getByLabel('Ketik PIN Anda lagi').waitFor();
  await page.keyboard.type(assessor.pin);
  await page.keyboard.press('Enter');
  await page.getByTestId('submitted-sheet').waitFor();
}

/** Scores the candidate the queue has put the focus on. */
async function scoreNext(
  assessor: MorningAssessor,
  candidate: MorningCandidate,
  levels: number[],
): Promise<void> {
  await openFocused(candidate);
  await scoreOpen(assessor, levels);
}

/** Ends the sitting (locks the screen) from the keyboard. */
async function standUp(): Promise<void> {
  await tabTo(page.getByRole('button', { name: 'Selesai / kunci layar' }), 80);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Siapa Anda?' }).waitFor();
}

function sheetsOf(assessorId: string): { nomor: string; version: number }[] {
  return app.store.db
    .prepare(
      `SELECT c.nomor_peserta AS nomor, s.version FROM score_sheets s
       JOIN candidates c ON c.id = s.candidate_id
       WHERE s.assessor_id = ? ORDER BY c.nomor_peserta, s.version`,
    )
    .all(assessorId) as { nomor: string; version: number }[];
}

describe('the scoring morning in the browser (web mode, Chromium)', () => {
  it('two assessors accept the integrity statement', async () => {
    await go('/penilaian/penguji');
    await page.getByRole('heading', { level: 1, name: /^Penguji/ }).waitFor();
    for (const assessor of [day.budi, day.siti]) {
      await page.getByRole('button', { name: `Pakta integritas — ${assessor.nama}` }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel(`PIN ${assessor.nama}`).fill(assessor.pin);
      await app.screenshot(`pagi-01-pakta-${assessor.key}`);
      await dialog.getByRole('button', { name: 'Saya menerima pakta ini' }).click();
      await page.getByText(`${assessor.nama} telah menerima pakta integritas.`).waitFor();
    }
    const accepted = app.store.db
      .prepare('SELECT count(*) FROM integrity_statements')
      .pluck()
      .get();
    expect(accepted).toBe(2);
  });

  it('Siti declares a conflict of interest with one candidate', async () => {
    const citra = day.candidates[2]!;
    await page
      .getByRole('button', { name: `Nyatakan konflik kepentingan — ${day.siti.nama}` })
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Cari peserta').fill('Citra');
    await dialog.getByRole('radio', { name: new RegExp(citra.nama) }).check();
    await dialog.getByLabel('Jenis hubungan').selectOption({ label: 'Keluarga' });
    await dialog.getByLabel('Keterangan').fill('adik ipar');
    await dialog.getByLabel(`PIN ${day.siti.nama}`).fill(day.siti.pin);
    await app.screenshot('pagi-02-konflik');
    await dialog.getByRole('button', { name: 'Nyatakan konflik' }).click();
    await dialog.waitFor({ state: 'detached' });
    const conflicts = app.store.db
      .prepare('SELECT assessor_id AS assessorId, candidate_id AS candidateId FROM conflicts')
      .all();
    expect(conflicts).toEqual([{ assessorId: day.siti.id, candidateId: citra.id }]);
  });

  it('the desk checks candidates in with the keyboard, one absent', async () => {
    await go(`/penilaian/sesi/${day.sessionId}`);
    await page.getByRole('heading', { name: 'Meja kehadiran' }).waitFor();
    const [ayu, bagus, citra, dimas] = day.candidates;
    await page.getByRole('row', { name: `${ayu!.nomorPeserta} ${ayu!.nama}` }).focus();
    // Ayu and Bagus on time, Citra late, each identity checked; Dimas does not come.
    for (const keys of [['h', 'k'], ['h', 'k'], ['t', 'k'], ['a']]) {
      for (const key of keys) {
        await page.keyboard.press(key);
        await page.waitForTimeout(50);
      }
      await page.keyboard.press('ArrowDown');
    }
    await page.getByText(`${dimas!.nama}: Tidak hadir.`).waitFor();
    await app.screenshot('pagi-03-kehadiran');
    const desk = day.candidates.map((c) => {
      const latest = latestAttendance(app.store.db, day.sessionId, c.id);
      return {
        nama: c.nama,
        status: componentStatus(app.store.db, day.sessionId, c.id),
        identity: latest?.identityChecked ?? false,
      };
    });
    expect(desk).toEqual([
      { nama: ayu!.nama, status: 'hadir', identity: true },
      { nama: bagus!.nama, status: 'hadir', identity: true },
      { nama: citra!.nama, status: 'terlambat', identity: true },
      { nama: dimas!.nama, status: 'TH', identity: false },
    ]);
  });

  it('Budi scores the three present candidates with the keyboard only', async () => {
    await sitDown(day.budi);
    await app.screenshot('pagi-04-antrean-budi');
    const [ayu, bagus, citra] = day.candidates;
    await scoreNext(day.budi, ayu!, [4, 3, 5]);
    await app.screenshot('pagi-05-terkirim-budi');
    // After a submit the focus is on the next candidate waiting for a sheet.
    await scoreNext(day.budi, bagus!, [3, 3, 4]);
    await scoreNext(day.budi, citra!, [5, 4, 4]);
    await expect
      .poll(() => page.getByTestId('queue-count').textContent())
      .toBe('3 dari 3 terkirim');
    await standUp();
    expect(sheetsOf(day.budi.id)).toEqual(
      day.candidates.slice(0, 3).map((c) => ({ nomor: c.nomorPeserta, version: 1 })),
    );
  });

  it("Siti cannot see Budi's scores until she has submitted her own", async () => {
    const [ayu, bagus] = day.candidates;
    await sitDown(day.siti);
    await openFocused(ayu!);
    await expect.poll(() => page.getByTestId('others-sealed').textContent()).toContain('disegel');
    await app.screenshot('pagi-06-tersegel-siti');
    await scoreOpen(day.siti, [4, 4, 4]);
    const others = page
      .getByRole('region', { name: 'Nilai penguji lain' })
      .or(page.locator('.others-panel'));
    await others.getByRole('rowheader', { name: day.budi.nama }).waitFor();
    await app.screenshot('pagi-07-nilai-lain-siti');
    await scoreNext(day.siti, bagus!, [3, 4, 3]);
  });

  it('Siti amends one sheet with a reason; both versions stay', async () => {
    await tabTo(page.getByRole('button', { name: new RegExp(day.candidates[0]!.nama) }), 80);
    await page.keyboard.press('Enter');
    await tabTo(page.getByRole('button', { name: 'Ubah (amandemen)' }), 80);
    await page.keyboard.press('Enter');
    await page.getByText('Amandemen: versi yang sudah dikirim').waitFor();
    // The first aspect has the focus: raise it from 4 to 5.
    await page.keyboard.type('5');
    await page.keyboard.press('Control+Enter');
    const dialog = page.getByRole('dialog', { name: 'Kirim amandemen?' });
    await dialog.getByLabel('Alasan').waitFor();
    await page.keyboard.type('Salah lingkar pada aspek K1; dicek ulang dengan catatan wawancara.');
    await tabTo(dialog.getByLabel('Ketik PIN Anda lagi'));
    await page.keyboard.type(day.siti.pin);
    await app.screenshot('pagi-08-amandemen');
    await page.keyboard.press('Enter');
    await page.getByText('Terkirim — versi 2').waitFor();
    await app.screenshot('pagi-09-versi-2');
    await standUp();
    expect(sheetsOf(day.siti.id)).toEqual([
      { nomor: day.candidates[0]!.nomorPeserta, version: 1 },
      { nomor: day.candidates[0]!.nomorPeserta, version: 2 },
      { nomor: day.candidates[1]!.nomorPeserta, version: 1 },
    ]);
  });

  it("the chair's dashboard shows the session complete", async () => {
    await go('/penilaian');
    const row = page.getByRole('row', { name: /Ruang Rapat 1/ });
    await row.waitFor();
    await expect.poll(() => row.textContent()).toContain('Lengkap');
    await app.screenshot('pagi-10-dasbor');
  });
});
