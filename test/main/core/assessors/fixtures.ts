/** A store with a selection, candidates and enrolled assessors, for the assessor tests. */
import { importCandidates } from '../../../../src/main/core/candidates/import';
import { enrolAssessor } from '../../../../src/main/core/assessors/commands';
import type { KdfParams } from '../../../../src/main/core/crypto/kdf';
import type { Store } from '../../../../src/main/core/store/open-store';
import type { AssessorFields } from '../../../../src/shared/domain/assessor';
import { demoCsv, demoSelection } from '../../../helpers/demo-fixtures';
import { tempStore } from '../../../helpers/temp-store';

/** A cheap scrypt cost for tests; production keeps DEFAULT_KDF (2^15). */
export const FAST_KDF: KdfParams = { N: 2 ** 10, r: 8, p: 1 };

/** PINs that pass the PIN rules. */
export const PIN = { ketua: '284619', penguji: '730512', pengamat: '591837' } as const;

/** A selection with `rows` demo candidates; returns its id and candidate ids. */
export async function selectionWithCandidates(store: Store, rows = 20, seed = 7) {
  const selectionId = demoSelection(store);
  await importCandidates(store, {
    selectionId,
    fileName: 'peserta.csv',
    bytes: new TextEncoder().encode(demoCsv(rows, seed)),
    mode: 'all-or-nothing',
  });
  const candidateIds = store.db
    .prepare('SELECT id FROM candidates WHERE selection_id = ? ORDER BY nomor_peserta')
    .pluck()
    .all(selectionId) as string[];
  return { selectionId, candidateIds };
}

/** Enrols an assessor with the fast KDF. */
export function enrol(
  store: Store,
  selectionId: string,
  role: AssessorFields['role'],
  pin: string,
  nama = `Penguji ${role}`,
  nip: string | null = null,
) {
  return enrolAssessor(store, selectionId, { nama, nip, role }, pin, FAST_KDF);
}

/** A store with a selection, candidates, a chair, an assessor and an observer. */
export async function panel(clock?: () => Date) {
  const store = await tempStore(clock ? { now: clock } : {});
  const { selectionId, candidateIds } = await selectionWithCandidates(store);
  const ketua = enrol(store, selectionId, 'ketua', PIN.ketua, 'Dra. Sri Wahyuni, M.Si.');
  const penguji = enrol(store, selectionId, 'penguji', PIN.penguji, 'Budi Santoso, S.Pd.');
  const pengamat = enrol(store, selectionId, 'pengamat', PIN.pengamat, 'Rahmat Hidayat');
  return { store, selectionId, candidateIds, ketua, penguji, pengamat };
}

/** How many journal entries the store holds. */
export function journalLength(store: Store): number {
  return store.db.prepare('SELECT count(*) FROM journal').pluck().get() as number;
}
