import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { assessorKeys } from '../../../src/main/core/assessors/queries';
import { NAMA, openAssessorScreen, PIN, rowButton, SCREEN_TEST_TIMEOUT } from './assessor-screen';

const NEW_PIN = '639205';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('resetting a forgotten PIN on the Penguji screen', () => {
  it(
    'lets the chair, with their own PIN, issue a new key and shows its fingerprint',
    async () => {
      const { user, store, enrolled } = await openAssessorScreen(['ketua', 'penguji']);
      const penguji = enrolled.penguji!;
      await user.click(
        await screen.findByRole('button', { name: `Atur ulang PIN — ${NAMA.penguji}` }),
      );
      const dialog = screen.getByRole('dialog', { name: 'Atur ulang PIN' });
      expect(dialog).toHaveTextContent(
        'lembar nilai yang sudah ditandatangani dengan kunci lama tetap sah',
      );
      const chair = within(dialog).getByLabelText('Ketua panitia');
      expect(
        within(chair)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual([NAMA.ketua]);

      // A wrong chair PIN is refused and counted against the chair.
      await user.type(within(dialog).getByLabelText('PIN ketua'), '000111');
      await user.type(within(dialog).getByLabelText(`PIN baru ${NAMA.penguji}`), NEW_PIN);
      await user.type(within(dialog).getByLabelText('Ulangi PIN'), `${NEW_PIN}{Enter}`);
      expect(await within(dialog).findByRole('alert')).toHaveTextContent(/^PIN salah\./);
      expect(within(dialog).getByLabelText('PIN ketua')).toHaveValue('');
      expect(
        store.db.prepare('SELECT key_version FROM assessors WHERE id = ?').pluck().get(penguji.id),
      ).toBe(1);

      await user.type(within(dialog).getByLabelText('PIN ketua'), `${PIN.ketua}{Enter}`);
      const done = await screen.findByText(
        `PIN ${NAMA.penguji} telah diatur ulang dan kunci baru diterbitkan.`,
      );
      const keys = assessorKeys(store.db, penguji.id);
      expect(keys.map((k) => k.keyVersion)).toEqual([1, 2]);
      expect(done.parentElement).toHaveTextContent(keys[1]!.fingerprint);
      const row = screen.getByRole('row', { name: new RegExp(NAMA.penguji) });
      expect(row).toHaveTextContent(keys[1]!.fingerprint);
      expect(row).toHaveTextContent('(kunci ke-2)');

      // The new PIN works for the assessor from now on.
      await user.click(rowButton('Pakta integritas', NAMA.penguji)!);
      await user.type(
        within(screen.getByRole('dialog')).getByLabelText(`PIN ${NAMA.penguji}`),
        `${NEW_PIN}{Enter}`,
      );
      expect(
        await screen.findByText(`${NAMA.penguji} telah menerima pakta integritas.`),
      ).toBeInTheDocument();
    },
    SCREEN_TEST_TIMEOUT,
  );

  it(
    'shows a lock-out in the list after five wrong PINs',
    async () => {
      // The test store's clock starts on 2024-11-05 at 01:00 UTC; the screen reads the same time.
      vi.spyOn(Date, 'now').mockReturnValue(Date.parse('2024-11-05T01:00:00.000Z'));
      const { user } = await openAssessorScreen(['penguji']);
      await user.click(
        await screen.findByRole('button', { name: `Pakta integritas — ${NAMA.penguji}` }),
      );
      const dialog = screen.getByRole('dialog');
      for (let i = 0; i < 5; i += 1) {
        await user.type(within(dialog).getByLabelText(`PIN ${NAMA.penguji}`), '000111{Enter}');
        await within(dialog).findByRole('alert');
      }
      expect(within(dialog).getByRole('alert')).toHaveTextContent('PIN terlalu sering salah');
      await user.keyboard('{Escape}');
      const row = screen.getByRole('row', { name: new RegExp(NAMA.penguji) });
      expect(row).toHaveTextContent(/Terkunci sampai \d\d\/\d\d\/\d{4}/);
    },
    SCREEN_TEST_TIMEOUT,
  );
});

describe('an observer on the Penguji screen', () => {
  it(
    'is offered no declaration of conflicts, unlike an assessor',
    async () => {
      await openAssessorScreen(['ketua', 'penguji', 'pengamat']);
      const observer = await screen.findByRole('row', { name: new RegExp(NAMA.pengamat) });
      expect(observer).toHaveTextContent('Pengamat');
      expect(rowButton('Nyatakan konflik kepentingan', NAMA.pengamat)).toBeNull();
      expect(within(observer).queryByRole('button', { name: /konflik/i })).toBeNull();
      // The statement binds observers too (the main process allows it); the reset is the chair's.
      expect(rowButton('Pakta integritas', NAMA.pengamat)).toBeInTheDocument();
      expect(rowButton('Nyatakan konflik kepentingan', NAMA.penguji)).toBeInTheDocument();
      expect(rowButton('Nyatakan konflik kepentingan', NAMA.ketua)).toBeInTheDocument();
    },
    SCREEN_TEST_TIMEOUT,
  );
});
