import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openAssessorScreen, SCREEN_TEST_TIMEOUT } from './assessor-screen';

describe('enrolling an assessor on the Penguji screen', () => {
  it(
    'says what to do when there is nobody, then enrols with a PIN typed twice',
    async () => {
      const { user, store } = await openAssessorScreen();
      expect(await screen.findByRole('heading', { name: 'Belum ada penguji' })).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Daftarkan penguji' }));

      const form = screen.getByRole('form', { name: 'Daftarkan penguji' });
      const pin = within(form).getByLabelText('PIN');
      // Masked, numeric keypad, and the rules beside it.
      expect(pin).toHaveAttribute('type', 'password');
      expect(pin).toHaveAttribute('inputmode', 'numeric');
      expect(pin).toHaveAccessibleDescription(/6 sampai 12 angka/);
      expect(within(form).getByLabelText('Nama')).toHaveFocus();

      await user.paste('Siti Aminah, S.Psi.');
      await user.click(within(form).getByLabelText('NIP'));
      await user.paste('19850101 201001 2 001');
      await user.selectOptions(within(form).getByLabelText('Peran'), 'Sekretaris');
      // Too easy: refused and explained by the main process, in Indonesian.
      await user.type(pin, '456789');
      await user.type(within(form).getByLabelText('Ulangi PIN'), '456789');
      await user.click(within(form).getByRole('button', { name: 'Daftarkan' }));
      expect(await within(form).findByRole('alert')).toHaveTextContent('PIN terlalu mudah ditebak');
      expect(pin).toHaveValue('');
      expect(store.db.prepare('SELECT count(*) FROM assessors').pluck().get()).toBe(0);

      // Two different PINs are caught before anything is sent.
      await user.type(pin, '402817');
      await user.type(within(form).getByLabelText('Ulangi PIN'), '402871');
      await user.keyboard('{Enter}');
      expect(within(form).getByLabelText('Ulangi PIN')).toHaveAccessibleDescription(
        'Kedua PIN tidak sama. Ketik ulang PIN yang sama.',
      );

      await user.clear(within(form).getByLabelText('Ulangi PIN'));
      await user.type(within(form).getByLabelText('Ulangi PIN'), '402817{Enter}');
      const status = await screen.findByText('Siti Aminah, S.Psi. telah didaftarkan.');
      const stored = store.db.prepare('SELECT nip, role, fingerprint FROM assessors').get() as {
        nip: string;
        role: string;
        fingerprint: string;
      };
      expect(stored).toMatchObject({ nip: '198501012010012001', role: 'sekretaris' });
      expect(status.parentElement).toHaveTextContent(stored.fingerprint);

      const table = screen.getByRole('table', { name: 'Daftar penguji' });
      const row = within(table).getByRole('row', { name: /Siti Aminah/ });
      expect(row).toHaveTextContent('198501012010012001');
      expect(row).toHaveTextContent('Sekretaris');
      expect(row).toHaveTextContent('Belum diterima');
      expect(within(row).getByText(stored.fingerprint)).toHaveClass('fingerprint');
      // No chair yet: the screen says so, and offers no PIN reset.
      expect(screen.getByText(/belum memiliki ketua/)).toBeInTheDocument();
      expect(within(row).queryByRole('button', { name: /Atur ulang PIN/ })).toBeNull();
    },
    SCREEN_TEST_TIMEOUT,
  );
});
