/**
 * Who signs a results document for the committee: the selection's chair (ketua) and, where the
 * document asks, its secretary, each the first of their role by name, else a blank block. The
 * date is left to be written by hand: results are signed on the day they are announced.
 */
import type { AssessorRole } from '../../../shared/domain/assessor';
import type { Language } from '../../../shared/i18n/errors';
import { reportLabel } from '../../../shared/i18n/report-labels';
import type { ReportResults } from './report-results';
import { placeDate, type Signer } from './signature-block';

const UNDATED = '..............................';

/** The signature blocks of `roles`, left to right; the last block carries place and date. */
export function committeeSigners(
  results: ReportResults,
  language: Language,
  roles: readonly AssessorRole[],
): Signer[] {
  const everyone = [...results.assessors.values()].sort(
    (a, b) => (a.nama < b.nama ? -1 : a.nama > b.nama ? 1 : 0) || (a.id < b.id ? -1 : 1),
  );
  return roles.map((role, i) => {
    const signer = everyone.find((a) => a.role === role);
    return {
      role: reportLabel(language, `role_${role}`),
      nama: signer?.nama ?? null,
      nip: signer?.nip ?? null,
      placeDate: i === roles.length - 1 ? placeDate(results.selection.location, UNDATED) : null,
    };
  });
}
