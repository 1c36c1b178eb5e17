import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { COMPONENT } from '../../main/core/sessions/fixtures';
import { nomorOf, paperCsv, type PaperLine } from '../../main/core/paper/fixtures';
import type { Language } from '../../../src/renderer/i18n/language';
import { renderApp, textFile } from '../helpers/render-app';
import { PINS, seedMorning } from '../scoring/scoring-fixtures';

/**
 * The scoring morning with its six paper sheets (three present candidates × Budi and Siti) as
 * operator A typed them; the tests give operator B a copy with one cell typed differently.
 */
async function paperMorning(language: Language = 'id') {
  const morning = await seedMorning();
  const { store, candidates, budi, siti } = morning;
  const lines: PaperLine[] = candidates.slice(0, 3).flatMap((candidate, i) =>
    [budi, siti].map((assessor, j) => ({
      nomor_peserta: nomorOf(store, candidate.id),
      komponen: COMPONENT,
      nip_penguji: assessor.id,
      A: String(2 + ((i + j) % 3)),
      B: String(4 - j),
      catatan: j === 0 ? `Lembar kertas ${i + 1}` : '',
    })),
  );
  const app = renderApp({
    api: morning.api,
    path: '/penilaian/kertas',
    activeSelectionId: morning.selectionId,
    language,
  });
  const sheetCount = () =>
    store.db.prepare('SELECT count(*) FROM score_sheets').pluck().get() as number;
  return { ...morning, ...app, lines, sheetCount };
}

type Morning = Awaited<ReturnType<typeof paperMorning>>;

/** Operator B's copy: the first sheet's aspect A typed as 5 instead of 2. */
function withOneDifference(lines: readonly PaperLine[]): PaperLine[] {
  const copy = lines.map((line) => ({ ...line }));
  copy[0]!.A = '5';
  return copy;
}

/** Chooses both files and both operators (the chair typed A, Siti typed B), then checks. */
async function checkFiles(
  { user }: Morning,
  textA: string,
  textB: string,
  labels = {
    fileA: 'Pilih berkas operator A',
    fileB: 'Pilih berkas operator B',
    operatorA: 'Operator A (yang mengetik berkas A)',
    operatorB: 'Operator B (yang mengetik berkas B)',
    check: 'Periksa',
  },
) {
  await user.upload(await screen.findByLabelText(labels.fileA), textFile('operator-a.csv', textA));
  await user.upload(screen.getByLabelText(labels.fileB), textFile('operator-b.csv', textB));
  const operatorA = screen.getByLabelText(labels.operatorA);
  await waitFor(() => expect(within(operatorA).getAllByRole('option').length).toBeGreaterThan(1));
  await user.selectOptions(
    operatorA,
    within(operatorA).getByRole('option', { name: /Sri Wahyuni/ }),
  );
  const operatorB = screen.getByLabelText(labels.operatorB);
  await user.selectOptions(
    operatorB,
    within(operatorB).getByRole('option', { name: /Siti Aminah/ }),
  );
  await user.click(screen.getByRole('button', { name: labels.check }));
}

