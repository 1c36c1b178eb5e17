import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PINS, queueItem, scoringMorning, signIn } from './scoring-fixtures';

const radio = (aspect: string, level: number) =>
  within(
    screen.getByRole('radiogroup', { name: new RegExp(`${aspect} Aspek ${aspect}`) }),
  ).getByRole('radio', { name: new RegExp(`^${level} —`) });

describe('score entry, keyboard first', { timeout: 30_000 }, () => {
  it('signs in with the PIN, walks the queue, scores a sheet by keys, autosaves and submits', async () => {
    const { user, store, candidates, budi, session, calls } = await scoringMorning();
    await signIn(user, /Budi Santoso/, PINS.budi);

    // The queue: attendance and own sheet state, the count, and focus on the first candidate.
    expect(await screen.findByTestId('queue-count')).toHaveTextContent('0 dari 3 terkirim');
    const [first, second, third, absent] = candidates.map((c) => queueItem(c.nama));
    expect(first).toHaveTextContent('hadir');
    expect(first).toHaveTextContent('kosong');
    expect(absent).toHaveTextContent('TH');
    expect(absent).toHaveAttribute('aria-disabled', 'true');
    await waitFor(() => expect(first).toHaveFocus());
    await user.keyboard('{ArrowDown}');
    expect(second).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(absent).toHaveFocus();
    // An absent candidate does not open, nor count among the sheets the assessor owes.
    await user.keyboard('{Enter}');
    expect(
      screen.getByText('Pilih peserta dari antrean untuk membuka lembar penilaiannya.'),
    ).toBeInTheDocument();
    await user.keyboard('{Home}{Enter}');

    // The sheet opens with focus on the first aspect; the others are sealed.
    expect(
      await screen.findByRole('heading', { name: new RegExp(candidates[0]!.nama) }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('others-sealed')).toHaveTextContent(
      'Nilai penguji lain disegel sampai Anda mengirim lembar Anda.',
    );
    await waitFor(() => expect(radio('A', 1)).toHaveFocus());
    expect(screen.getByText(/tingkat 4 pada A/)).toBeInTheDocument();
    await user.keyboard('4');
    expect(radio('A', 4)).toBeChecked();
    await user.keyboard('{Tab}');
    expect(radio('B', 1)).toHaveFocus();
    await user.keyboard('2{ArrowRight}');
    expect(radio('B', 3)).toBeChecked();
    expect(screen.getByTestId('sheet-score')).toHaveTextContent('70,00');
    expect(screen.getByText('Lengkap: semua aspek sudah dinilai.')).toBeInTheDocument();
    // N opens the aspect's note; Escape goes back to its levels.
    await user.keyboard('n');
    expect(screen.getByLabelText('Catatan untuk B')).toHaveFocus();
    await user.keyboard('Menjawab runtut{Escape}');
    expect(radio('B', 3)).toHaveFocus();

    // Every change was saved: the draft row holds the last entry, and the screen says so.
    await waitFor(() =>
      expect(screen.getByTestId('save-status')).toHaveTextContent(/^Tersimpan \d\d.\d\d.\d\d$/),
    );
    const draft = store.db
      .prepare(
        'SELECT entry_json FROM sheet_drafts WHERE session_id = ? AND candidate_id = ? AND assessor_id = ?',
      )
      .pluck()
      .get(session.id, candidates[0]!.id, budi.id) as string;
    expect(JSON.parse(draft)).toMatchObject({
      levels: { A: 4, B: 3 },
      notes: { B: 'Menjawab runtut' },
    });
    const saves = calls.filter((c) => c.channel === 'scoring:saveDraft');
    expect(saves.length).toBeGreaterThan(1);

    // Ctrl+Enter asks for the PIN with the levels listed; Enter signs.
    await user.keyboard('{Control>}{Enter}{/Control}');
    const dialog = screen.getByRole('dialog', { name: 'Kirim lembar penilaian?' });
    expect(within(dialog).getByTestId('level-A')).toHaveTextContent('4 — Tingkat 4');
    expect(within(dialog).getByTestId('level-B')).toHaveTextContent('3 — Tingkat 3');
    expect(within(dialog).getByLabelText('Ketik PIN Anda lagi')).toHaveFocus();
    await user.keyboard(`${PINS.budi}{Enter}`);

    const submitted = await screen.findByTestId('submitted-sheet');
    expect(submitted).toHaveTextContent('Terkirim — versi 1');
    expect(submitted).toHaveTextContent('Sah ✓');
    expect(submitted).toHaveTextContent(budi.fingerprint);
    expect(submitted).toHaveTextContent('Nilai 70,00');
    expect(screen.queryByTestId('others-sealed')).not.toBeInTheDocument();
    expect(
      screen.getByText('Belum ada penguji lain yang mengirim lembar untuk peserta ini.'),
    ).toBeInTheDocument();
    // The queue moves on: the count, the badge, and focus on the next candidate.
    await waitFor(() =>
      expect(screen.getByTestId('queue-count')).toHaveTextContent('1 dari 3 terkirim'),
    );
    expect(queueItem(candidates[0]!.nama)).toHaveTextContent('terkirim v1');
    await waitFor(() => expect(queueItem(candidates[1]!.nama)).toHaveFocus());
    expect(third).toHaveTextContent('kosong');
    const rows = store.db
      .prepare(
        'SELECT version, is_current FROM score_sheets WHERE candidate_id = ? AND assessor_id = ?',
      )
      .all(candidates[0]!.id, budi.id);
    expect(rows).toEqual([{ version: 1, is_current: 1 }]);
    // The draft is gone once the sheet is signed.
    expect(store.db.prepare('SELECT count(*) FROM sheet_drafts').pluck().get()).toBe(0);
  });

  it('shows the remaining tries after a wrong PIN, then opens with the right one', async () => {
    const { user } = await scoringMorning();
    await signIn(user, /Budi Santoso/, '111111');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'PIN salah. Sisa percobaan: 4. Sesudah itu PIN dikunci sementara.',
    );
    const pin = screen.getByLabelText('PIN Budi Santoso, S.Pd.');
    expect(pin).toHaveAttribute('type', 'password');
    expect(pin).toHaveValue('');
    expect(pin).toHaveFocus();
    await user.keyboard('222222{Enter}');
    expect(await screen.findByText(/Sisa percobaan: 3/)).toBeInTheDocument();
    await user.keyboard(`${PINS.budi}{Enter}`);
    expect(
      await screen.findByText('Menilai sebagai Budi Santoso, S.Pd. (Penguji)'),
    ).toBeInTheDocument();
    // The observer is not offered at the door.
    expect(screen.queryByRole('button', { name: /Rahmat Hidayat/ })).not.toBeInTheDocument();
    expect(window.localStorage.getItem('panitia.activeSelection')).not.toBeNull();
    expect(JSON.stringify({ ...window.localStorage })).not.toMatch(/[0-9a-f]{64}/);
  });

  it('scores one aspect at a time, the keys moving from aspect to aspect', async () => {
    const { user, candidates } = await scoringMorning();
    await signIn(user, /Budi Santoso/, PINS.budi);
    await waitFor(() => expect(queueItem(candidates[0]!.nama)).toHaveFocus());
    await user.keyboard('{Enter}');
    await waitFor(() => expect(radio('A', 1)).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Satu aspek per layar' }));
    expect(screen.getByText('Aspek 1 dari 2')).toBeInTheDocument();
    expect(screen.queryByRole('radiogroup', { name: /B Aspek B/ })).not.toBeInTheDocument();
    await user.click(radio('A', 5));
    await user.keyboard('{ArrowDown}');
    expect(screen.getByText('Aspek 2 dari 2')).toBeInTheDocument();
    expect(screen.queryByRole('radiogroup', { name: /A Aspek A/ })).not.toBeInTheDocument();
    await waitFor(() => expect(radio('B', 1)).toHaveFocus());
    await user.keyboard('5');
    expect(screen.getByTestId('sheet-score')).toHaveTextContent('100,00');
    await user.keyboard('{ArrowUp}');
    await waitFor(() => expect(radio('A', 5)).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Seluruh lembar' }));
    expect(radio('B', 5)).toBeChecked();
  });

  it('says until when the PIN is locked after five wrong tries', async () => {
    const { user } = await scoringMorning();
    await signIn(user, /Siti Aminah/, '111111');
    for (const wrong of ['222222', '333333', '444444']) await user.keyboard(`${wrong}{Enter}`);
    expect(await screen.findByText(/Sisa percobaan: 1/)).toBeInTheDocument();
    await user.keyboard('555555{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /^PIN terlalu sering salah dan dikunci sampai \d\d\/\d\d\/\d{4},? \d\d.\d\d.\d\d\./,
    );
    // Even the right PIN is refused while locked out.
    await user.keyboard(`${PINS.siti}{Enter}`);
    expect(await screen.findByRole('alert')).toHaveTextContent(/dikunci sampai/);
    expect(screen.queryByText(/Menilai sebagai/)).not.toBeInTheDocument();
  });
});
