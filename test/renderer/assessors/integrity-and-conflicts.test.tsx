import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { INTEGRITY_STATEMENT } from '../../../src/shared/domain/integrity-statement';
import { NAMA, openAssessorScreen, PIN, rowButton, SCREEN_TEST_TIMEOUT } from './assessor-screen';

describe('the integrity statement on the Penguji screen', () => {
  it(
    'shows the statement, refuses a wrong PIN in Indonesian, accepts the right one',
    async () => {
      const { user, store } = await openAssessorScreen(['penguji']);
      const open = await screen.findByRole('button', {
        name: `Pakta integritas — ${NAMA.penguji}`,
      });
      await user.click(open);
      const dialog = screen.getByRole('dialog', { name: 'Pakta integritas' });
      const region = await within(dialog).findByRole('region', { name: 'Isi pakta integritas' });
      expect(region.textContent).toBe(INTEGRITY_STATEMENT.text);
      const pin = within(dialog).getByLabelText(`PIN ${NAMA.penguji}`);
      expect(pin).toHaveFocus();

      await user.keyboard('000111{Enter}');
      expect(await within(dialog).findByRole('alert')).toHaveTextContent(/^PIN salah\./);
      expect(pin).toHaveValue('');
      await user.type(pin, `${PIN.penguji}{Enter}`);
      expect(
        await screen.findByText(`${NAMA.penguji} telah menerima pakta integritas.`),
      ).toBeInTheDocument();
      expect(screen.queryByRole('dialog')).toBeNull();
      const row = screen.getByRole('row', { name: new RegExp(NAMA.penguji) });
      expect(row).toHaveTextContent(/Diterima \d\d\/\d\d\/\d{4}/);
      expect(rowButton('Pakta integritas', NAMA.penguji)).toBeNull();
      expect(
        store.db
          .prepare("SELECT count(*) FROM journal WHERE kind = 'assessor.integrityAccepted'")
          .pluck()
          .get(),
      ).toBe(1);
    },
    SCREEN_TEST_TIMEOUT,
  );

  it(
    'keeps Tab inside the dialog and closes it on Escape',
    async () => {
      const { user } = await openAssessorScreen(['penguji']);
      const open = await screen.findByRole('button', {
        name: `Pakta integritas — ${NAMA.penguji}`,
      });
      await user.click(open);
      const dialog = screen.getByRole('dialog', { name: 'Pakta integritas' });
      await within(dialog).findByRole('region', { name: 'Isi pakta integritas' });
      for (let i = 0; i < 6; i += 1) {
        await user.tab();
        expect(dialog).toContainElement(document.activeElement as HTMLElement);
      }
      await user.keyboard('{Escape}');
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(open).toHaveFocus();
    },
    SCREEN_TEST_TIMEOUT,
  );
});

describe('declaring a conflict of interest on the Penguji screen', () => {
  it(
    'finds the candidate by typing, records the declaration and lists it',
    async () => {
      const { user, store, candidateIds } = await openAssessorScreen(['penguji']);
      const candidate = store.db
        .prepare('SELECT id, nomor_peserta AS nomor, nama FROM candidates WHERE id = ?')
        .get(candidateIds[3]) as { id: string; nomor: string; nama: string };
      expect(
        await screen.findByText('Belum ada konflik kepentingan yang dinyatakan.'),
      ).toBeVisible();
      await user.click(
        screen.getByRole('button', { name: `Nyatakan konflik kepentingan — ${NAMA.penguji}` }),
      );
      const dialog = screen.getByRole('dialog', { name: 'Nyatakan konflik kepentingan' });
      const submit = within(dialog).getByRole('button', { name: 'Nyatakan konflik' });
      expect(submit).toBeDisabled();
      expect(within(dialog).getByLabelText('Cari peserta')).toHaveFocus();
      await user.keyboard(candidate.nomor);
      const choice = await within(dialog).findByRole('radio', {
        name: `${candidate.nomor} ${candidate.nama}`,
      });
      expect(within(dialog).getAllByRole('radio')).toHaveLength(1);
      await user.click(choice);
      await user.selectOptions(within(dialog).getByLabelText('Jenis hubungan'), 'Pekerjaan');
      await user.click(within(dialog).getByLabelText('Keterangan'));
      await user.paste('Rekan satu kantor');
      await user.type(within(dialog).getByLabelText(`PIN ${NAMA.penguji}`), PIN.penguji);
      await user.click(submit);

      expect(
        await screen.findByText(`Konflik kepentingan ${NAMA.penguji} telah dicatat.`),
      ).toBeInTheDocument();
      const list = screen.getByRole('table', { name: 'Konflik kepentingan' });
      const [, row] = within(list).getAllByRole('row');
      expect(row).toHaveTextContent(NAMA.penguji);
      expect(row).toHaveTextContent(`${candidate.nomor} ${candidate.nama}`);
      expect(row).toHaveTextContent('Pekerjaan');
      expect(row).toHaveTextContent('Rekan satu kantor');
      expect(store.db.prepare('SELECT candidate_id, kind FROM conflicts').get()).toEqual({
        candidate_id: candidate.id,
        kind: 'pekerjaan',
      });
    },
    SCREEN_TEST_TIMEOUT,
  );

  it(
    'shows the main process’s refusal of a second declaration for the same candidate',
    async () => {
      const { user, candidateIds, store, enrolled } = await openAssessorScreen(['penguji']);
      const nomor = store.db
        .prepare('SELECT nomor_peserta FROM candidates WHERE id = ?')
        .pluck()
        .get(candidateIds[0]) as string;
      const open = async () => {
        await user.click(
          await screen.findByRole('button', {
            name: `Nyatakan konflik kepentingan — ${NAMA.penguji}`,
          }),
        );
        const dialog = screen.getByRole('dialog');
        await user.keyboard(nomor);
        await user.click(await within(dialog).findByRole('radio', { name: new RegExp(nomor) }));
        await user.type(
          within(dialog).getByLabelText(`PIN ${NAMA.penguji}`),
          `${PIN.penguji}{Enter}`,
        );
        return dialog;
      };
      await open();
      await screen.findByText(`Konflik kepentingan ${NAMA.penguji} telah dicatat.`);
      const dialog = await open();
      expect(await within(dialog).findByRole('alert')).toHaveTextContent(
        'Konflik kepentingan dengan peserta ini sudah dinyatakan sebelumnya.',
      );
      expect(
        store.db
          .prepare('SELECT count(*) FROM conflicts WHERE assessor_id = ?')
          .pluck()
          .get(enrolled.penguji!.id),
      ).toBe(1);
    },
    SCREEN_TEST_TIMEOUT,
  );
});