describe('importing paper sheets typed twice', { timeout: 30_000 }, () => {
  it('shows the one differing cell, then imports the matching sheets with operator B’s PIN', async () => {
    const morning = await paperMorning();
    const { user, lines, budi, calls, sheetCount } = morning;

    // Operator B is someone other than A, and an observer is offered to neither.
    const operatorA = await screen.findByLabelText('Operator A (yang mengetik berkas A)');
    await waitFor(() =>
      expect(
        within(operatorA)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual([
        'Pilih operator…',
        'Budi Santoso, S.Pd. — Penguji',
        'Dra. Sri Wahyuni, M.Si. — Ketua',
        'Siti Aminah, S.Psi. — Penguji',
      ]),
    );
    expect(screen.getByRole('button', { name: 'Periksa' })).toBeDisabled();
    await checkFiles(morning, paperCsv(lines), paperCsv(withOneDifference(lines)));
    const operatorB = screen.getByLabelText('Operator B (yang mengetik berkas B)');
    expect(within(operatorB).queryByRole('option', { name: /Sri Wahyuni/ })).toBeNull();

    const table = await screen.findByRole('table', {
      name: 'Sel yang berbeda antara berkas A dan berkas B',
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([[lines[0]!.nomor_peserta, COMPONENT, budi.id, '2', '5', '2', '2']]);
    expect(within(rows[0]!).getByRole('rowheader')).toHaveTextContent('A');
    expect(screen.getByTestId('paper-counts')).toHaveTextContent(
      '5 siap diimpor0 sudah ada0 tidak valid1 sel berbeda0 hanya di satu berkas0 masalah',
    );
    expect(screen.getByTestId('paper-status')).toHaveTextContent(
      'Pemeriksaan selesai. Lembar cocok: 5; sel berbeda: 1; hanya di satu berkas: 0; masalah: 0.',
    );
    // A check writes nothing.
    expect(sheetCount()).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Impor 5 lembar yang cocok' }));
    const dialog = screen.getByRole('dialog', { name: 'Tandatangani dan impor 5 lembar?' });
    const pin = within(dialog).getByLabelText('PIN Siti Aminah, S.Psi.');
    expect(pin).toHaveFocus();
    await user.keyboard(`${PINS.siti}{Enter}`);

    expect(await screen.findByTestId('paper-result')).toHaveTextContent(
      '5 lembar diimpor sebagai transkripsi kertas, ditandatangani oleh Siti Aminah, S.Psi.',
    );
    expect(screen.queryByRole('dialog')).toBeNull();
    const matched = screen.getByRole('table', {
      name: 'Lembar yang cocok di kedua berkas beserta statusnya',
    });
    expect(within(matched).getAllByText('Diimpor')).toHaveLength(5);
    expect(sheetCount()).toBe(5);
    expect(
      morning.store.db.prepare('SELECT DISTINCT origin FROM score_sheets').pluck().all(),
    ).toEqual(['transkripsi']);
    // The import sent exactly what was checked.
    const inputsOf = (channel: string) =>
      calls.filter((call) => call.channel === channel).map((call) => call.input);
    const checked = inputsOf('paper:check');
    expect(checked).toHaveLength(1);
    expect(inputsOf('paper:import')).toEqual([{ ...(checked[0] as object), pin: PINS.siti }]);
  });

  it('refuses a wrong PIN with the translated message and imports nothing', async () => {
    const morning = await paperMorning();
    const { user, lines, sheetCount } = morning;
    await checkFiles(morning, paperCsv(lines), paperCsv(withOneDifference(lines)));

    await user.click(await screen.findByRole('button', { name: 'Impor 5 lembar yang cocok' }));
    await user.keyboard('111111{Enter}');
    const dialog = screen.getByRole('dialog', { name: 'Tandatangani dan impor 5 lembar?' });
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'PIN salah. Sisa percobaan: 4. Sesudah itu PIN dikunci sementara.',
    );
    const pin = within(dialog).getByLabelText('PIN Siti Aminah, S.Psi.');
    expect(pin).toHaveValue('');
    expect(pin).toHaveFocus();
    expect(sheetCount()).toBe(0);
    expect(screen.queryByTestId('paper-result')).toBeNull();

    // Cancelled: the check is still there to import from later.
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Impor 5 lembar yang cocok' })).toBeEnabled();
    expect(sheetCount()).toBe(0);
  });

  it('lists problems in the UI language and keeps the import disabled while there are any', async () => {
    const morning = await paperMorning('en');
    const { lines, sheetCount } = morning;
    const broken = lines.map((line) => ({ ...line }));
    broken[2]!.B = '9';
    await checkFiles(morning, paperCsv(lines), paperCsv(broken), {
      fileA: "Choose operator A's file",
      fileB: "Choose operator B's file",
      operatorA: 'Operator A (who typed file A)',
      operatorB: 'Operator B (who typed file B)',
      check: 'Check',
    });

    const problems = await screen.findByRole('table', { name: 'Problems in the two files' });
    const rows = within(problems).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent('B · operator-b.csv');
    expect(
      within(rows[0]!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      'B · operator-b.csv',
      '4',
      'B',
      'The value "9" on aspect B is not a rubric level (a whole number 1–5). Copy it from the paper sheet.',
    ]);
    const button = screen.getByRole('button', { name: /^Import \d+ matching sheets?$/ });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription(
      'Cannot import yet: the files have 1 problem. The import is all or nothing, so fix the marked row first, then check again.',
    );
    expect(sheetCount()).toBe(0);
    expect(morning.calls.some((call) => call.channel === 'paper:import')).toBe(false);
  });
});
