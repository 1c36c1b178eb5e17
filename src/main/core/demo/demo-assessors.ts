/**
 * The committee of the demo, with its DEMO PINs. They are printed by `panitia demo` and written
 * in docs/cli.md so anyone can try the scoring screen; they are public, and only for a demo store.
 * Panitia has no default PIN: every real assessor sets their own at enrolment.
 */
import type { AssessorFields } from '../../../shared/domain/assessor';

/** A demo assessor: fields and the PIN they enrol with. */
export interface DemoAssessor extends AssessorFields {
  pin: string;
}

/** Chair, secretary, four penguji and an observer (PINs: digits of well-known constants). */
// prettier-ignore
export const DEMO_ASSESSORS: readonly DemoAssessor[] = [
  { nama: 'Dra. Sri Wahyuni, M.Si.', nip: '196805121993032004', role: 'ketua', pin: '271828' },
  { nama: 'Bambang Sutrisno, S.Sos.', nip: '197203151998031007', role: 'sekretaris', pin: '314159' },
  { nama: 'Dr. Endang Purwaningsih, M.Pd.', nip: '197511202000122003', role: 'penguji', pin: '161803' },
  { nama: 'Agus Riyanto, S.Kom., M.T.', nip: '198002142005011009', role: 'penguji', pin: '141421' },
  { nama: 'Siti Aminah, S.Psi., Psikolog', nip: '198407232009022006', role: 'penguji', pin: '173205' },
  { nama: 'Ir. Hadi Prasetyo, M.M.', nip: '197609082001121002', role: 'penguji', pin: '223606' },
  { nama: 'Rahmat Hidayat, S.H.', nip: null, role: 'pengamat', pin: '577215' },
];

/**
 * The committee of demo office number `office` (1, 2, …): the same people's roles and PINs with
 * their own NIPs (the last three digits), since one NIP is enrolled once per selection and the
 * offices' committees meet again at the central office's merge.
 */
export function officeDemoAssessors(office: number): DemoAssessor[] {
  const suffix = String(office % 1000).padStart(3, '0');
  return DEMO_ASSESSORS.map((a) => ({
    ...a,
    nip: a.nip === null ? null : a.nip.slice(0, 15) + suffix,
  }));
}
