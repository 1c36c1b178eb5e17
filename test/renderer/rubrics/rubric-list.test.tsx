import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RubricVersion } from '../../../src/shared/rubric/rubric';
import { FakeBackend } from '../helpers/fake-backend';
import { renderApp, textFile } from '../helpers/render-app';
import { fileWith, planUsing, sampleRubric } from './rubric-test-data';

const MICRO = 'Simulasi Mengajar (Pembelajaran Mikro) Formasi Guru';

async function templates() {
  return screen.findByRole('region', { name: 'Templat bawaan' });
}

describe('the rubric list', () => {
  it('shows the built-in templates and the rubrics grouped by rubric, with status, hash and use', async () => {
    const backend = new FakeBackend();
    const published = backend.seedRubric(sampleRubric('Wawancara Uji'));
    const next = backend.rubrics.handlers['rubric:newVersion']({
      id: published.id,
    }) as RubricVersion;
    const selection = backend.seedSelection();
    const formasi = backend.seedFormasi(selection.id);
    backend.seedPlan(formasi.id, planUsing(published));
    renderApp({ backend, path: '/rubrik' });

    const region = await templates();
    const cards = within(region).getAllByRole('listitem');
    expect(cards).toHaveLength(4);
    expect(cards[0]).toHaveTextContent(MICRO);
    expect(cards[0]).toHaveTextContent('Simulasi Mengajar · 8 aspek');
    expect(
      within(cards[0]!).getByRole('button', { name: `Gunakan apa adanya: ${MICRO}` }),
    ).toBeInTheDocument();
    expect(
      within(cards[0]!).getByRole('button', { name: `Salin untuk diubah: ${MICRO}` }),
    ).toBeInTheDocument();

    const table = screen.getByRole('table', { name: 'Daftar rubrik dan versinya' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    // One rubric, two versions, newest first; the title spans both rows.
    expect(within(rows[0]!).getByRole('rowheader')).toHaveTextContent('Wawancara Uji');
    const cells = (row: HTMLElement) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    expect(cells(rows[0]!)).toEqual([
      '2',
      'Draf',
      'Wawancara',
      '3',
      next.contentHash.slice(0, 8),
      'belum dipakai',
      'Buka',
    ]);
    expect(cells(rows[1]!)).toEqual([
      '1',
      'Terbit',
      'Wawancara',
      '3',
      published.contentHash.slice(0, 8),
      '1 formasi',
      'Buka',
    ]);
    expect(
      within(rows[0]!).getByRole('link', { name: 'Buka Wawancara Uji versi 2' }),
    ).toHaveAttribute('href', `#/rubrik/${next.id}`);
  });

  it('uses a template as is: installs its published version and opens it read-only', async () => {
    const { user, backend } = renderApp({ path: '/rubrik' });
    const region = await templates();
    await user.click(within(region).getByRole('button', { name: `Gunakan apa adanya: ${MICRO}` }));

    expect(await screen.findByRole('heading', { level: 1, name: MICRO })).toBeInTheDocument();
    expect(screen.getByText(/Templat dipakai apa adanya/)).toBeInTheDocument();
    const template = backend.rubrics.templates.find((t) => t.templateId === 'simulasi-mengajar');
    expect(screen.getByTestId('rubric-facts')).toHaveTextContent(template!.rubric.contentHash);
    expect(screen.getByRole('button', { name: 'Buat versi baru' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Simpan draf' })).not.toBeInTheDocument();
    expect(backend.callsTo('rubric:fromTemplate')).toEqual([
      { templateId: 'simulasi-mengajar', mode: 'use' },
    ]);

    await user.click(screen.getByRole('link', { name: '← Kembali ke daftar rubrik' }));
    const card = within(await templates()).getAllByRole('listitem')[0]!;
    expect(card).toHaveTextContent('Sudah dipakai apa adanya');
    expect(
      within(card).getByRole('link', { name: `Buka templat terpasang: ${MICRO}` }),
    ).toBeInTheDocument();
  });

  it('copies a template into a draft and opens the editor', async () => {
    const { user, backend } = renderApp({ path: '/rubrik' });
    await user.click(
      within(await templates()).getByRole('button', { name: `Salin untuk diubah: ${MICRO}` }),
    );
    expect(await screen.findByRole('heading', { name: 'Data rubrik' })).toBeInTheDocument();
    expect(screen.getByLabelText('Judul rubrik')).toHaveValue(MICRO);
    expect(screen.getByText(/Salinan templat dibuat sebagai draf/)).toBeInTheDocument();
    const drafts = [...backend.rubrics.rubrics.values()].filter((r) => r.status === 'draft');
    expect(drafts).toHaveLength(1);
    expect(drafts[0]?.origin).toEqual({ type: 'template', templateId: 'simulasi-mengajar' });
  });

  it('creates a new rubric as a draft with one blank aspect', async () => {
    const { user, backend } = renderApp({ path: '/rubrik' });
    await templates();
    await user.click(screen.getByRole('button', { name: 'Buat rubrik baru' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Rubrik tanpa judul' }));
    expect(screen.getByRole('group', { name: /^Aspek 1 — A\.01/ })).toBeInTheDocument();
    expect(backend.callsTo('rubric:create')[0]?.content.aspects).toHaveLength(1);
  });

  it('refuses a bad rubric file and lists every problem, saying where it is', async () => {
    const { user, backend } = renderApp({ path: '/rubrik' });
    await templates();
    const content = sampleRubric('Rusak');
    const bad = {
      ...content,
      title: '',
      aspects: content.aspects.map((aspect, index) =>
        index === 1
          ? {
              ...aspect,
              levels: aspect.levels.map((level, i) => (i === 2 ? { ...level, anchor: '' } : level)),
            }
          : aspect,
      ),
    };
    await user.upload(
      screen.getByLabelText('Impor berkas rubrik (.json)'),
      textFile('rusak.rubrik.json', fileWith(bad)),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Berkas rubrik "rusak.rubrik.json" ditolak: 2 masalah.',
    );
    const problems = screen.getByText('Masalah dalam berkas (2)').closest('div')!;
    expect(
      within(problems)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Judul: tidak boleh kosong.', 'Aspek 2 › Tingkat 3 › Patokan: tidak boleh kosong.']);
    expect(backend.rubrics.rubrics.size).toBe(0);
  });

  it('imports a good rubric file and says so', async () => {
    const { user, backend } = renderApp({ path: '/rubrik' });
    await templates();
    await user.upload(
      screen.getByLabelText('Impor berkas rubrik (.json)'),
      textFile('baik.rubrik.json', fileWith(sampleRubric('Wawancara Impor'))),
    );
    expect(
      await screen.findByText('Rubrik "Wawancara Impor" versi 1 diimpor.'),
    ).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Buka Wawancara Impor versi 1' }));
    expect([...backend.rubrics.rubrics.values()][0]?.status).toBe('published');
  });
});

describe('a rubric file from the fake backend', () => {
  it('is refused with the shared problem codes', () => {
    const backend = new FakeBackend();
    expect(() =>
      backend.rubrics.handlers['rubric:import']({ fileName: 'x.json', text: '{' }),
    ).toThrow('rubric.fileInvalid');
  });
});
