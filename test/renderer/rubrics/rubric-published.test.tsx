import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeBackend } from '../helpers/fake-backend';
import { renderApp } from '../helpers/render-app';
import { planUsing, sampleRubric } from './rubric-test-data';

function setup(options: { used?: boolean } = {}) {
  const backend = new FakeBackend();
  const rubric = backend.seedRubric(sampleRubric('Wawancara Uji'));
  if (options.used) {
    const selection = backend.seedSelection({ name: 'Seleksi Guru' });
    const formasi = backend.seedFormasi(selection.id, { code: 'G-001' });
    backend.seedPlan(formasi.id, planUsing(rubric));
  }
  const app = renderApp({ backend, path: `/rubrik/${rubric.id}` });
  return { ...app, rubric };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a published rubric', () => {
  it('exports the file the main process writes, under its name', async () => {
    const { user, backend, rubric } = setup();
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:panitia/1';
    });
    URL.revokeObjectURL = vi.fn();
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    await user.click(await screen.findByRole('button', { name: 'Ekspor' }));
    expect(await screen.findByText('Berkas rubrik-v1.rubrik.json disiapkan untuk diunduh.'));
    expect(clicked.map((a) => [a.download, a.getAttribute('href')])).toEqual([
      ['rubrik-v1.rubrik.json', 'blob:panitia/1'],
    ]);
    const text = await blobs[0]!.text();
    expect(JSON.parse(text).rubric.contentHash).toBe(rubric.contentHash);
    expect(backend.callsTo('rubric:export')).toEqual([{ id: rubric.id }]);
  });

  it('starts the next version as a draft, and refuses a second draft', async () => {
    const { user, rubric } = setup();
    await user.click(await screen.findByRole('button', { name: 'Buat versi baru' }));
    expect(await screen.findByRole('heading', { name: 'Data rubrik' })).toBeInTheDocument();
    expect(screen.getByText('Versi 2')).toBeInTheDocument();
    expect(screen.getByText(/Versi baru dibuat sebagai draf/)).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: '← Kembali ke daftar rubrik' }));
    await user.click(await screen.findByRole('link', { name: 'Buka Wawancara Uji versi 1' }));
    await user.click(await screen.findByRole('button', { name: 'Buat versi baru' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Rubrik ini sudah memiliki draf versi 2. Lanjutkan menyunting draf itu.',
    );
    expect(screen.getByTestId('rubric-facts')).toHaveTextContent(rubric.contentHash);
  });

  it('duplicates into a new rubric', async () => {
    const { user, backend } = setup();
    await user.click(await screen.findByRole('button', { name: 'Duplikat' }));
    expect(await screen.findByLabelText('Judul rubrik')).toHaveValue('Salinan — Wawancara Uji');
    expect(backend.rubrics.rubrics.size).toBe(2);
  });

  it('shows where it is used, and says why it cannot be retired then', async () => {
    const { user } = setup({ used: true });
    const record = await screen.findByRole('region', { name: 'Pemakaian dan riwayat' });
    expect(
      within(record).getByRole('link', {
        name: 'Seleksi Guru · formasi G-001 · komponen Wawancara',
      }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Pensiunkan…' }));
    await user.click(screen.getByRole('button', { name: 'Ya, pensiunkan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Rubrik ini dipakai oleh 1 formasi dan tidak dapat dipensiunkan.',
    );
  });

  it('retires after confirming when no formasi uses it', async () => {
    const { user, backend, rubric } = setup();
    await user.click(await screen.findByRole('button', { name: 'Pensiunkan…' }));
    const dialog = screen.getByRole('dialog', { name: 'Pensiunkan rubrik ini?' });
    expect(dialog).toHaveAccessibleDescription(/tidak dapat dipilih lagi untuk skema penilaian/);
    await user.click(within(dialog).getByRole('button', { name: 'Ya, pensiunkan' }));
    expect(await screen.findByText(/Rubrik ini sudah dipensiunkan/)).toBeInTheDocument();
    expect(backend.rubrics.rubrics.get(rubric.id)?.status).toBe('retired');
    expect(screen.queryByRole('button', { name: 'Pensiunkan…' })).not.toBeInTheDocument();
  });
});
