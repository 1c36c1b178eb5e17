import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { declareConflict } from '../../../src/main/core/assessors/commands';
import { canonicalJson } from '../../../src/shared/canonical-json';
import { enrol, PIN, selectionWithCandidates } from '../../main/core/assessors/fixtures';
import { appendSheet, SECRET_NOTE, SECRET_TOTAL } from '../../main/core/audit/fixtures';
import { tamperWithJournal } from '../../helpers/tamper';
import { realBackend } from '../helpers/real-backend';
import { renderApp } from '../helpers/render-app';

/** A real store with a selection, candidates, an assessor, a conflict and a sealed sheet. */
async function seeded() {
  const backend = await realBackend();
  const { store } = backend;
  const { selectionId, candidateIds } = await selectionWithCandidates(store, 12);
  const penguji = enrol(store, selectionId, 'penguji', PIN.penguji, 'Budi Santoso, S.Pd.');
  declareConflict(store, penguji.id, PIN.penguji, candidateIds[1]!, 'keluarga', 'adik ipar');
  const sheet = appendSheet(store, {
    sessionId: '5b0c0d5e-8f1a-4c1b-9d7e-2a6f7e9b1c03',
    candidateId: candidateIds[0]!,
    assessorId: penguji.id,
  });
  const entries = store.db.prepare('SELECT count(*) FROM journal').pluck().get() as number;
  return { ...backend, sheet, entries };
}

function rows() {
  return within(screen.getByRole('list', { name: 'Entri jurnal' })).queryAllByRole('listitem');
}

describe('the audit trail screen', () => {
  it('shows every entry under a green chain banner, sheets sealed', async () => {
    const { api, sheet, entries } = await seeded();
    renderApp({ api, path: '/audit' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Jejak audit' })).toBeVisible();
    expect(await screen.findByTestId('chain-status')).toHaveTextContent(
      `Rantai jurnal utuh: ${entries} entri, 1 perangkat.`,
    );
    expect(screen.getByTestId('chain-status')).toHaveClass('notice-ok');
    await waitFor(() => expect(rows()).toHaveLength(entries));
    expect(screen.getByTestId('audit-total')).toHaveTextContent(`${entries} entri`);
    const newest = rows()[0]!;
    expect(newest).toHaveTextContent('Lembar nilai diserahkan');
    expect(newest).toHaveTextContent('Budi Santoso, S.Pd.');
    expect(newest).toHaveTextContent('nilai disegel');
    expect(newest).toHaveTextContent(sheet.hash.slice(0, 12));
    expect(document.body).not.toHaveTextContent(SECRET_NOTE);
    expect(screen.getByRole('list', { name: 'Entri jurnal' })).toHaveTextContent(
      'Penguji didaftarkan',
    );
  });

  it('opens an entry on click: full hash, previous hash, device and the allowed fields', async () => {
    const { api, store, sheet, entries } = await seeded();
    const { user } = renderApp({ api, path: '/audit' });
    await waitFor(() => expect(rows()).toHaveLength(entries));
    await user.click(within(rows()[0]!).getByRole('button'));
    const pane = await screen.findByRole('complementary', { name: `Entri ${sheet.seq}` });
    expect(pane).toHaveTextContent(sheet.hash);
    expect(pane).toHaveTextContent(sheet.prev);
    expect(pane).toHaveTextContent(store.deviceId);
    expect(pane).toHaveTextContent('Tautan utuh');
    expect(pane).toHaveTextContent('Komponenwawancara');
    expect(pane).toHaveTextContent('nilai disegel');
    expect(pane).not.toHaveTextContent(String(SECRET_TOTAL).replace('.', ','));
    expect(pane).not.toHaveTextContent(SECRET_NOTE);
  });

  it('turns red on a tampered journal, with what to do and the broken row marked', async () => {
    const { api, store, entries } = await seeded();
    tamperWithJournal(store.db, () => {
      const payload = store.db.prepare('SELECT payload FROM journal WHERE seq = 3').pluck().get();
      const edited = { ...(JSON.parse(payload as string) as object), forged: true };
      store.db.prepare('UPDATE journal SET payload = ? WHERE seq = 3').run(canonicalJson(edited));
    });
    renderApp({ api, path: '/audit' });
    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent(
      `Rantai jurnal RUSAK: 1 entri tidak lolos pemeriksaan (dari ${entries} entri).`,
    );
    expect(banner).toHaveTextContent(
      'Jangan menulis apa pun; hubungi admin; pulihkan dari cadangan.',
    );
    await waitFor(() => expect(rows()).toHaveLength(entries));
    const broken = rows().filter((row) => row.classList.contains('audit-row-broken'));
    expect(broken).toHaveLength(1);
    expect(broken[0]).toHaveAttribute('aria-posinset', String(entries - 2));
    expect(within(broken[0]!).getByRole('button', { name: /^RUSAK — entri 3 / })).toHaveTextContent(
      'isi entri tidak cocok dengan hash-nya',
    );
  });

  it('narrows the list by kind, and clears the filters again', async () => {
    const { api, entries } = await seeded();
    const { user } = renderApp({ api, path: '/audit' });
    await waitFor(() => expect(rows()).toHaveLength(entries));
    await user.selectOptions(screen.getByLabelText('Jenis'), 'Formasi');
    await waitFor(() => expect(screen.getByTestId('audit-total')).toHaveTextContent(/^7 entri$/));
    expect(rows()).toHaveLength(7);
    for (const row of rows()) expect(row).toHaveTextContent('Formasi ditambahkan');
    await user.click(screen.getByRole('button', { name: 'Hapus saringan' }));
    await waitFor(() => expect(rows()).toHaveLength(entries));
  });

  it('narrows the list by text in the summary, and opens an entry with Enter', async () => {
    const { api, entries } = await seeded();
    const { user } = renderApp({ api, path: '/audit' });
    await waitFor(() => expect(rows()).toHaveLength(entries));
    fireEvent.change(screen.getByLabelText('Cari'), { target: { value: 'keluarga' } });
    await waitFor(() => expect(screen.getByTestId('audit-total')).toHaveTextContent(/^1 entri$/));
    const [conflict] = rows();
    expect(conflict).toHaveTextContent('Konflik kepentingan dinyatakan');
    within(conflict!).getByRole('button').focus();
    await user.keyboard('{Enter}');
    const pane = await screen.findByRole('complementary', { name: /^Entri \d+$/ });
    expect(pane).toHaveTextContent('Jenis konflikkeluarga');
    expect(pane).toHaveTextContent('Catatanadik ipar');
  });
});
