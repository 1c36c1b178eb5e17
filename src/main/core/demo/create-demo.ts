/**
 * `panitia demo`: a realistic selection and its scoring day, created through the same paths a
 * secretary, the desk and the assessors use.
 */
import type { ExternalScoresReport } from '../../../shared/domain/external-score';
import type { ImportReport } from '../../../shared/domain/import-report';
import type { Selection } from '../../../shared/domain/selection';
import type { RubricVersion } from '../../../shared/rubric/rubric';
import { importCandidates } from '../candidates/import';
import { DEFAULT_KDF, type KdfParams } from '../crypto/kdf';
import { createFormasi } from '../formasi/commands';
import { setPlan } from '../plans/commands';
import { rubricFromTemplate } from '../rubrics/commands';
import { loadTemplates } from '../rubrics/templates';
import { createSelection } from '../selections/commands';
import type { Store } from '../store/open-store';
import { candidatesCsv } from './candidates-csv';
import { generateDemoCandidates } from './demo-candidates';
import { importDemoExternalScores } from './demo-external';
import { DEMO_FORMASI } from './demo-formasi';
import { DEMO_TEMPLATE, demoAssessment, demoComponentKey, demoPlan } from './demo-plans';
import { createDemoScoringDay, type DemoComponent, type DemoScoring } from './demo-scoring';
import { seededRandom } from './random';

/** Options of {@link createDemo}. */
export interface DemoOptions {
  seed: number;
  /** Total candidates; default 3× the quota of each formasi. */
  candidates?: number;
  /** The folder holding the built-in rubric templates (`rubrics/`). */
  resourcesDir: string;
  /** The scrypt cost of the demo PINs; tests pass a cheaper one. */
  kdf?: KdfParams;
}

/** What the demo created. */
export interface DemoResult {
  selection: Selection;
  report: ImportReport;
  /** The built-in templates, installed as published rubrics. */
  rubrics: RubricVersion[];
  /** The assessors (with their demo PINs), sessions, panels, attendance and sheets. */
  scoring: DemoScoring;
  /** The imported SKB CAT (and any CAT PPPK or gate) results; null when no plan has one. */
  external: ExternalScoresReport | null;
}

/** What the demo's setup created: everything a central office prepares before the scoring day. */
export interface DemoSetup {
  selection: Selection;
  report: ImportReport;
  rubrics: RubricVersion[];
  /** Each formasi's scored component and its rubric, for the scoring day. */
  components: DemoComponent[];
}

/**
 * Creates the demo selection and its formasi, installs the built-in rubric templates as they are,
 * gives every formasi a scoring plan, imports its candidates from a generated CSV, and runs the
 * scoring day (demo-scoring.ts), then imports the external scores (demo-external.ts).
 */
export async function createDemo(store: Store, options: DemoOptions): Promise<DemoResult> {
  const setup = await createDemoSelection(store, options);
  // A generator of its own, so the candidates stay what they were before there was a scoring day.
  const scoring = createDemoScoringDay(store, setup.selection.id, setup.components, {
    seed: options.seed,
    random: seededRandom(options.seed + 1),
    kdf: options.kdf ?? DEFAULT_KDF,
  });
  const external = await demoExternal(store, setup.selection.id, options.seed);
  const { selection, report, rubrics } = setup;
  return { selection, report, rubrics, scoring, external };
}

/**
 * What a central office prepares for its offices (docs/merge.md): the demo selection, rubrics,
 * plans, candidates and external scores, without a scoring day. Offices score it after `init`.
 */
export async function createDemoSetup(
  store: Store,
  options: DemoOptions,
): Promise<DemoSetup & { external: ExternalScoresReport | null }> {
  const setup = await createDemoSelection(store, options);
  return { ...setup, external: await demoExternal(store, setup.selection.id, options.seed) };
}

function demoExternal(store: Store, selectionId: string, seed: number) {
  // Its own generator again, so the candidates and the scoring day stay what they were.
  return importDemoExternalScores(store, selectionId, seed, seededRandom(seed + 2));
}

async function createDemoSelection(store: Store, options: DemoOptions): Promise<DemoSetup> {
  const year = 2024;
  const selection = createSelection(store, {
    name: `Seleksi CPNS Kabupaten Grobogan ${year} (demo ${options.seed})`,
    year,
    type: 'CPNS',
    instansi: 'Pemerintah Kabupaten Grobogan',
    location: 'BKPSDM Kabupaten Grobogan, Purwodadi',
  });
  // Installing a template is idempotent, so a second demo in the same store reuses them.
  const byTemplate = new Map(
    loadTemplates(options.resourcesDir).map(({ templateId }) => [
      templateId,
      rubricFromTemplate(store, options.resourcesDir, templateId, 'use'),
    ]),
  );
  const components: DemoComponent[] = [];
  for (const { graduates: _graduates, ...fields } of DEMO_FORMASI) {
    const formasi = createFormasi(store, selection.id, fields);
    const assessment = demoAssessment(fields.jabatan);
    const rubric = byTemplate.get(DEMO_TEMPLATE[assessment]);
    if (!rubric) throw new Error(`demo template ${DEMO_TEMPLATE[assessment]} is missing`);
    setPlan(store, formasi.id, demoPlan(assessment, rubric), null);
    components.push({ formasiId: formasi.id, componentKey: demoComponentKey(assessment), rubric });
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
  return { selection, report, rubrics: [...byTemplate.values()], components };
}
