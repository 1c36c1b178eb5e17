/** The PIN for a CLI command: PANITIA_PIN, or typed at a hidden prompt on a terminal. */

/**
 * The PIN from the environment, else read from the terminal without echoing it; null when there
 * is neither (a pipe or a script without PANITIA_PIN) or the user pressed Ctrl-C.
 */
export async function readPin(prompt: string): Promise<string | null> {
  const fromEnv = process.env.PANITIA_PIN;
  if (fromEnv) return fromEnv;
  const stdin = process.stdin;
  if (!stdin.isTTY) return null;
  process.stderr.write(prompt);
  stdin.setRawMode(true);
  stdin.setEncoding('utf8');
  stdin.resume();
  return new Promise((resolve) => {
    let pin = '';
    const finish = (value: string | null) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
      resolve(value);
    };
    function onData(chunk: string) {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return finish(pin);
        if (ch === '\u0003' || ch === '\u0004') return finish(null);
        if (ch === '\u007f' || ch === '\b') pin = pin.slice(0, -1);
        else pin += ch;
      }
    }
    stdin.on('data', onData);
  });
}
