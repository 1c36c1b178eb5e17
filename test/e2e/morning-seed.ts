/**
 * What the secretary set up before the morning, through the same core functions the screens use:
 * a selection with one formasi, four candidates, a published three-aspect interview rubric, the
 * formasi's plan, a chair and two assessors, and one interview session with both assessors on its
 * panel. The morning itself (statements, conflict, check-in, scoring) happens in the browser.
 */
import { enrolAssessor } from '../../src/main/core/assessors/commands';
import { importCandidates } from '../../src/main/core/candidates/import';
import { demoPlan } from '../../src/main/core/demo/demo-plans';
import { createFormasi } from '../../src/main/core/formasi/commands';
import { setPlan } from '../../src/main/core/plans/commands';
import { createRubric, publishRubric } from '../../src/main/core/rubrics/commands';
import { createSelection } from '../../src/main/core/selections/commands';
import {
  assignPanel,
  createSession,
  scheduleCandidates,
} from '../../src/main/core/sessions/commands';
import type { Store } from '../../src/main/core/store/open-store';
import { FAST_KDF } from '../main/core/assessors/fixtures';
import { makeAspect, makeRubric } from '../helpers/rubric-fixtures';

/** An assessor of the morning with the PIN they type. */
export interface MorningAssessor {
  key: string;
  id: string;
  nama: string;
  pin: string;
}

/** The candidates, in nomor order: the last one will not come. */
export interface MorningCandidate {
  id: string;
  nomorPeserta: string;
  nama: string;
}

/** What the morning starts from. */
export interface Morning {
  selectionId: string;
  sessionId: string;
  budi: MorningAssessor;
  siti: MorningAssessor;
  ketua: MorningAssessor;
  candidates: MorningCandidate[];
}

const CSV = [
  'nomor_peserta,nik,nama,tanggal_lahir,jenis_kelamin,pendidikan,formasi',
  '24300110000001,3315014101950001,Ayu Lestari,1995-01-01,P,S-1 Administrasi Negara,AD-01',
  '24300110000002,3315010202940002,Bagus Pratama,1994-02-02,L,S-1 Administrasi Negara,AD-01',
  '24300110000003,3315014303930003,Citra Dewi,1993-03-03,P,S-1 Ilmu Pemerintahan,AD-01',
  '24300110000004,3315010404920004,Dimas Saputra,1992-04-04,L,S-1 Ilmu Pemerintahan,AD-01',
].join('\n');

/** Seeds the store of a running app. */
export async function seedMorning(store: Store): Promise<Morning> {
  const selection = createSelection(store, {
    name: 'Seleksi CPNS Kabupaten Grobogan 2024',
    year: 2024,
    type: 'CPNS',
    instansi: 'Pemerintah Kabupaten Grobogan',
    location: 'Kantor Kecamatan Purwodadi',
  });
  const formasi = createFormasi(store, selection.id, {
    code: 'AD-01',
    jabatan: 'Analis Kebijakan Ahli Pertama',
    unit: 'Bagian Organisasi Setda',
    pendidikan: 'S-1',
    quota: 1,
  });
  await importCandidates(store, {
    selectionId: selection.id,
    fileName: 'peserta.csv',
    bytes: new TextEncoder().encode(CSV),
    mode: 'all-or-nothing',
  });
  const rubric = publishRubric(
    store,
    createRubric(
      store,
      makeRubric(
        [makeAspect('K1', 40), makeAspect('K2', 30), makeAspect('K3', 30)],
        'Wawancara Kompetensi (ringkas)',
      ),
    ).id,
  );
  setPlan(store, formasi.id, demoPlan('wawancara', rubric), null);
  const enrol = (key: string, nama: string, role: 'ketua' | 'penguji', pin: string) => ({
    key,
    nama,
    pin,
    id: enrolAssessor(store, selection.id, { nama, nip: null, role }, pin, FAST_KDF).id,
  });
  const ketua = enrol('ketua', 'Dra. Sri Wahyuni, M.Si.', 'ketua', '284619');
  const budi = enrol('budi', 'Budi Santoso, S.Pd.', 'penguji', '730512');
  const siti = enrol('siti', 'Siti Aminah, S.Psi.', 'penguji', '815240');
  const session = createSession(store, formasi.id, 'wawancara', {
    date: '2024-11-12',
    startTime: '08:00',
    room: 'Ruang Rapat 1',
  });
  const candidates = store.db
    .prepare(
      `SELECT id, nomor_peserta AS nomorPeserta, nama FROM candidates
       WHERE formasi_id = ? ORDER BY nomor_peserta`,
    )
    .all(formasi.id) as MorningCandidate[];
  scheduleCandidates(
    store,
    session.id,
    candidates.map((c) => c.id),
  );
  assignPanel(store, session.id, [budi.id, siti.id]);
  return { selectionId: selection.id, sessionId: session.id, budi, siti, ketua, candidates };
}
