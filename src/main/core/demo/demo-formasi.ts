/** The formasi of the demo selection: teacher, administrative and technical positions. */
import type { FormasiFields } from '../../../shared/domain/selection';

/** A demo formasi and the education its candidates hold. */
export interface DemoFormasi extends FormasiFields {
  /** Secondary-school formasi record a nilai ijazah instead of an IPK. */
  graduates: 'university' | 'school';
}

/** Seven formasi of a Central Java kabupaten, quotas 1–5 as in real announcements. */
// prettier-ignore
export const DEMO_FORMASI: readonly DemoFormasi[] = [
  { code: 'GKS-01', jabatan: 'Ahli Pertama - Guru Kelas', unit: 'SD Negeri 1 Purwodadi', pendidikan: 'S-1 Pendidikan Guru Sekolah Dasar', quota: 3, graduates: 'university' },
  { code: 'GMT-02', jabatan: 'Ahli Pertama - Guru Matematika', unit: 'SMP Negeri 2 Purwodadi', pendidikan: 'S-1 Pendidikan Matematika', quota: 2, graduates: 'university' },
  { code: 'ADM-03', jabatan: 'Pengadministrasi Perkantoran', unit: 'Kecamatan Toroh', pendidikan: 'SMA/SMK Sederajat', quota: 4, graduates: 'school' },
  { code: 'PKM-04', jabatan: 'Terampil - Pranata Komputer', unit: 'Dinas Komunikasi dan Informatika', pendidikan: 'D-III Teknik Informatika', quota: 2, graduates: 'university' },
  { code: 'AKB-05', jabatan: 'Ahli Pertama - Analis Kebijakan', unit: 'Sekretariat Daerah', pendidikan: 'S-1 Ilmu Administrasi Negara', quota: 1, graduates: 'university' },
  { code: 'PRW-06', jabatan: 'Terampil - Perawat', unit: 'RSUD Dr. R. Soedjati Soemodiardjo', pendidikan: 'D-III Keperawatan', quota: 5, graduates: 'university' },
  { code: 'PPT-07', jabatan: 'Ahli Pertama - Penyuluh Pertanian', unit: 'Dinas Pertanian', pendidikan: 'S-1 Agroteknologi', quota: 2, graduates: 'university' },
];
