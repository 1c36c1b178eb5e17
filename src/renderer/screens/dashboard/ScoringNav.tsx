/**
 * The sub-navigation of Penilaian: links to the screens of the scoring day, drawn as tabs. They
 * are links, not ARIA tabs, because each one is an address; the current one carries aria-current.
 */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { PATHS } from '../../app/paths';

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
  const { t } = useTranslation();
  return (
    <nav className="scoring-nav" aria-label={t('dashboard.nav.label')}>
      <ul className="tabs scoring-tabs">
        {SCORING_NAV_ITEMS.map((item) => (
          <li key={item.path}>
            <NavLink to={item.path} end={item.end} className="tab scoring-tab">
              {t(item.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
