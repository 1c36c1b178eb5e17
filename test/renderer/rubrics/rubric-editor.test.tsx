import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeBackend } from '../helpers/fake-backend';
import { renderApp } from '../helpers/render-app';
import { sampleRubric } from './rubric-test-data';

const TITLE = 'Wawancara Uji';

// Three aspects on 1–5 (W.01 40 %, W.02 35 %, W.03 25 %): small, so jsdom queries stay quick.
async function openDraft() {
  const backend = new FakeBackend();
  const draft = backend.seedRubric(sampleRubric(TITLE), 'draft');
  const app = renderApp({ backend, path: `/rubrik/${draft.id}` });
  await screen.findByRole('heading', { name: 'Data rubrik' });
  return { ...app, draft };
}

const aspect = (number: number) =>
  screen.getByRole('group', { name: new RegExp(`^Aspek ${number} —`) });
const weightTotal = () => screen.getByTestId('weight-total');
const weights = () =>
  screen
    .getAllByRole('group', { name: /^Aspek \d+ —/ })
    .map((group) => (within(group).getByLabelText('Bobot (%)') as HTMLInputElement).value);
const codes = () =>
  screen
    .getAllByRole('group', { name: /^Aspek \d+ —/ })
    .map((group) => (within(group).getByLabelText('Kode') as HTMLInputElement).value);

