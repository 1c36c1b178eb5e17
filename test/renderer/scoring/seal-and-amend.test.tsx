import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PINS, queueItem, scoringMorning, signIn } from './scoring-fixtures';

const radio = (aspect: string, level: number) =>
  within(
    screen.getByRole('radiogroup', { name: new RegExp(`${aspect} Aspek ${aspect}`) }),
  ).getByRole('radio', { name: new RegExp(`^${level} —`) });

describe('the seal, amendments and the end of a sitting', { timeout: 30_000 }, () => {
  it("keeps the first assessor's scores sealed until the second submits, then shows them", async () => {
    const { user, candidates, budi, submitInCore } = await scoringMorning();
    submitInCore(budi.id, PINS.budi, candidates[0]!.id, {
      levels: { A: 5, B: 2 },
      notes: {},
      note: '',
    });
    await signIn(user, /Siti Aminah/, PINS.siti);
    await waitFor(() => expect(queueItem(candidates[0]!.nama)).toHaveFocus());
    await user.keyboard('{Enter}');
    expect(await screen.findByTestId('others-sealed')).toHaveTextContent(
      'Nilai penguji lain disegel sampai Anda mengirim lembar Anda.',
    );
    expect(screen.queryByText('Budi Santoso, S.Pd.')).not.toBeInTheDocument();

    // Mouse and touch work too: click the levels, then the submit button.
    await user.click(radio('A', 3));
    await user.click(radio('B', 4));
    await user.click(screen.getByRole('button', { name: 'Kirim lembar' }));
    await user.keyboard(`${PINS.siti}{Enter}`);
    await screen.findByTestId('submitted-sheet');
    const row = screen.getByRole('row', { name: /Budi Santoso/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['5', '2', '70,00', 'v1']);
  });

  it('amends a submitted sheet with a mandatory reason into version 2, keeping version 1', async () => {
    const { user, store, candidates, budi, submitInCore } = await scoringMorning();
    submitInCore(budi.id, PINS.budi, candidates[0]!.id, {
      levels: { A: 2, B: 3 },
      notes: {},
      note: '',
    });
    await signIn(user, /Budi Santoso/, PINS.budi);
    await waitFor(() => expect(queueItem(candidates[0]!.nama)).toHaveTextContent('terkirim v1'));
    await user.click(queueItem(candidates[0]!.nama));
    expect(await screen.findByTestId('submitted-sheet')).toHaveTextContent('Terkirim — versi 1');

    await user.click(screen.getByRole('button', { name: 'Ubah (amandemen)' }));
    await waitFor(() => expect(radio('A', 2)).toHaveFocus());
    expect(radio('B', 3)).toBeChecked();
    await user.keyboard('4');
    // An amendment is not a draft: nothing is saved until it is signed.
    expect(store.db.prepare('SELECT count(*) FROM sheet_drafts').pluck().get()).toBe(0);
    await user.click(screen.getByRole('button', { name: 'Kirim amandemen' }));
    const dialog = screen.getByRole('dialog', { name: 'Kirim amandemen?' });
    const sign = within(dialog).getByRole('button', { name: 'Tanda tangani amandemen' });
    expect(within(dialog).getByLabelText('Alasan')).toHaveFocus();
    await user.type(within(dialog).getByLabelText('Ketik PIN Anda lagi'), PINS.budi);
    expect(sign).toBeDisabled();
    await user.type(within(dialog).getByLabelText('Alasan'), 'Salah tekan pada aspek A');
    await user.click(sign);

    expect(await screen.findByText('Terkirim — versi 2')).toBeInTheDocument();
    const history = screen.getByRole('table', { name: 'Riwayat versi lembar Anda' });
    const rows = within(history).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('v1');
    expect(rows[1]).toHaveTextContent('v2 (berlaku)');
    expect(rows[1]).toHaveTextContent('Salah tekan pada aspek A');
    expect(rows[1]).toHaveTextContent('Budi Santoso, S.Pd. ✓');
    const versions = store.db
      .prepare(
        `SELECT version, is_current FROM score_sheets WHERE candidate_id = ? AND assessor_id = ?
         ORDER BY version`,
      )
      .all(candidates[0]!.id, budi.id);
    expect(versions).toEqual([
      { version: 1, is_current: 0 },
      { version: 2, is_current: 1 },
    ]);
  });

  it('asks again for a wrong PIN at submit, showing the tries left, and signs nothing', async () => {
    const { user, store, candidates } = await scoringMorning();
    await signIn(user, /Budi Santoso/, PINS.budi);
    await waitFor(() => expect(queueItem(candidates[0]!.nama)).toHaveFocus());
    await user.keyboard('{Enter}');
    await waitFor(() => expect(radio('A', 1)).toHaveFocus());
    await user.keyboard('3{Tab}3{Control>}{Enter}{/Control}');
    await user.keyboard('000111{Enter}');
    const dialog = screen.getByRole('dialog');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Sisa percobaan: 4');
    expect(store.db.prepare('SELECT count(*) FROM score_sheets').pluck().get()).toBe(0);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(radio('A', 3)).toBeChecked();
  });

  it('returns to "Siapa Anda?" calmly when the sitting expires, and the draft is still there', async () => {
    const { user, api, candidates, budi } = await scoringMorning();
    await signIn(user, /Budi Santoso/, PINS.budi);
    await waitFor(() => expect(queueItem(candidates[0]!.nama)).toHaveFocus());
    await user.keyboard('{Enter}');
    await waitFor(() => expect(radio('A', 1)).toHaveFocus());
    await user.keyboard('4');
    await waitFor(() => expect(screen.getByTestId('save-status')).toHaveTextContent(/Tersimpan/));
    // Another window opens a sitting for the same assessor: this one is no longer valid.
    await api['scoring:open']({ assessorId: budi.id, pin: PINS.budi });
    await user.keyboard('{Tab}2');
    expect(await screen.findByRole('heading', { name: 'Siapa Anda?' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Sesi penilaian Anda ditutup karena lama tidak dipakai. Draf Anda tersimpan',
    );
    await signIn(user, /Budi Santoso/, PINS.budi);
    await waitFor(() => expect(queueItem(candidates[0]!.nama)).toHaveTextContent('draf'));
    await user.click(queueItem(candidates[0]!.nama));
    await waitFor(() => expect(radio('A', 4)).toBeChecked());
  });

  it('"Selesai / kunci layar" closes the sitting in the main process', async () => {
    const { user, api, calls, candidates, session } = await scoringMorning();
    await signIn(user, /Budi Santoso/, PINS.budi);
    await waitFor(() => expect(queueItem(candidates[0]!.nama)).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Selesai / kunci layar' }));
    expect(await screen.findByRole('heading', { name: 'Siapa Anda?' })).toBeInTheDocument();
    expect(screen.queryByText(/ditutup karena lama tidak dipakai/)).not.toBeInTheDocument();
    const close = calls.find((c) => c.channel === 'scoring:close');
    const { sittingId } = close!.input as { sittingId: string };
    // The closed sitting is refused by the main process from now on.
    await expect(api['scoring:queue']({ sittingId, sessionId: session.id })).rejects.toMatchObject({
      code: 'sitting.expired',
    });
  });

  it("lets the chair unlock another assessor's sheet with a reason and amend it", async () => {
    const { user, store, candidates, budi, ketua, submitInCore } = await scoringMorning();
    const candidateId = candidates[0]!.id;
    submitInCore(budi.id, PINS.budi, candidateId, { levels: { A: 2, B: 2 }, notes: {}, note: '' });
    submitInCore(ketua.id, PINS.ketua, candidateId, {
      levels: { A: 4, B: 4 },
      notes: {},
      note: '',
    });
    await signIn(user, /Sri Wahyuni/, PINS.ketua);
    await waitFor(() => expect(queueItem(candidates[0]!.nama)).toHaveTextContent('terkirim v1'));
    await user.click(queueItem(candidates[0]!.nama));
    await user.click(
      await screen.findByRole('button', {
        name: 'Buka kunci untuk amandemen (Budi Santoso, S.Pd.)',
      }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Buka kunci lembar Budi Santoso, S.Pd.?' });
    await user.keyboard('Peserta mengajukan keberatan, rekaman diperiksa');
    await user.type(within(dialog).getByLabelText('Ketik PIN Anda lagi'), `${PINS.ketua}{Enter}`);
    expect(await screen.findByText('dibuka untuk amandemen')).toBeInTheDocument();

    await user.click(
      await screen.findByRole('button', { name: 'Amandemen lembar Budi Santoso, S.Pd.' }),
    );
    await waitFor(() => expect(radio('A', 2)).toHaveFocus());
    await user.keyboard('3');
    await user.click(screen.getByRole('button', { name: 'Kirim amandemen' }));
    await user.keyboard('Koreksi sesudah pemeriksaan rekaman');
    await user.type(screen.getByLabelText('Ketik PIN Anda lagi'), `${PINS.ketua}{Enter}`);
    await waitFor(() =>
      expect(screen.getByRole('row', { name: /Budi Santoso/ })).toHaveTextContent('v2'),
    );
    const amended = store.db
      .prepare(
        `SELECT version, content_json FROM score_sheets
         WHERE candidate_id = ? AND assessor_id = ? AND is_current = 1`,
      )
      .get(candidateId, budi.id) as { version: number; content_json: string };
    expect(amended.version).toBe(2);
    expect(JSON.parse(amended.content_json)).toMatchObject({
      signedBy: ketua.id,
      reason: 'Koreksi sesudah pemeriksaan rekaman',
    });
  });
});
