import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  attendanceHistory,
  candidateStatus,
  componentStatus,
  latestAttendance,
} from '../../../src/main/core/attendance/queries';
import { renderApp } from '../helpers/render-app';
import { sessionBackend } from './seed';

// Each test seeds and drives a real store (SQLite, the journal, assessors' scrypt keys) through
// the real handlers; on a busy machine that takes longer than the default 5 s.
const REAL_CORE = { timeout: 30_000 };

async function openDesk(count: number) {
  const day = await sessionBackend(count);
  const app = renderApp({
    api: day.api,
    path: `/penilaian/sesi/${day.session.id}`,
    activeSelectionId: day.selectionId,
  });
  const desk = await screen.findByRole('region', { name: 'Meja kehadiran' });
  const row = (c: { nomor: string; nama: string }) =>
    within(desk).getByRole('row', { name: `${c.nomor} ${c.nama}` });
  return { ...day, ...app, desk, row };
}

describe('scheduling candidates', REAL_CORE, () => {
  it('adds some, then all of the formasi’s unscheduled candidates', async () => {
    const { user, desk, candidates, store, session } = await openDesk(0);
    expect(within(desk).getByText(/Belum ada peserta terjadwal/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Jadwalkan peserta' }));
    const picker = await screen.findByRole('region', { name: 'Jadwalkan peserta' });
    const [first, second] = candidates;
    await user.click(within(picker).getByLabelText(`${first!.nomor} ${first!.nama}`));
    await user.click(within(picker).getByLabelText(`${second!.nomor} ${second!.nama}`));
    await user.click(within(picker).getByRole('button', { name: 'Jadwalkan yang dipilih (2)' }));
    expect(await screen.findByText('2 peserta dijadwalkan.')).toBeInTheDocument();
    expect(within(desk).getAllByRole('row')).toHaveLength(3);

    await user.click(screen.getByRole('button', { name: 'Jadwalkan peserta' }));
    const rest = candidates.length - 2;
    await user.click(await screen.findByRole('button', { name: `Jadwalkan semua (${rest})` }));
    expect(await screen.findByText(`${rest} peserta dijadwalkan.`)).toBeInTheDocument();
    expect(within(desk).getAllByRole('row')).toHaveLength(candidates.length + 1);
    const count = store.db
      .prepare('SELECT count(*) FROM session_candidates WHERE session_id = ?')
      .pluck()
      .get(session.id);
    expect(count).toBe(candidates.length);
    // Nobody is left to schedule.
    await user.click(screen.getByRole('button', { name: 'Jadwalkan peserta' }));
    expect(
      await screen.findByText(/Semua peserta formasi ini sudah dijadwalkan/),
    ).toBeInTheDocument();
  });
});

describe('the attendance desk', REAL_CORE, () => {
  it('checks candidates in with the keyboard only, including an absent one', async () => {
    const { user, row, store, session, scheduled } = await openDesk(3);
    const [first, second, third] = scheduled as [
      (typeof scheduled)[0],
      (typeof scheduled)[0],
      (typeof scheduled)[0],
    ];
    // Focus the first row, then only keys.
    row(first).focus();
    await user.keyboard('h');
    expect(await screen.findByText(`${first.nama}: Hadir.`)).toBeInTheDocument();
    await user.keyboard('k');
    expect(await screen.findByText(`Identitas ${first.nama} diperiksa.`)).toBeInTheDocument();
    expect(within(row(first)).getByText('Diperiksa (KTP-el)')).toBeInTheDocument();
    expect(within(row(first)).getByText('Hadir', { selector: '.badge' })).toBeInTheDocument();

    await user.keyboard('{ArrowDown}');
    expect(row(second)).toHaveFocus();
    await user.keyboard('a');
    expect(await screen.findByText(`${second.nama}: Tidak hadir.`)).toBeInTheDocument();
    expect(within(row(second)).getByText('TH (tidak hadir)')).toBeInTheDocument();
    // An absent candidate's identity cannot be checked: the desk says why and writes nothing.
    await user.keyboard('k');
    expect(
      await screen.findByText(new RegExp(`${second.nama} tercatat tidak hadir`)),
    ).toBeVisible();

    // The third arrives late with a candidate card.
    await user.selectOptions(screen.getByLabelText('Dokumen identitas'), 'Kartu peserta');
    row(third).focus();
    await user.keyboard('t');
    await screen.findByText(`${third.nama}: Terlambat.`);
    await user.keyboard('k');
    await screen.findByText(`Identitas ${third.nama} diperiksa.`);
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(row(first)).toHaveFocus();

    expect(componentStatus(store.db, session.id, first.id)).toBe('hadir');
    expect(latestAttendance(store.db, session.id, first.id)).toMatchObject({
      identityChecked: true,
      document: 'ktp_el',
    });
    expect(componentStatus(store.db, session.id, second.id)).toBe('TH');
    expect(attendanceHistory(store.db, session.id, second.id)).toHaveLength(1);
    expect(componentStatus(store.db, session.id, third.id)).toBe('terlambat');
    expect(latestAttendance(store.db, session.id, third.id)?.document).toBe('kartu_peserta');
  });

  it('corrects an absence with the mouse and shows the history', async () => {
    const { user, row, store, session, scheduled } = await openDesk(2);
    const [first] = scheduled as [(typeof scheduled)[0]];
    await user.click(
      within(row(first)).getByRole('button', { name: `Tidak hadir: ${first.nama}` }),
    );
    await within(row(first)).findByText('TH (tidak hadir)');
    await user.click(within(row(first)).getByRole('button', { name: `Hadir: ${first.nama}` }));
    await within(row(first)).findByText('Hadir', { selector: '.badge' });
    await user.click(within(row(first)).getByRole('button', { name: `Riwayat: ${first.nama}` }));
    const history = await screen.findByRole('region', { name: `Riwayat kehadiran: ${first.nama}` });
    const lines = within(history).getAllByRole('row').slice(1);
    expect(lines.map((line) => within(line).getAllByRole('cell')[1]!.textContent)).toEqual([
      'Tidak hadir',
      'Hadir',
    ]);
    expect(componentStatus(store.db, session.id, first.id)).toBe('hadir');
  });

  it('disqualifies a candidate only with a reason, and reinstates them', async () => {
    const { user, row, store, scheduled } = await openDesk(2);
    const [first] = scheduled as [(typeof scheduled)[0]];
    await user.click(within(row(first)).getByRole('button', { name: `Status: ${first.nama}` }));
    const dialog = screen.getByRole('dialog', { name: `Status peserta: ${first.nama}` });
    await user.selectOptions(within(dialog).getByLabelText('Status baru'), 'DIS — diskualifikasi');
    const save = within(dialog).getByRole('button', { name: 'Simpan status' });
    expect(save).toBeDisabled();
    await user.type(within(dialog).getByLabelText('Alasan'), 'Membawa catatan ke ruang wawancara');
    await user.click(save);
    expect(await within(row(first)).findByText('DIS (diskualifikasi)')).toBeInTheDocument();
    expect(within(row(first)).getByText('Membawa catatan ke ruang wawancara')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(candidateStatus(store.db, first.id)).toMatchObject({
      status: 'DIS',
      reason: 'Membawa catatan ke ruang wawancara',
    });
    // The desk records no attendance for a disqualified candidate.
    row(first).focus();
    await user.keyboard('h');
    expect(await screen.findByText(new RegExp(`${first.nama} berstatus DIS`))).toBeVisible();

    await user.click(within(row(first)).getByRole('button', { name: `Status: ${first.nama}` }));
    const again = screen.getByRole('dialog', { name: `Status peserta: ${first.nama}` });
    await user.selectOptions(
      within(again).getByLabelText('Status baru'),
      'Aktif kembali (pemulihan)',
    );
    await user.type(within(again).getByLabelText('Alasan'), 'Catatan ternyata milik panitia');
    await user.click(within(again).getByRole('button', { name: 'Simpan status' }));
    expect(await within(row(first)).findByText('Belum hadir')).toBeInTheDocument();
    expect(candidateStatus(store.db, first.id).status).toBe('aktif');
  });
});