describe('the rubric editor', () => {
  it('edits an anchor and saves the draft', async () => {
    const { user, backend, draft } = await openDraft();
    const anchor = within(aspect(1)).getByLabelText('Patokan tingkat 3');
    await user.clear(anchor);
    await user.type(anchor, 'Apersepsi relevan.');
    expect(screen.getByText('Ada perubahan yang belum disimpan.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Simpan draf' }));
    expect(await screen.findByText('Draf disimpan.')).toBeInTheDocument();
    const saved = backend.rubrics.rubrics.get(draft.id)!.content;
    expect(saved.aspects[0]?.levels[2]?.anchor).toBe('Apersepsi relevan.');
    expect(saved.aspects[1]).toEqual(draft.content.aspects[1]);
    expect(screen.getByRole('button', { name: 'Simpan draf' })).toBeDisabled();
  });

  it('reorders aspects with the buttons and with Alt+arrows, keeping focus where it was', async () => {
    const { user } = await openDraft();
    expect(codes()).toEqual(['W.01', 'W.02', 'W.03']);
    await user.click(screen.getByRole('button', { name: 'Naikkan aspek 2' }));
    expect(codes()).toEqual(['W.02', 'W.01', 'W.03']);
    expect(screen.getByRole('button', { name: 'Naikkan aspek 1' })).toBeDisabled();

    const title = within(aspect(2)).getByLabelText('Judul aspek');
    title.focus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(codes()).toEqual(['W.02', 'W.03', 'W.01']);
    expect(title).toHaveFocus();
    expect(within(aspect(3)).getByLabelText('Judul aspek')).toBe(title);
    expect(screen.getByText('Aspek W.01 dipindah ke urutan 3.')).toBeInTheDocument();

    await user.keyboard('{Alt>}{ArrowUp}{/Alt}{Alt>}{ArrowUp}{/Alt}');
    expect(codes()).toEqual(['W.01', 'W.02', 'W.03']);
    expect(title).toHaveFocus();
  });

  it('checks the weights live, turns OK at exactly 100, and splits them evenly', async () => {
    const { user } = await openDraft();
    expect(weightTotal()).toHaveTextContent('Total bobot: 100 / 100');
    expect(weightTotal().parentElement).toHaveClass('weight-ok');

    const weight = within(aspect(1)).getByLabelText('Bobot (%)');
    await user.clear(weight);
    await user.type(weight, '37,5');
    expect(weightTotal()).toHaveTextContent('Total bobot: 97,5 / 100');
    expect(weightTotal().parentElement).toHaveClass('weight-warn');
    expect(screen.getByText('Kurang 2,5 dari 100.')).toBeInTheDocument();
    expect(screen.getByText('Belum dapat diterbitkan: 1 masalah')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Terbitkan…' })).toBeDisabled();

    await user.clear(weight);
    await user.type(weight, '40');
    expect(weightTotal()).toHaveTextContent('Total bobot: 100 / 100');
    expect(weightTotal().parentElement).toHaveClass('weight-ok');
    expect(
      screen.getByText('Semua pemeriksaan lulus. Rubrik siap diterbitkan.'),
    ).toBeInTheDocument();

    // A fourth aspect, then "Bagi rata" back to three: 100 does not split into equal hundredths.
    await user.click(screen.getByRole('button', { name: 'Tambah aspek' }));
    expect(within(aspect(4)).getByLabelText('Kode')).toHaveFocus();
    expect(within(aspect(4)).getByLabelText('Kode')).toHaveValue('A.04');
    await user.click(screen.getByRole('button', { name: 'Bagi rata' }));
    expect(weights()).toEqual(['25', '25', '25', '25']);
    await user.click(screen.getByRole('button', { name: 'Hapus aspek 4' }));
    await user.click(screen.getByRole('button', { name: 'Ya, hapus aspek' }));
    expect(weightTotal()).toHaveTextContent('Total bobot: 75 / 100');
    await user.click(screen.getByRole('button', { name: 'Bagi rata' }));
    expect(weights()).toEqual(['33.34', '33.33', '33.33']);
    expect(weightTotal()).toHaveTextContent('Total bobot: 100 / 100');
  });

  it('lists what stops publishing and jumps to the field', async () => {
    const { user } = await openDraft();
    const anchor = within(aspect(2)).getByLabelText('Patokan tingkat 3');
    await user.clear(anchor);
    await user.clear(screen.getByLabelText('Judul rubrik'));
    const list = screen.getByText('Belum dapat diterbitkan: 2 masalah').closest('div')!;
    const items = within(list).getAllByRole('button');
    expect(items.map((item) => item.textContent)).toEqual([
      'Judul: tidak boleh kosong.',
      'Aspek 2 › Tingkat 3 › Patokan: tidak boleh kosong.',
    ]);
    await user.click(items[1]!);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(anchor).toHaveFocus();
    // An unfinished draft can still be saved.
    await user.click(screen.getByRole('button', { name: 'Simpan draf' }));
    expect(await screen.findByText('Draf disimpan.')).toBeInTheDocument();
  });

  it('changes the scale and keeps the texts of the levels that remain', async () => {
    const { user } = await openDraft();
    const card = aspect(1);
    const label = (value: number) => within(card).getByLabelText(`Label tingkat ${value}`);
    expect(label(5)).toHaveValue('Tingkat 5');
    await user.selectOptions(within(card).getByLabelText('Nilai tertinggi'), '6');
    expect(label(5)).toHaveValue('Tingkat 5');
    expect(label(6)).toHaveValue('');
    await user.selectOptions(within(card).getByLabelText('Nilai terendah'), '2');
    expect(within(card).queryByLabelText('Label tingkat 1')).not.toBeInTheDocument();
    expect(label(2)).toHaveValue('Tingkat 2');
    // Level 6 still needs its label and anchor before the rubric can be published.
    expect(screen.getByText('Belum dapat diterbitkan: 2 masalah')).toBeInTheDocument();
  });

  it('publishes after a confirmation that says it cannot be undone, then shows the hash read-only', async () => {
    const { user, backend, draft } = await openDraft();
    const anchor = within(aspect(1)).getByLabelText('Patokan tingkat 3');
    await user.type(anchor, ' Tambahan.');
    await user.click(screen.getByRole('button', { name: 'Terbitkan…' }));
    const dialog = screen.getByRole('dialog', { name: 'Terbitkan rubrik ini?' });
    expect(dialog).toHaveAccessibleDescription(/Penerbitan tidak dapat dibatalkan\./);
    expect(within(dialog).getByRole('button', { name: 'Batal' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Ya, terbitkan' }));

    const notice = await screen.findByTestId('published-notice');
    const published = backend.rubrics.rubrics.get(draft.id)!;
    expect(published.status).toBe('published');
    expect(published.content.aspects[0]?.levels[2]?.anchor).toMatch(/ Tambahan\.$/);
    expect(notice).toHaveTextContent(`Hash isi (SHA-256): ${published.contentHash}`);
    expect(backend.callsTo('rubric:saveDraft')).toHaveLength(1);
    // Read-only now: the document, and actions for what can still be done.
    expect(screen.queryByLabelText('Judul rubrik')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Isi rubrik' })).toBeInTheDocument();
    for (const name of ['Buat versi baru', 'Duplikat', 'Ekspor', 'Pensiunkan…']) {
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    }
    const history = screen.getByRole('table', { name: 'Riwayat di jurnal' });
    expect(within(history).getByText('Rubrik diterbitkan')).toBeInTheDocument();
  });

  it('asks before leaving with unsaved changes', async () => {
    const { user } = await openDraft();
    await user.type(screen.getByLabelText('Judul rubrik'), ' (revisi)');
    await user.click(screen.getByRole('link', { name: 'Seleksi' }));
    const dialog = screen.getByRole('dialog', { name: 'Tinggalkan halaman tanpa menyimpan?' });
    await user.click(within(dialog).getByRole('button', { name: 'Tetap di halaman ini' }));
    expect(screen.getByLabelText('Judul rubrik')).toHaveValue(`${TITLE} (revisi)`);
    await user.click(screen.getByRole('link', { name: '← Kembali ke daftar rubrik' }));
    await user.click(screen.getByRole('button', { name: 'Tinggalkan tanpa menyimpan' }));
    expect(await screen.findByRole('region', { name: 'Templat bawaan' })).toBeInTheDocument();
  });

  it('deletes a draft after confirming', async () => {
    const { user, backend, draft } = await openDraft();
    await user.click(screen.getByRole('button', { name: 'Hapus draf' }));
    await user.click(
      within(screen.getByRole('dialog', { name: 'Hapus draf ini?' })).getByRole('button', {
        name: 'Ya, hapus draf',
      }),
    );
    expect(await screen.findByRole('region', { name: 'Templat bawaan' })).toBeInTheDocument();
    expect(screen.getByText('Draf rubrik dihapus.')).toBeInTheDocument();
    expect(backend.rubrics.rubrics.has(draft.id)).toBe(false);
  });
});
