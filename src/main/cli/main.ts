/** The `panitia` command line: office and central operations without a window. */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { REPORT_KINDS, type ReportKind } from '../../shared/domain/report';
import { TRUST_ROLES } from '../../shared/domain/trust';
import { RESULTS_FORMATS, type ResultsFormat } from '../../shared/results/results-format';
import { blankSheets } from './commands/blank-sheets';
import { demo } from './commands/demo';
import { exportCommand } from './commands/export';
import { initCommand, type InitOptions } from './commands/init';
import { mergeCommand, type MergeCommandOptions } from './commands/merge';
import { quarantineList, quarantineResolve, type ResolveOptions } from './commands/quarantine';
import { importCandidatesCommand } from './commands/import-candidates';
import { importExternalCommand } from './commands/import-external';
import { journalVerify } from './commands/journal-verify';
import { keysCreate, keysShow } from './commands/keys';
import { trustAdd, trustList, trustRevoke } from './commands/trust';
import { verifyCommand } from './commands/verify';
import { rubricExport } from './commands/rubric-export';
import { rubricImport } from './commands/rubric-import';
import { rubricList } from './commands/rubric-list';
import { rubricPublish } from './commands/rubric-publish';
import { rubricShow } from './commands/rubric-show';
import { report } from './commands/report';
import { results } from './commands/results';
import { EXIT } from './exit-codes';
import { HELP_TEXT } from './help-text';
import { registerPaperCommands } from './paper-commands';
import { pickLanguage, processOutput, reportError, type Output } from './output';

