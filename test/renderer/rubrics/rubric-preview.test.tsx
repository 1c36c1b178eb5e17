import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeBackend } from '../helpers/fake-backend';
import { renderApp } from '../helpers/render-app';
import { microteachingPublished } from './rubric-test-data';

// The teaching-simulation template: 8 aspects (SM.01–SM.08) on 1–4, 12.5 % each.
async function openPreview() {
  const backend = new FakeBackend();
  const rubric = microteachingPublished(backend);
  const app = renderApp({ backend, path: `/rubrik/${rubric.id}` });
  await app.user.click(
    await screen.findByRole('tab', { name: 'Pratinjau sebagaimana dilihat penguji' }),
  );
  const preview = screen.getByRole('region', { name: 'Pratinjau sebagaimana dilihat penguji' });
  const groups = within(preview).getAllByRole('radiogroup');
  return { ...app, preview, groups };
}

const score = () => screen.getByTestId('sheet-score');

describe('the rubric preview', () => {
  it('is marked as saving nothing and shows every aspect with its levels and anchors', async () => {
    const { preview, groups, backend } = await openPreview();
    expect(preview).toHaveTextContent(
      'Hanya pratinjau: isian di sini tidak disimpan dan tidak menjadi nilai peserta.',
    );
    expect(preview).toHaveTextContent('Simulasi Mengajar · 15 menit');
    expect(groups).toHaveLength(8);
    const first = within(groups[0]!).getAllByRole('radio');
    expect(first.map((radio) => radio.getAttribute('aria-label'))).toEqual([
      '1 — Kurang Sekali',
      '2 — Kurang',
      '3 — Baik',
      '4 — Baik Sekali',
    ]);
    // The anchor is visible text and the radio's description.
    expect(first[2]).toHaveAccessibleDescription(/^Empat kriteria tampak/);
    expect(score()).toHaveTextContent('Nilai–0 dari 8 aspek terisi');
    const reads = new Set(['selection:list', 'rubric:get']);
    expect(backend.calls.filter((call) => !reads.has(call.channel))).toEqual([]);
  });

  it('sets levels with digit keys and moves on with Tab, showing the live score (all 3 → 75.00)', async () => {
    const { user, groups } = await openPreview();
    within(groups[0]!).getAllByRole('radio')[0]!.focus();
    for (let i = 0; i < 8; i += 1) {
      await user.keyboard('3');
      expect(within(groups[i]!).getByRole('radio', { name: '3 — Baik' })).toHaveFocus();
      expect(within(groups[i]!).getByRole('radio', { name: '3 — Baik' })).toBeChecked();
      if (i < 7) {
        expect(score()).toHaveTextContent(`${i + 1} dari 8 aspek terisi`);
        await user.keyboard('{Tab}');
      }
    }
    // 8 × 12.5 × 3/4 = 75
    expect(score()).toHaveTextContent('Nilai75,008 dari 8 aspek terisi');

    // ↑ goes back, ← lowers a level: 7 × 9.375 + 12.5 × 2/4 = 71.875 → 71,88.
    await user.keyboard('{ArrowUp}{ArrowLeft}');
    expect(within(groups[6]!).getByRole('radio', { name: '2 — Kurang' })).toBeChecked();
    expect(score()).toHaveTextContent('Nilai71,88');
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(score()).toHaveTextContent('Score71.888 of 8 aspects filled in');
  });

  it('asks for a note at an extreme level, and Tab goes to that note first', async () => {
    const { user, groups } = await openPreview();
    within(groups[0]!).getAllByRole('radio')[0]!.focus();
    await user.keyboard('4');
    const note = screen.getByLabelText(/^Catatan untuk SM\.01/);
    expect(note).toBeRequired();
    expect(note).toHaveAccessibleDescription(
      'Tuliskan catatan: nilai ekstrem wajib disertai bukti yang diamati.',
    );
    await user.keyboard('{Tab}');
    expect(note).toHaveFocus();
    await user.keyboard('Menjelaskan tujuan dengan sangat jelas.');
    expect(note).not.toBeInvalid();
    await user.keyboard('{Tab}');
    expect(within(groups[1]!).getAllByRole('radio')[0]).toHaveFocus();
    // A digit outside the scale does nothing; Delete clears.
    await user.keyboard('7');
    expect(within(groups[1]!).queryByRole('radio', { checked: true })).toBeNull();
    await user.keyboard('2{Delete}');
    expect(within(groups[1]!).queryByRole('radio', { checked: true })).toBeNull();
  });

  it('clears what was entered', async () => {
    const { user, groups } = await openPreview();
    await user.click(within(groups[0]!).getByRole('radio', { name: '2 — Kurang' }));
    expect(score()).toHaveTextContent('1 dari 8 aspek terisi');
    await user.click(screen.getByRole('button', { name: 'Kosongkan isian' }));
    expect(score()).toHaveTextContent('0 dari 8 aspek terisi');
  });
});
