/** The left navigation, in the order a selection is run. */
import { PATHS } from './paths';

/** One navigation entry: where it goes and the key of its label. */
export const NAV_ITEMS = [
  { path: PATHS.selections, label: 'nav.selections' },
  { path: PATHS.candidates, label: 'nav.candidates' },
  { path: PATHS.rubrics, label: 'nav.rubrics' },
  { path: PATHS.scoring, label: 'nav.scoring' },
  { path: PATHS.audit, label: 'audit.nav' },
  { path: PATHS.results, label: 'nav.results' },
  { path: PATHS.transfer, label: 'nav.transfer' },
  { path: PATHS.device, label: 'nav.device' },
  { path: PATHS.settings, label: 'nav.settings' },
] as const;
