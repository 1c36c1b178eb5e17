/** The frame of Penilaian: its sub-navigation above whichever scoring screen is open. */
import type React from 'react';
import { Outlet } from 'react-router';
import { ScoringNav } from './ScoringNav';
import './dashboard.css';

/** Renders the sub-navigation and the nested route (the screens of the scoring day). */
export function ScoringSection(): React.JSX.Element {
  return (
    <div className="scoring-section">
      <ScoringNav />
      <Outlet />
    </div>
  );
}
