/** A selection with candidates and plans that have every kind of external component. */
import { importCandidates } from '../../../../src/main/core/candidates/import';
import { listFormasi } from '../../../../src/main/core/formasi/queries';
import { setPlan } from '../../../../src/main/core/plans/commands';
import type { Store } from '../../../../src/main/core/store/open-store';
import type { ScoringPlan } from '../../../../src/shared/plan/plan';
import { presetPlan } from '../../../../src/shared/plan/presets';
import { demoCsv, demoSelection } from '../../../helpers/demo-fixtures';
import { tempStore } from '../../../helpers/temp-store';

/** PPPK: the CAT PPPK component, plus a psikotes gate (MS/TMS, no weight). */
export function pppkPlan(): ScoringPlan {
  const plan = presetPlan('pppk-2024');
  return {
    ...plan,
    components: [
      ...plan.components,
      {
        key: 'psikotes',
        label: 'Psikotes',
        category: 'psikotes',
        part: 'cat',
        weight: 0,
        source: { type: 'external_ms_tms' },
        threshold: null,
      },
    ],
  };
}

/** One candidate of a formasi, by formasi code. */
export interface FixtureCandidate {
  id: string;
  nomor: string;
  formasiCode: string;
}

/**
 * The seven demo formasi with 40 candidates: GKS-01 … PKM-04 on the CPNS daerah plan (SKD +
 * SKB CAT out of 500), PRW-06 on the PPPK plan above, AKB-05 and PPT-07 without a plan.
 */
export async function externalFixture(given?: Store) {
  const store = given ?? (await tempStore());
  const selectionId = demoSelection(store);
  await importCandidates(store, {
    selectionId,
    fileName: 'peserta.csv',
    bytes: new TextEncoder().encode(demoCsv(40)),
    mode: 'all-or-nothing',
  });
  for (const formasi of listFormasi(store.db, selectionId)) {
    if (formasi.code === 'PRW-06') setPlan(store, formasi.id, pppkPlan(), null);
    else if (!['AKB-05', 'PPT-07'].includes(formasi.code)) {
      setPlan(store, formasi.id, presetPlan('cpns-daerah-2024'), null);
    }
  }
  const candidates = store.db
    .prepare(
      `SELECT c.id, c.nomor_peserta AS nomor, f.code AS formasiCode
       FROM candidates c JOIN formasi f ON f.id = c.formasi_id ORDER BY c.nomor_peserta`,
    )
    .all() as FixtureCandidate[];
  const of = (code: string) => candidates.filter((c) => c.formasiCode === code);
  const count = (sql: string) => store.db.prepare(sql).pluck().get() as number;
  return { store, selectionId, candidates, of, count };
}

/** A CSV text from a heading and rows. */
export function csv(heading: string, rows: readonly string[]): Uint8Array {
  return new TextEncoder().encode([heading, ...rows].join('\r\n') + '\r\n');
}
