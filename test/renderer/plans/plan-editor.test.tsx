import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { presetPlan } from '../../../src/shared/plan/presets';
import type { RubricVersion } from '../../../src/shared/rubric/rubric';
import { FakeBackend } from '../helpers/fake-backend';
import { renderApp } from '../helpers/render-app';
import { microteachingPublished } from '../rubrics/rubric-test-data';

function setup(options: { plan?: 'saved' | 'locked' } = {}) {
  const backend = new FakeBackend();
  const selection = backend.seedSelection();
  const guru = backend.seedFormasi(selection.id, { code: 'G-001', jabatan: 'Guru Kelas' });
  const admin = backend.seedFormasi(selection.id, { code: 'A-002', jabatan: 'Pranata Komputer' });
  const rubric = microteachingPublished(backend);
  if (options.plan)
    backend.seedPlan(guru.id, presetPlan('cpns-daerah-2024'), options.plan === 'locked');
  const app = renderApp({
    backend,
    path: `/seleksi/${selection.id}/skema/${guru.id}`,
    activeSelectionId: selection.id,
  });
  return { ...app, selection, guru, admin, rubric };
}

// How a published rubric version is offered: title, version and short hash.
const rubricOption = (rubric: RubricVersion) =>
  `${rubric.content.title} — v${rubric.version} (${rubric.contentHash.slice(0, 8)})`;
const formula = () => screen.getByTestId('formula-line');
const saveButton = () => screen.getByRole('button', { name: 'Simpan skema' });
const component = (n: number) =>
  screen.getByRole('group', { name: new RegExp(`^Komponen ${n} —`) });
const part = (n: number) => screen.getByRole('group', { name: new RegExp(`^Bagian ${n} —`) });

async function choosePreset(user: ReturnType<typeof setup>['user'], label: string) {
  await user.selectOptions(await screen.findByLabelText('Preset aturan'), label);
}

