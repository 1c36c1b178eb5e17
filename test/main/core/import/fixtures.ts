/** The candidate fixture files and a selection context matching them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckContext } from '../../../../src/main/core/import/check-context';

const FOLDER = join(__dirname, '../../../fixtures/candidates');

/** The bytes of `test/fixtures/candidates/<name>`. */
export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FOLDER, name)));
}

/** UTF-8 bytes of `text`, for small inline files. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** The formasi of the fixtures' selection, plus one candidate already imported. */
export function fixtureContext(overrides: Partial<CheckContext> = {}): CheckContext {
  return {
    formasiByCode: new Map(
      ['GKS-01', 'GMT-02', 'ADM-03', 'PKM-04', 'PRW-06'].map((code) => [
        code,
        { id: `formasi-${code}` },
      ]),
    ),
    existingNomorPeserta: new Set(['24331500009999']),
    existingNik: new Set(['3315050704910007']),
    ...overrides,
  };
}

/** A heading row every test table can use. */
export const HEADER =
  'Nomor Peserta,NIK,Nama,Tanggal Lahir,Jenis Kelamin,Pendidikan,IPK,Nilai Ijazah,Kode Formasi,TWK,TIU,TKP,Total SKD';
