import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEVICE_ID, FakeBackend } from '../helpers/fake-backend';
import { renderApp } from '../helpers/render-app';

function setup() {
  const backend = new FakeBackend();
  const selection = backend.seedSelection();
  backend.seedFormasi(selection.id);
  return renderApp({ backend, path: '/pengaturan' });
}

describe('Pengaturan', () => {
  it('shows the app info', async () => {
    setup();
    const info = await screen.findByTestId('app-info');
    expect(info).toHaveTextContent('0.1.0');
    expect(info).toHaveTextContent(DEVICE_ID);
    expect(info).toHaveTextContent('/home/panitia/data');
    expect(info).toHaveTextContent('Mode web (peramban)');
  });

  it('checks the journal and says it is intact', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Periksa jurnal' }));
    const result = screen.getByTestId('journal-verify-result');
    expect(
      await within(result).findByText('Jurnal utuh: 2 entri dalam 1 rantai.'),
    ).toBeInTheDocument();
    expect(within(result).getByRole('table')).toHaveTextContent(DEVICE_ID);
  });

  it('reports the first broken link, translated', async () => {
    const { user, backend } = setup();
    backend.verifyReport = {
      ok: false,
      entries: 7,
      chains: [{ device: DEVICE_ID, entries: 7, headSeq: 7, headHash: 'f'.repeat(64) }],
      firstBreak: { device: DEVICE_ID, seq: 4, reason: 'hash-mismatch' },
    };
    await user.click(screen.getByRole('button', { name: 'Periksa jurnal' }));
    const result = screen.getByTestId('journal-verify-result');
    expect(
      await within(result).findByText(/^Jurnal RUSAK: 7 entri dalam 1 rantai diperiksa\./),
    ).toBeInTheDocument();
    expect(result).toHaveTextContent(
      `Kerusakan pertama: perangkat ${DEVICE_ID}, entri nomor 4 — isi entri tidak cocok dengan hash-nya (entri diubah)`,
    );
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(result).toHaveTextContent('the entry does not match its hash (the entry was changed)');
  });

  it('lists the recent journal entries, newest first, with translated kinds', async () => {
    setup();
    const table = await screen.findByRole('table', { name: 'Entri terbaru' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[1]?.textContent)).toEqual([
      'Formasi ditambahkan',
      'Seleksi dibuat',
    ]);
  });
});
