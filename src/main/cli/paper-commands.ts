/** Registers `panitia import scores` and `panitia sheets` (the paper fallback and its check). */
import { Option, type Command } from 'commander';
import { importScoresCommand } from './commands/import-scores';
import { sheetsCommand } from './commands/sheets';
import { HELP_TEXT } from './help-text';
import type { Output } from './output';
import { paperText } from './paper-text';

/** Adds the commands to `program`; `importCommand` is the `import` group. */
export function registerPaperCommands(
  program: Command,
  importCommand: Command,
  output: Output,
  run: (code: Promise<number>) => void,
): void {
  const t = (key: Parameters<typeof paperText>[1]) => paperText(output.language, key);
  const format = () =>
    new Option('--format <table|json>', t('help.format'))
      .choices(['table', 'json'])
      .default('table');
  importCommand
    .command('scores')
    .description(t('help.importScores'))
    .argument('<file-a>', t('help.fileA'))
    .argument('<file-b>', t('help.fileB'))
    .requiredOption('--db <file>', HELP_TEXT[output.language].db)
    .requiredOption('--operator-a <nip|id>', t('help.operatorA'))
    .requiredOption('--operator-b <nip|id>', t('help.operatorB'))
    .option('--check', t('help.check'))
    .addOption(format())
    .action((fileA: string, fileB: string, options) =>
      run(importScoresCommand(output, fileA, fileB, options)),
    );
  program
    .command('sheets')
    .description(t('help.sheets'))
    .requiredOption('--db <file>', HELP_TEXT[output.language].db)
    .option('--candidate <nomor>', t('help.candidate'))
    .addOption(format())
    .action((options) => run(sheetsCommand(output, options)));
}
