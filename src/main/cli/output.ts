/** How the CLI speaks: translated lines to stdout, errors to stderr, never a stack trace. */
import { isAppError } from '../../shared/errors';
import { errorMessage, interpolate, type Language } from '../../shared/i18n/errors';
import { CLI_MESSAGES, type CliMessage } from './messages';
import { EXIT } from './exit-codes';

/** Where the CLI writes, and in which language. */
export interface Output {
  language: Language;
  out(line: string): void;
  err(line: string): void;
}

/** Output to the process's stdout and stderr. */
export function processOutput(language: Language): Output {
  // `panitia rubric show … | head` closes the pipe early; that is the reader's choice, not a crash.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT.ok);
    throw error;
  });
  return {
    language,
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  };
}

/** A translated CLI sentence. */
export function say(
  output: Output,
  key: CliMessage,
  params: Record<string, string | number> = {},
): string {
  return interpolate(CLI_MESSAGES[output.language][key], params);
}

/** Prints an error to stderr and returns the exit code it deserves. */
export function reportError(output: Output, error: unknown): number {
  if (isAppError(error)) {
    output.err(errorMessage(error.code, error.params, output.language));
    return error.code.startsWith('store.') ? EXIT.store : EXIT.refused;
  }
  output.err(errorMessage('internal', {}, output.language));
  if (process.env.PANITIA_DEBUG) output.err(String((error as Error)?.stack ?? error));
  return EXIT.internal;
}

/** The UI language for the CLI: `--lang`, else PANITIA_LANG, else Indonesian. */
export function pickLanguage(flag: string | undefined): Language {
  const value = flag ?? process.env.PANITIA_LANG ?? 'id';
  return value.toLowerCase().startsWith('en') ? 'en' : 'id';
}
