/** `panitia demo`: a realistic selection, created through the same paths a secretary uses. */
import type { ImportReport } from '../../../shared/domain/import-report';
import type { Selection } from '../../../shared/domain/selection';
import { importCandidates } from '../candidates/import';
import { createFormasi } from '../formasi/commands';
import { createSelection } from '../selections/commands';
import type { Store } from '../store/open-store';
import { candidatesCsv } from './candidates-csv';
import { generateDemoCandidates } from './demo-candidates';
import { DEMO_FORMASI } from './demo-formasi';
import { seededRandom } from './random';

/** Options of {@link createDemo}. */
export interface DemoOptions {
  seed: number;
  /** Total candidates; default 3× the quota of each formasi. */
  candidates?: number;
}

/** Creates the demo selection, its formasi, and imports its candidates from a generated CSV. */
export async function createDemo(
  store: Store,
  options: DemoOptions,
): Promise<{ selection: Selection; report: ImportReport }> {
  const year = 2024;
  const selection = createSelection(store, {
    name: `Seleksi CPNS Kabupaten Grobogan ${year} (demo ${options.seed})`,
    year,
    type: 'CPNS',
    instansi: 'Pemerintah Kabupaten Grobogan',
    location: 'BKPSDM Kabupaten Grobogan, Purwodadi',
  });
  for (const { graduates: _graduates, ...fields } of DEMO_FORMASI) {
    createFormasi(store, selection.id, fields);
  }
  const candidates = generateDemoCandidates(
    seededRandom(options.seed),
    DEMO_FORMASI,
    year,
    options.candidates,
  );
  const report = await importCandidates(store, {
    selectionId: selection.id,
    fileName: `demo-seed-${options.seed}.csv`,
    bytes: new TextEncoder().encode(candidatesCsv(candidates)),
    mode: 'all-or-nothing',
  });
  return { selection, report };
}