describe('the scoring plan of a formasi', () => {
  it('starts from a preset, which fills the form, and writes the formula in words', async () => {
    const { user } = setup();
    expect(
      await screen.findByText('Pilih preset untuk memulai. Isinya dapat diubah sesudahnya.'),
    ).toBeInTheDocument();
    await choosePreset(user, 'CPNS instansi daerah 2024');
    expect(within(part(1)).getByLabelText('Nama bagian')).toHaveValue('SKD');
    expect(within(part(2)).getByLabelText('Bobot (% dari nilai akhir)')).toHaveValue('60');
    expect(within(component(2)).getByLabelText('Nilai maksimum')).toHaveValue('500');
    expect(formula()).toHaveTextContent(
      'Nilai akhir = 40% × SKD (CAT BKN)/550×100 + 60% × SKB CAT/500×100',
    );
    expect(
      within(screen.getByRole('list', { name: 'Urutan penentu peringkat' }))
        .getAllByRole('listitem')
        .map((item) => within(item).getByText(/./, { selector: '.tiebreak-name' }).textContent),
    ).toEqual([
      'Total nilai SKD',
      'Nilai TKP',
      'Nilai TIU',
      'Nilai TWK',
      'IPK / nilai ijazah',
      'Usia tertua',
    ]);
    expect(screen.getByText('Tidak ada kesalahan atau peringatan.')).toBeInTheDocument();
  });

  it('blocks saving while the weights do not add up', async () => {
    const { user, backend } = setup();
    await choosePreset(user, 'CPNS instansi daerah 2024');
    const weight = within(part(1)).getByLabelText('Bobot (% dari nilai akhir)');
    await user.clear(weight);
    await user.type(weight, '50');
    expect(
      screen.getByText('Jumlah bobot bagian nilai akhir 110%, seharusnya tepat 100%.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Kesalahan (1): skema belum dapat disimpan')).toBeInTheDocument();
    expect(saveButton()).toBeDisabled();
    expect(saveButton()).toHaveAccessibleDescription(/Jumlah bobot bagian nilai akhir 110%/);
    // A weight that is no number is marked at the field.
    await user.clear(weight);
    await user.type(weight, 'x');
    expect(weight).toHaveAccessibleDescription('Isi dengan angka.');
    expect(saveButton()).toBeDisabled();
    expect(backend.callsTo('plan:set')).toHaveLength(0);
  });

  it('adds a component scored on a published rubric, re-weights SKB and saves', async () => {
    const { user, backend, guru, rubric } = setup();
    await choosePreset(user, 'CPNS instansi daerah 2024');
    await user.click(screen.getByRole('button', { name: 'Tambah komponen' }));
    const added = component(3);
    expect(within(added).getByLabelText('Nama komponen')).toHaveFocus();
    await user.type(within(added).getByLabelText('Nama komponen'), 'Simulasi Mengajar');
    expect(within(added).getByLabelText('Kunci')).toHaveValue('simulasi_mengajar');
    await user.selectOptions(within(added).getByLabelText('Kategori'), 'Simulasi Mengajar');
    expect(within(added).getByLabelText('Termasuk bagian')).toHaveValue('skb');
    await user.type(within(added).getByLabelText('Bobot (% dari bagian)'), '40');
    expect(
      screen.getByText(
        'Komponen Simulasi Mengajar belum memiliki rubrik. Pilih rubrik yang sudah diterbitkan.',
      ),
    ).toBeInTheDocument();
    await user.selectOptions(within(added).getByLabelText('Rubrik'), rubricOption(rubric));
    const skbCat = within(component(2)).getByLabelText('Bobot (% dari bagian)');
    await user.clear(skbCat);
    await user.type(skbCat, '60');
    expect(formula()).toHaveTextContent(
      'Nilai akhir = 40% × SKD (CAT BKN)/550×100 + 60% × (60% × SKB CAT/500×100 + 40% × Simulasi Mengajar)',
    );
    expect(screen.getByText('Tidak ada kesalahan atau peringatan.')).toBeInTheDocument();
    await user.click(saveButton());
    expect(await screen.findByText('Skema penilaian disimpan.')).toBeInTheDocument();
    const saved = backend.rubrics.plans.get(guru.id)!.plan;
    expect(saved.components[2]).toEqual({
      key: 'simulasi_mengajar',
      label: 'Simulasi Mengajar',
      category: 'simulasi_mengajar',
      part: 'skb',
      weight: 40,
      source: {
        type: 'rubric',
        rubricVersionId: rubric.id,
        rubricHash: rubric.contentHash,
        minAssessors: 2,
      },
      threshold: null,
    });
    expect(saveButton()).toBeDisabled();
  });

  it('warns that a central-agency interview over 10 % of SKB breaks the 2024 rule, and still saves', async () => {
    const { user, backend, guru, rubric } = setup();
    await choosePreset(user, 'CPNS instansi pusat 2024');
    await user.click(screen.getByRole('button', { name: 'Tambah komponen' }));
    const added = component(3);
    await user.type(within(added).getByLabelText('Nama komponen'), 'Wawancara');
    await user.selectOptions(within(added).getByLabelText('Kategori'), 'Wawancara');
    await user.type(within(added).getByLabelText('Bobot (% dari bagian)'), '20');
    await user.selectOptions(within(added).getByLabelText('Rubrik'), rubricOption(rubric));
    const skbCat = within(component(2)).getByLabelText('Bobot (% dari bagian)');
    await user.clear(skbCat);
    await user.type(skbCat, '80');

    const warnings = screen
      .getByText('Peringatan (1): tidak menghalangi penyimpanan')
      .closest('div')!;
    expect(within(warnings).getByRole('listitem')).toHaveTextContent(
      'Wawancara "Wawancara" berbobot 20% dari SKB; untuk instansi pusat 2024 paling banyak 10% (PermenPANRB 6/2024).',
    );
    expect(saveButton()).toBeEnabled();
    await user.click(saveButton());
    expect(await screen.findByText('Skema penilaian disimpan.')).toBeInTheDocument();
    expect(backend.rubrics.plans.get(guru.id)?.plan.components).toHaveLength(3);
  });

  it('requires a written reason to change a locked plan', async () => {
    const { user, backend } = setup({ plan: 'locked' });
    expect(await screen.findByTestId('plan-lock-banner')).toHaveTextContent(
      /^Skema terkunci sejak .+\.Setiap perubahan memerlukan alasan tertulis dan dicatat di jurnal\.$/,
    );
    expect(screen.queryByRole('button', { name: 'Kunci skema' })).not.toBeInTheDocument();
    const label = within(component(2)).getByLabelText('Nama komponen');
    await user.type(label, ' (tertulis)');
    expect(saveButton()).toBeDisabled();
    expect(saveButton()).toHaveAccessibleDescription(/Wajib karena skema sudah dikunci\./);
    await user.type(screen.getByLabelText('Alasan perubahan'), 'Ralat pengumuman nomor 5.');
    await user.click(saveButton());
    expect(await screen.findByText('Skema penilaian disimpan.')).toBeInTheDocument();
    expect(backend.callsTo('plan:set').at(-1)?.reason).toBe('Ralat pengumuman nomor 5.');
    expect(screen.getByLabelText('Alasan perubahan')).toHaveValue('');
  });

  it('locks a saved plan after explaining what locking means', async () => {
    const { user, backend, guru } = setup({ plan: 'saved' });
    await user.click(await screen.findByRole('button', { name: 'Kunci skema' }));
    const dialog = screen.getByRole('dialog', { name: 'Kunci skema penilaian formasi G-001?' });
    expect(dialog).toHaveAccessibleDescription(
      /setiap perubahan wajib disertai alasan tertulis dan dicatat di jurnal/,
    );
    await user.type(within(dialog).getByLabelText(/Catatan penguncian/), 'Pengumuman 12/2024');
    await user.click(within(dialog).getByRole('button', { name: 'Ya, kunci skema' }));
    expect(await screen.findByTestId('plan-lock-banner')).toHaveTextContent(
      'Catatan penguncian: Pengumuman 12/2024',
    );
    expect(backend.rubrics.plans.get(guru.id)?.lockNote).toBe('Pengumuman 12/2024');
    expect(screen.getByLabelText('Alasan perubahan')).toBeInTheDocument();
  });

  it('copies the saved plan to another formasi of the selection', async () => {
    const { user, backend, guru, admin } = setup({ plan: 'saved' });
    await user.click(await screen.findByText('Salin ke formasi lain'));
    await user.click(screen.getByRole('checkbox', { name: /A-002 — Pranata Komputer/ }));
    await user.click(screen.getByRole('button', { name: 'Salin skema ke 1 formasi' }));
    const dialog = screen.getByRole('dialog', { name: 'Salin skema penilaian?' });
    expect(dialog).toHaveAccessibleDescription(
      'Skema formasi G-001 akan menggantikan skema 1 formasi: A-002. Semua berhasil atau tidak satu pun berubah.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Ya, salin skema' }));
    expect(await screen.findByText('Skema disalin ke 1 formasi.')).toBeInTheDocument();
    expect(backend.rubrics.plans.get(admin.id)?.plan).toEqual(
      backend.rubrics.plans.get(guru.id)?.plan,
    );
  });

  it('reorders the tie-break chain, and warns when it departs from the CPNS rule', async () => {
    const { user } = setup({ plan: 'saved' });
    await user.click(await screen.findByRole('button', { name: 'Naikkan kriteria 2' }));
    const chain = within(screen.getByRole('list', { name: 'Urutan penentu peringkat' }));
    expect(chain.getAllByRole('listitem')[0]).toHaveTextContent('Nilai TKP');
    expect(
      screen.getByText(/Urutan penentu peringkat berbeda dari aturan CPNS/),
    ).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Kriteria tambahan'), 'Nilai komponen SKB CAT');
    await user.click(screen.getByRole('button', { name: 'Tambahkan ke urutan' }));
    expect(chain.getAllByRole('listitem').at(-1)).toHaveTextContent('Nilai komponen SKB CAT');
  });
});

