/** The sub-navigation of Penilaian: links to the screens of the scoring day, drawn as tabs. */
import type React from 'react';
import { PATHS } from '../../app/paths';
import { SubNav } from '../../components/SubNav';

/** The sub-sections of Penilaian, in the order of the day. */
export const SCORING_NAV_ITEMS = [
  // `end`: Ringkasan is current on /penilaian only, not under every sub-section.
  { path: PATHS.scoring, label: 'dashboard.nav.summary', end: true },
  { path: PATHS.scoringAssessors, label: 'dashboard.nav.assessors', end: false },
  { path: PATHS.scoringSessions, label: 'dashboard.nav.sessions', end: false },
  { path: PATHS.scoringEntry, label: 'dashboard.nav.entry', end: false },
  { path: PATHS.scoringPaper, label: 'dashboard.nav.paper', end: false },
] as const;

/** Renders the sub-navigation. */
export function ScoringNav(): React.JSX.Element {
  return <SubNav label="dashboard.nav.label" items={SCORING_NAV_ITEMS} />;
}
