/** The frame of Ekspor/Impor: its sub-navigation above the open sub-screen, like Penilaian. */
import type React from 'react';
import { Outlet } from 'react-router';
import { PATHS } from '../../app/paths';
import { SubNav } from '../../components/SubNav';

const ITEMS = [
  // `end`: the overview is current on /ekspor-impor only, not under every sub-screen.
  { path: PATHS.transfer, label: 'transfer.nav.overview', end: true },
  { path: PATHS.transferImport, label: 'transfer.nav.import', end: false },
  { path: PATHS.transferExport, label: 'transfer.nav.export', end: false },
  { path: PATHS.transferKeys, label: 'transfer.nav.keys', end: false },
  { path: PATHS.transferSetup, label: 'transfer.nav.setup', end: false },
  { path: PATHS.transferQuarantine, label: 'transfer.nav.quarantine', end: false },
  { path: PATHS.transferReports, label: 'transfer.nav.reports', end: false },
] as const;

/** Renders the sub-navigation and the nested route. */
export function TransferSection(): React.JSX.Element {
  return (
    <div className="transfer-section">
      <SubNav label="transfer.nav.label" items={ITEMS} />
      <Outlet />
    </div>
  );
}
