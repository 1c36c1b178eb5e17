/** The addresses of the screens (inside the hash, so they work from app:// and from a file server). */

/** Every top-level path. */
export const PATHS = {
  selections: '/seleksi',
  candidates: '/peserta',
  candidateImport: '/peserta/impor',
  rubrics: '/rubrik',
  scoring: '/penilaian',
  scoringAssessors: '/penilaian/penguji',
  scoringSessions: '/penilaian/sesi',
  audit: '/audit',
  scoringEntry: '/penilaian/nilai',
  scoringPaper: '/penilaian/kertas',
  results: '/hasil',
  transfer: '/ekspor-impor',
  device: '/perangkat',
  transferKeys: '/ekspor-impor/kunci',
  transferSetup: '/ekspor-impor/paket-persiapan',
  transferImport: '/ekspor-impor/impor',
  transferExport: '/ekspor-impor/ekspor',
  transferQuarantine: '/ekspor-impor/karantina',
  transferReports: '/ekspor-impor/laporan',
  settings: '/pengaturan',
} as const;

/** The detail page of one selection. */
export function selectionPath(id: string): string {
  return `${PATHS.selections}/${encodeURIComponent(id)}`;
}

/** The candidate list with one candidate's detail open. */
export function candidatePath(id: string): string {
  return `${PATHS.candidates}/${encodeURIComponent(id)}`;
}

/** One rubric version: its editor while a draft, its read-only view afterwards. */
export function rubricPath(id: string): string {
  return `${PATHS.rubrics}/${encodeURIComponent(id)}`;
}

/** The scoring plan editor of one formasi of a selection. */
export function planPath(selectionId: string, formasiId: string): string {
  return `${selectionPath(selectionId)}/skema/${encodeURIComponent(formasiId)}`;
}

/** One session of the scoring day: its panel, schedule and attendance desk. */
export function sessionPath(id: string): string {
  return `${PATHS.scoringSessions}/${encodeURIComponent(id)}`;
}

/** The quarantine with one item's side-by-side view open. */
export function quarantinePath(itemId: string): string {
  return `${PATHS.transferQuarantine}/${encodeURIComponent(itemId)}`;
}

/** One signed merge report. */
export function mergeReportPath(reportId: string): string {
  return `${PATHS.transferReports}/${encodeURIComponent(reportId)}`;
}
