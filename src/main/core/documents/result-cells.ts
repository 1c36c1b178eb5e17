/** How the results documents write a score, a rank and a status in a table cell. */
import type { Language } from '../../../shared/i18n/errors';
import { reportLabel } from '../../../shared/i18n/report-labels';
import { describeResultStatus } from '../../../shared/i18n/result-labels';
import type { Rational } from '../../../shared/results/rational';
import { roundForDisplay } from '../../../shared/results/round';
import type { CandidateResult } from '../../../shared/results/output';

/** A score rounded for display (round.ts), with the decimal comma in Indonesian. */
export function displayScore(value: Rational | null, language: Language): string {
  if (value === null) return reportLabel(language, 'notRanked');
  const text = roundForDisplay(value);
  return language === 'id' ? text.replace('.', ',') : text;
}

/** "3", "3=" when tied after the whole chain, "—" when not ranked. */
export function rankCell(candidate: CandidateResult, language: Language): string {
  if (candidate.rank === null) return reportLabel(language, 'notRanked');
  const rank = String(candidate.rank);
  return candidate.tied ? reportLabel(language, 'tiedMark', { rank }) : rank;
}

/**
 * The status as announced: the configured code and what it means ("P/L — Lulus …"), or only the
 * meaning for the states that have no code (incomplete, tied across the quota line).
 */
export function statusCell(candidate: CandidateResult, language: Language): string {
  const words = describeResultStatus(candidate.status, language);
  return candidate.statusLabel ? `${candidate.statusLabel} — ${words}` : words;
}
