/**
 * Rubrics and scoring plans, as a committee secretary does it in a browser: create a selection
 * with a teacher formasi, copy the microteaching template, edit an anchor, publish it, and give the
 * formasi a plan that uses it with weights. Screenshots go to test-results/e2e/rubrik-*.png.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RubricDraftContent } from '../../src/shared/rubric/rubric';
import type { ScoringPlan } from '../../src/shared/plan/plan';
import { rubricContentHash } from '../../src/main/core/rubrics/content-hash';
import { startApp, type E2eApp } from './harness';

const SELECTION = 'Seleksi CPNS Kabupaten Grobogan 2025';
const TEMPLATE = 'Simulasi Mengajar (Pembelajaran Mikro) Formasi Guru';
const NEW_ANCHOR =
  'Kelima kriteria tampak dan pembukaan terhubung jelas dengan kehidupan peserta didik di Grobogan.';

let app: E2eApp;
let page: Page;

beforeAll(async () => {
  app = await startApp();
  page = app.page;
});

afterAll(async () => {
  await app?.close();
});

/** Scrolls the app's main pane (it scrolls inside itself, not the window). */
async function scrollMain(to: 'top' | 'bottom'): Promise<void> {
  await page
    .locator('.app-main')
    .evaluate((el, where) => el.scrollTo(0, where === 'top' ? 0 : el.scrollHeight), to);
}

function rubricRows(): { id: string; status: string; content: RubricDraftContent; hash: string }[] {
  return (
    app.store.db
      .prepare('SELECT id, status, content_json, content_hash FROM rubric_versions')
      .all() as { id: string; status: string; content_json: string; content_hash: string }[]
  ).map((row) => ({
    id: row.id,
    status: row.status,
    content: JSON.parse(row.content_json) as RubricDraftContent,
    hash: row.content_hash,
  }));
}

