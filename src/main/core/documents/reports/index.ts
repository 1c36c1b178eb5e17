/** Every kind of official document and the file that draws it: adding a kind is one line here. */
import type { ReportKind } from '../../../../shared/domain/report';
import { beritaAcaraReport } from './berita-acara';
import { daftarHadirReport } from './daftar-hadir';
import { lembarReport } from './lembar';
import { pengumumanReport } from './pengumuman';
import { rekapReport } from './rekap';
import type { ReportDefinition } from './report-definition';

/** The definition of each report kind. */
export const REPORTS: Record<ReportKind, ReportDefinition> = {
  lembar: lembarReport,
  'daftar-hadir': daftarHadirReport,
  'berita-acara': beritaAcaraReport,
  rekap: rekapReport,
  pengumuman: pengumumanReport,
};
