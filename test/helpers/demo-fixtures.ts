/** A selection with the demo formasi and a generated candidate file, for tests and the bench. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { candidatesCsv } from '../../src/main/core/demo/candidates-csv';
import { generateDemoCandidates } from '../../src/main/core/demo/demo-candidates';
import { DEMO_FORMASI } from '../../src/main/core/demo/demo-formasi';
import { seededRandom } from '../../src/main/core/demo/random';
import { createFormasi } from '../../src/main/core/formasi/commands';
import { createSelection } from '../../src/main/core/selections/commands';
import type { Store } from '../../src/main/core/store/open-store';

/** Creates an empty demo selection with the seven demo formasi; returns its id. */
export function demoSelection(store: Store): string {
  const selection = createSelection(store, {
    name: 'Seleksi CPNS Kabupaten Grobogan 2024',
    year: 2024,
    type: 'CPNS',
    instansi: 'Pemerintah Kabupaten Grobogan',
    location: 'Purwodadi',
  });
  for (const { graduates: _graduates, ...fields } of DEMO_FORMASI) {
    createFormasi(store, selection.id, fields);
  }
  return selection.id;
}

/** The CSV text of `count` demo candidates. */
export function demoCsv(count: number, seed = 7): string {
  return candidatesCsv(generateDemoCandidates(seededRandom(seed), DEMO_FORMASI, 2024, count));
}

/** Writes `count` demo candidates as a CSV file in `folder`; returns its path. */
export function writeDemoCsv(folder: string, count: number, seed = 7): string {
  const file = join(folder, `peserta-${count}.csv`);
  writeFileSync(file, demoCsv(count, seed));
  return file;
}