/** Builds the program; `run` receives each command's exit code. */
export function buildProgram(output: Output, run: (code: Promise<number>) => void): Command {
  const t = HELP_TEXT[output.language];
  const version = (
    JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    }
  ).version;
  const program = new Command('panitia')
    .description(t.program)
    .version(version)
    .option('--lang <id|en>', t.lang)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => process.stdout.write(s),
      writeErr: (s) => process.stderr.write(s),
    });

  const importCommand = program.command('import').description(t.import);
  importCommand
    .command('candidates')
    .description(t.importCandidates)
    .argument('<file>', t.file)
    .requiredOption('--db <file>', t.db)
    .requiredOption('--selection <id>', t.selection)
    .option('--check', t.check)
    .option('--skip-invalid', t.skipInvalid)
    .option('--progress', t.progress)
    .action((file: string, options) => run(importCandidatesCommand(output, file, options)));

  importCommand
    .command('external')
    .description(t.importExternal)
    .argument('<file>', t.file)
    .requiredOption('--db <file>', t.db)
    .option('--selection <id>', t.selectionOptional)
    .option('--check', t.check)
    .action((file: string, options) => run(importExternalCommand(output, file, options)));

  registerPaperCommands(program, importCommand, output, run);

  program
    .command('journal')
    .description(t.journal)
    .command('verify')
    .description(t.journalVerify)
    .requiredOption('--db <file>', t.db)
    .action((options: { db: string }) => run(journalVerify(output, options.db)));

  const keys = program.command('keys').description(t.keys);
  keys
    .command('show')
    .description(t.keysShow)
    .requiredOption('--db <file>', t.db)
    .action((options: { db: string }) => run(keysShow(output, options.db)));
  keys
    .command('create')
    .description(t.keysCreate)
    .requiredOption('--db <file>', t.db)
    .action((options: { db: string }) => run(keysCreate(output, options.db)));

  const trust = program.command('trust').description(t.trust);
  trust
    .command('add')
    .description(t.trustAdd)
    .requiredOption('--db <file>', t.db)
    .requiredOption('--key <base64>', t.trustKey)
    .requiredOption('--label <text>', t.trustLabel)
    .addOption(new Option('--role <role>', t.trustRole).choices(TRUST_ROLES).makeOptionMandatory())
    .action((options: { db: string; key: string; label: string; role: string }) =>
      run(trustAdd(output, options)),
    );
  trust
    .command('list')
    .description(t.trustList)
    .requiredOption('--db <file>', t.db)
    .option('--json', t.json)
    .action((options: { db: string; json?: boolean }) => run(trustList(output, options)));
  trust
    .command('revoke')
    .description(t.trustRevoke)
    .requiredOption('--db <file>', t.db)
    .requiredOption('--fingerprint <fp>', t.trustFingerprint)
    .requiredOption('--reason <text>', t.trustReason)
    .action((options: { db: string; fingerprint: string; reason: string }) =>
      run(trustRevoke(output, options)),
    );

  program
    .command('verify')
    .description(t.verify)
    .argument('<file>', t.verifyFile)
    .option('--db <file>', t.verifyDb)
    .action((file: string, options: { db?: string }) => run(verifyCommand(output, file, options)));
  program
    .command('init')
    .description(t.init)
    .requiredOption('--db <file>', t.initDb)
    .requiredOption('--setup <file>', t.initSetup)
    .requiredOption('--office <name>', t.initOffice)
    .option('--fingerprint <fp>', t.initFingerprint)
    .action((options: InitOptions) => run(initCommand(output, options)));
  program
    .command('merge')
    .description(t.merge)
    .argument('<files...>', t.mergeFiles)
    .requiredOption('--db <file>', t.db)
    .option('--report-pdf <file>', t.mergeReportPdf)
    .option('--json', t.json)
    .option('--progress', t.progress)
    .action((files: string[], options: MergeCommandOptions) =>
      run(mergeCommand(output, files, options)),
    );
  const quarantine = program.command('quarantine').description(t.quarantine);
  quarantine
    .command('list')
    .description(t.quarantineList)
    .requiredOption('--db <file>', t.db)
    .option('--json', t.json)
    .action((options: { db: string; json?: boolean }) => run(quarantineList(output, options)));
  quarantine
    .command('resolve')
    .description(t.quarantineResolve)
    .requiredOption('--db <file>', t.db)
    .requiredOption('--item <id>', t.quarantineItem)
    .option('--accept [choice]', t.quarantineAccept)
    .option('--reject', t.quarantineReject)
    .requiredOption('--reason <text>', t.quarantineReason)
    .action((options: ResolveOptions) => run(quarantineResolve(output, options)));
  program
    .command('export')
    .description(t.export)
    .requiredOption('--db <file>', t.db)
    .requiredOption('--out <file>', t.outBundle)
    .option('--setup', t.exportSetup)
    .option('--office <name>', t.exportOffice)
    .action((options: { db: string; out: string; setup?: boolean; office?: string }) =>
      run(exportCommand(output, options)),
    );

  const rubric = program.command('rubric').description(t.rubric);
  rubric
    .command('list')
    .description(t.rubricList)
    .requiredOption('--db <file>', t.db)
    .action((options: { db: string }) => run(rubricList(output, options.db)));
  rubric
    .command('show')
    .description(t.rubricShow)
    .requiredOption('--db <file>', t.db)
    .requiredOption('--id <id>', t.rubricId)
    .action((options: { db: string; id: string }) =>
      run(rubricShow(output, options.db, options.id)),
    );
  rubric
    .command('export')
    .description(t.rubricExport)
    .requiredOption('--db <file>', t.db)
    .requiredOption('--id <id>', t.rubricId)
    .requiredOption('--out <file>', t.out)
    .action((options: { db: string; id: string; out: string }) =>
      run(rubricExport(output, options.db, options)),
    );
  rubric
    .command('import')
    .description(t.rubricImport)
    .argument('<file>', t.rubricFile)
    .requiredOption('--db <file>', t.db)
    .action((file: string, options: { db: string }) => run(rubricImport(output, options.db, file)));
  rubric
    .command('publish')
    .description(t.rubricPublish)
    .requiredOption('--db <file>', t.db)
    .requiredOption('--id <id>', t.rubricId)
    .action((options: { db: string; id: string }) =>
      run(rubricPublish(output, options.db, options.id)),
    );

  program
    .command('blank-sheets')
    .description(t.blankSheets)
    .requiredOption('--db <file>', t.db)
    .requiredOption('--session <id>', t.session)
    .option('--candidate <nomor...>', t.candidate)
    .requiredOption('--out <file>', t.outPdf)
    .action((options: { db: string; session: string; candidate?: string[]; out: string }) =>
      run(blankSheets(output, options.db, options)),
    );

  program
    .command('report')
    .description(t.report)
    .requiredOption('--db <file>', t.db)
    .addOption(new Option('--kind <kind>', t.kind).choices(REPORT_KINDS).makeOptionMandatory())
    .option('--session <id>', t.reportSession)
    .option('--formasi <code>', t.reportFormasi)
    .option('--candidate <nomor>', t.reportCandidate)
    .requiredOption('--out <file>', t.outPdf)
    .action(
      (options: {
        db: string;
        kind: ReportKind;
        session?: string;
        formasi?: string;
        candidate?: string;
        out: string;
      }) => run(report(output, options.db, options)),
    );

  program
    .command('results')
    .description(t.results)
    .requiredOption('--db <file>', t.db)
    .addOption(
      new Option('--format <format>', t.resultsFormat)
        .choices(RESULTS_FORMATS)
        .makeOptionMandatory(),
    )
    .option('--out <file>', t.resultsOut)
    .option('--selection <id>', t.resultsSelection)
    .action((options: { db: string; format: ResultsFormat; out?: string; selection?: string }) =>
      run(results(output, options.db, options)),
    );

  program
    .command('demo')
    .description(t.demo)
    .requiredOption('--db <file>', t.db)
    .option('--seed <n>', t.seed, positiveInteger, 1)
    .option('--candidates <n>', t.candidates, positiveInteger)
    .option('--office <name>', t.demoOffice, collect, [])
    .option('--out <dir>', t.demoOut)
    .action(
      (options: {
        db: string;
        seed: number;
        candidates?: number;
        office: string[];
        out?: string;
      }) => run(demo(output, options.db, options)),
    );
  return program;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError(value);
  return n;
}

/** Runs the CLI with `argv` (without node and script) and resolves to the exit code. */
export async function runCli(argv: string[]): Promise<number> {
  const langIndex = argv.indexOf('--lang');
  const output = processOutput(pickLanguage(langIndex >= 0 ? argv[langIndex + 1] : undefined));
  let pending: Promise<number> = Promise.resolve(EXIT.ok);
  const program = buildProgram(output, (code) => {
    pending = code;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return await pending;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with code 0; anything else is a usage error.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    return reportError(output, error);
  }
}
