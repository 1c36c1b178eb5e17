/**
 * What a result status, flag or component problem means, in words (docs/results-computation.md),
 * for the results screen, the exports and the documents. The announcement codes themselves
 * (P/L, P/TL, …) are configuration of the selection and are never translated.
 */
import type { ComponentProblem, ResultFlag, ResultStatus } from '../results/output';
import type { Language } from './errors';

/** Every word this file translates. */
type ResultWord = ResultStatus | `flag.${ResultFlag}` | `problem.${ComponentProblem}`;

const id: Record<ResultWord, string> = {
  lulus: 'Lulus (dalam kuota formasi)',
  tidak_lulus: 'Tidak lulus (di luar kuota formasi)',
  tidak_hadir: 'Tidak hadir pada tahap yang wajib',
  APS: 'Mengundurkan diri (atas permintaan sendiri)',
  DIS: 'Didiskualifikasi',
  TMS: 'Tidak memenuhi syarat pada tahap SKB (di bawah ambang batas atau TMS)',
  belum_lengkap: 'Belum lengkap: ada nilai komponen yang belum ada, belum diperingkat',
  seri_kuota:
    'Seri di batas kuota setelah seluruh urutan penentu peringkat: panitia harus memutuskan',
  'flag.incomplete': 'Komponen belum lengkap',
  'flag.disagreement': 'Selisih nilai antarpenguji melebihi batas',
  'flag.tie': 'Seri setelah seluruh urutan penentu peringkat',
  'flag.threshold': 'Di bawah ambang batas komponen',
  'flag.gate': 'Hasil TMS pada komponen memenuhi/tidak memenuhi syarat',
  'flag.quotaTie': 'Seri di batas kuota',
  'problem.missing': 'Nilai belum ada',
  'problem.tooFewSheets': 'Lembar penilaian kurang dari jumlah penguji minimum',
  'problem.invalid': 'Nilai tidak sah (melebihi nilai maksimum)',
};

const en: Record<ResultWord, string> = {
  lulus: 'Passed (within the formasi quota)',
  tidak_lulus: 'Not passed (beyond the formasi quota)',
  tidak_hadir: 'Absent from a required stage',
  APS: 'Withdrew',
  DIS: 'Disqualified',
  TMS: 'Did not meet a requirement of an SKB stage (below a threshold, or TMS)',
  belum_lengkap: 'Incomplete: a component score is missing, not ranked yet',
  seri_kuota: 'Tied at the quota line after the whole tie-break chain: the committee must decide',
  'flag.incomplete': 'Component incomplete',
  'flag.disagreement': 'Assessors further apart than the threshold',
  'flag.tie': 'Tied after the whole tie-break chain',
  'flag.threshold': 'Below a component threshold',
  'flag.gate': 'TMS on a pass/fail component',
  'flag.quotaTie': 'Tied at the quota line',
  'problem.missing': 'No score yet',
  'problem.tooFewSheets': 'Fewer sheets than the minimum number of assessors',
  'problem.invalid': 'Invalid score (above the maximum)',
};

/** What `status` means, in `language`. */
export function describeResultStatus(status: ResultStatus, language: Language = 'id'): string {
  return (language === 'en' ? en : id)[status];
}

/** What `flag` means, in `language`. */
export function describeResultFlag(flag: ResultFlag, language: Language = 'id'): string {
  return (language === 'en' ? en : id)[`flag.${flag}`];
}

/** Why a component has no score, in `language`. */
export function describeComponentProblem(
  problem: ComponentProblem,
  language: Language = 'id',
): string {
  return (language === 'en' ? en : id)[`problem.${problem}`];
}
