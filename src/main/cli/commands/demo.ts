/**
 * `panitia demo --db FILE [--seed N] [--candidates N] [--office NAME… [--out DIR]]`: creates a
 * realistic demo selection and its scoring day, and prints the demo assessors with their demo
 * PINs and the seed of the panel draw; with --office, a central store and its offices instead.
 */
import { dirname } from 'node:path';
import { createDemo } from '../../core/demo/create-demo';
import { createDemoOffices, DEMO_PASSPHRASE } from '../../core/demo/demo-offices';
import { getSelection } from '../../core/selections/queries';
import { openStore } from '../../core/store/open-store';
import { EXIT } from '../exit-codes';
import { say, type Output } from '../output';
import { RESOURCES_DIR } from '../resources-dir';

/** Creates the demo selection in `dbFile`. */
export async function demo(
  output: Output,
  dbFile: string,
  options: { seed: number; candidates?: number; office?: string[]; out?: string },
): Promise<number> {
  if (options.office && options.office.length > 0) {
    return demoOffices(output, dbFile, { ...options, office: options.office });
  }
  const store = await openStore(dbFile);
  try {
    const { selection, rubrics, scoring, external } = await createDemo(store, {
      seed: options.seed,
      candidates: options.candidates,
      resourcesDir: RESOURCES_DIR,
    });
    const created = getSelection(store.db, selection.id);
    output.out(
      say(output, 'demoDone', {
        name: created.name,
        id: created.id,
        formasi: created.formasiCount,
        candidates: created.candidateCount,
      }),
    );
    output.out(say(output, 'demoRubrics', { rubrics: rubrics.length }));
    output.out(say(output, 'demoAssessorsHead'));
    for (const { role, nama, pin } of scoring.assessors) {
      output.out(say(output, 'demoAssessor', { role, nama, pin }));
    }
    output.out(
      say(output, 'demoDraw', { session: scoring.draw.sessionId, seed: scoring.draw.seed }),
    );
    output.out(
      say(output, 'demoScoring', {
        sessions: scoring.sessions,
        absent: scoring.absent,
        sheets: scoring.sheets,
      }),
    );
    if (external) {
      output.out(
        say(output, 'demoExternal', { scores: external.importedRows, file: external.fileName }),
      );
    }
    return EXIT.ok;
  } finally {
    store.close();
  }
}

/** The central store at `dbFile`, its offices and their bundles; nothing is merged. */
async function demoOffices(
  output: Output,
  dbFile: string,
  options: { seed: number; candidates?: number; office: string[]; out?: string },
): Promise<number> {
  const dir = options.out ?? dirname(dbFile);
  const store = await openStore(dbFile);
  try {
    const made = await createDemoOffices(store, {
      seed: options.seed,
      candidates: options.candidates,
      offices: options.office,
      dir,
      resourcesDir: RESOURCES_DIR,
    });
    output.out(say(output, 'demoOfficesPassphrase', { passphrase: DEMO_PASSPHRASE }));
    output.out(
      say(output, 'demoOfficesCentral', { db: dbFile, fingerprint: made.centralFingerprint }),
    );
    for (const office of made.offices) {
      output.out(
        say(output, 'demoOfficesSetup', { office: office.office, file: office.setupFile }),
      );
      output.out(
        say(output, 'demoOfficesOffice', {
          office: office.office,
          db: office.dbFile,
          formasi: office.formasi,
          sheets: office.sheets,
          file: office.resultsFile,
          fingerprint: office.fingerprint,
        }),
      );
    }
    const files = made.offices.map((o) => JSON.stringify(o.resultsFile)).join(' ');
    const command = `PANITIA_PASSPHRASE='${DEMO_PASSPHRASE}' panitia merge --db ${JSON.stringify(dbFile)} ${files}`;
    output.out(say(output, 'demoOfficesNext', { command }));
    return EXIT.ok;
  } finally {
    store.close();
  }
}
