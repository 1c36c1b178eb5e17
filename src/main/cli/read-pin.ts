/**
 * Secrets for a CLI command (a PIN, a passphrase): from an environment variable, or typed at a
 * hidden prompt on a terminal.
 */

/**
 * The PIN from PANITIA_PIN, else read from the terminal without echoing it; null when there is
 * neither (a pipe or a script without PANITIA_PIN) or the user pressed Ctrl-C.
 */
export async function readPin(prompt: string): Promise<string | null> {
  return readSecret(prompt, 'PANITIA_PIN');
}

/** As {@link readPin}, with the secret from the environment variable `envName`. */
export async function readSecret(prompt: string, envName: string): Promise<string | null> {
  const fromEnv = process.env[envName];
  if (fromEnv) return fromEnv;
  return readHidden(prompt);
}

/** Reads one line from the terminal without echoing it; null without a terminal or on Ctrl-C. */
export async function readHidden(prompt: string): Promise<string | null> {
  const stdin = process.stdin;
  if (!stdin.isTTY) return null;
  process.stderr.write(prompt);
  stdin.setRawMode(true);
  stdin.setEncoding('utf8');
  stdin.resume();
  return new Promise((resolve) => {
    let typed = '';
    const finish = (value: string | null) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
      resolve(value);
    };
    function onData(chunk: string) {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return finish(typed);
        if (ch === '\u0003' || ch === '\u0004') return finish(null);
        if (ch === '\u007f' || ch === '\b') typed = typed.slice(0, -1);
        else typed += ch;
      }
    }
    stdin.on('data', onData);
  });
}