describe('the plans on the selection screen', () => {
  it('lists each formasi with the state of its plan and opens its editor', async () => {
    const backend = new FakeBackend();
    const selection = backend.seedSelection();
    const none = backend.seedFormasi(selection.id, { code: 'A-001' });
    const warned = backend.seedFormasi(selection.id, { code: 'B-002' });
    const locked = backend.seedFormasi(selection.id, { code: 'C-003' });
    const plan = presetPlan('cpns-pusat-2024');
    backend.seedPlan(warned.id, { ...plan, tieBreak: ['oldest'] });
    backend.seedPlan(locked.id, plan, true);
    const { user } = renderApp({
      backend,
      path: `/seleksi/${selection.id}`,
      activeSelectionId: selection.id,
    });
    const region = await screen.findByRole('region', { name: 'Skema penilaian' });
    const row = async (code: string) =>
      within(region).findByRole('row', { name: new RegExp(code) });
    expect(await row('A-001')).toHaveTextContent('Belum ada');
    expect(await row('B-002')).toHaveTextContent('Tersimpan1 peringatan');
    expect(await row('C-003')).toHaveTextContent('TersimpanTerkunci');
    await user.click(
      within(region).getByRole('link', { name: 'Atur skema penilaian formasi A-001' }),
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: /^Skema penilaian/ }),
    ).toHaveTextContent(`A-001 — ${none.jabatan}`);
  });
});