describe('rubrics and scoring plans in the browser (web mode, Chromium)', () => {
  it('creates a selection with a teacher formasi', async () => {
    await page.getByRole('button', { name: 'Buat seleksi' }).first().click();
    await page.getByLabel('Nama seleksi').fill(SELECTION);
    await page.getByLabel('Tahun').fill('2025');
    await page.getByLabel('Jenis').selectOption('CPNS');
    await page.getByLabel('Instansi').fill('Pemerintah Kabupaten Grobogan');
    await page.getByLabel('Lokasi').fill('Kantor Kecamatan Purwodadi');
    await page.getByRole('button', { name: 'Simpan seleksi' }).click();
    await page.getByText('dibuat dan dijadikan aktif').waitFor();
    await page.getByRole('button', { name: 'Tambah formasi' }).first().click();
    await page.getByLabel('Kode formasi').fill('GR-SD-01');
    await page.getByLabel('Jabatan').fill('Ahli Pertama - Guru Kelas');
    await page.getByLabel('Unit/lokasi penempatan').fill('SD Negeri 1 Purwodadi');
    await page.getByLabel('Pendidikan').fill('S-1 PGSD');
    await page.getByLabel('Kuota').fill('2');
    await page.getByRole('button', { name: 'Simpan formasi' }).click();
    await page.getByText('Formasi GR-SD-01 ditambahkan.').waitFor();
  });

  it('lists the four built-in templates', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Rubrik', exact: true }).click();
    await page.getByRole('heading', { name: 'Templat bawaan' }).waitFor();
    await expect(page.getByRole('button', { name: /^Salin untuk diubah: / }).count()).resolves.toBe(
      4,
    );
    await app.screenshot('rubrik-01-daftar-templat');
  });

  it('copies the microteaching template and edits an anchor of a draft', async () => {
    await page.getByRole('button', { name: `Salin untuk diubah: ${TEMPLATE}` }).click();
    await page.getByRole('heading', { name: 'Data rubrik' }).waitFor();
    const aspect = page.getByRole('group', { name: /^Aspek 1 —/ });
    await aspect.getByLabel('Patokan tingkat 4').fill(NEW_ANCHOR);
    await aspect.getByLabel('Patokan tingkat 4').scrollIntoViewIfNeeded();
    await app.screenshot('rubrik-02-sunting-patokan');
    await page.getByRole('button', { name: 'Simpan draf' }).click();
    await page.getByText('Draf disimpan.').waitFor();
    const [draft] = rubricRows().filter((row) => row.status === 'draft');
    expect(draft?.content.aspects[0]?.levels[3]?.anchor).toBe(NEW_ANCHOR);
  });

  it('previews the rubric exactly as an assessor will see it, saving nothing', async () => {
    const before = app.store.db.prepare('SELECT count(*) FROM journal').pluck().get();
    await page.getByRole('tab', { name: 'Pratinjau sebagaimana dilihat penguji' }).click();
    await page.getByText(NEW_ANCHOR).first().waitFor();
    await page.getByRole('radio', { name: /^3 — / }).first().click();
    await app.screenshot('rubrik-03-pratinjau');
    expect(app.store.db.prepare('SELECT count(*) FROM journal').pluck().get()).toBe(before);
    await page.getByRole('tab', { name: 'Sunting isi' }).click();
  });

  it('publishes it after a warning that publishing is irreversible', async () => {
    await page.getByRole('button', { name: 'Terbitkan…' }).click();
    await page.getByText('Penerbitan tidak dapat dibatalkan.').waitFor();
    await app.screenshot('rubrik-04-konfirmasi-terbit');
    await page.getByRole('button', { name: 'Ya, terbitkan' }).click();
    await page.getByTestId('published-notice').waitFor();
    const published = rubricRows().find(
      (row) => row.content.aspects[0]?.levels[3]?.anchor === NEW_ANCHOR,
    );
    expect(published?.status).toBe('published');
    expect(published?.hash).toBe(rubricContentHash(published!.content));
    await page.getByText(published!.hash).first().waitFor();
    await app.screenshot('rubrik-05-terbit');
  });

  it('gives the teacher formasi a CPNS daerah plan with the published rubric at 40 % of SKB', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Seleksi', exact: true }).click();
    await page.getByRole('link', { name: SELECTION, exact: true }).click();
    await page.getByRole('link', { name: 'Atur skema penilaian formasi GR-SD-01' }).click();
    await page.getByLabel('Preset aturan').selectOption('cpns-daerah-2024');
    await page.getByRole('button', { name: 'Tambah komponen' }).click();
    const teaching = page.getByRole('group', { name: /^Komponen 3/ });
    await teaching.getByLabel('Nama komponen').fill('Simulasi Mengajar');
    await teaching.getByLabel('Kategori').selectOption('simulasi_mengajar');
    await teaching.getByLabel('Termasuk bagian').selectOption('skb');
    await teaching.getByLabel('Bobot (% dari bagian)').fill('40');
    const published = rubricRows().find((row) => row.status === 'published')!;
    await teaching.getByLabel('Rubrik').selectOption(published.id);
    await page
      .getByRole('group', { name: /^Komponen 2/ })
      .getByLabel('Bobot (% dari bagian)')
      .fill('60');
    await page.getByText('Tidak ada kesalahan atau peringatan.').waitFor();
    await page.getByRole('button', { name: 'Simpan skema' }).click();
    await page.getByText('Skema penilaian disimpan.').waitFor();
    await scrollMain('top');
    await app.screenshot('rubrik-06-skema-formasi-guru');

    const stored = app.store.db
      .prepare('SELECT plan_json FROM formasi_plans')
      .pluck()
      .get() as string;
    const plan = JSON.parse(stored) as ScoringPlan;
    const rubric = published;
    expect(plan.preset).toBe('cpns-daerah-2024');
    expect(plan.parts.map((p) => [p.key, p.weight])).toEqual([
      ['skd', 40],
      ['skb', 60],
    ]);
    expect(plan.components.map((c) => [c.key, c.part, c.weight])).toEqual([
      ['skd', 'skd', 100],
      ['skb_cat', 'skb', 60],
      [expect.any(String), 'skb', 40],
    ]);
    expect(plan.components[2]?.source).toEqual({
      type: 'rubric',
      rubricVersionId: rubric.id,
      rubricHash: rubric.hash,
      minAssessors: 2,
    });
  });

  it('shows a warning that names the rule when the teaching test weighs over 40 % of SKB', async () => {
    const weight = page
      .getByRole('group', { name: /^Komponen 3/ })
      .getByLabel('Bobot (% dari bagian)');
    await weight.fill('50');
    await page
      .getByRole('group', { name: /^Komponen 2/ })
      .getByLabel('Bobot (% dari bagian)')
      .fill('50');
    await page
      .getByText(/paling banyak 40% \(PermenPANRB 27\/2021; PermenPANRB 6\/2024\)/)
      .waitFor();
    await scrollMain('top');
    await app.screenshot('rubrik-07-peringatan-aturan');
    // A warning never blocks: rules change every year and the committee answers for its choice.
    await page.getByRole('button', { name: 'Simpan skema' }).click();
    await expect
      .poll(() => {
        const json = app.store.db.prepare('SELECT plan_json FROM formasi_plans').pluck().get();
        return (JSON.parse(json as string) as ScoringPlan).components[2]?.weight;
      })
      .toBe(50);
  });
});
