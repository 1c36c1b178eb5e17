/**
 * `npm run web`: the app in a browser where Electron cannot run. Serves the built renderer and
 * the handlers on 127.0.0.1 with a random token, and prints the address to open.
 */
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { errorMessage } from '../../shared/i18n/errors';
import { isAppError } from '../../shared/errors';
import { createHandlers } from '../core/handlers';
import { openStore } from '../core/store/open-store';
import { startWebServer } from './server';

const ROOT = resolve(import.meta.dirname, '../../..');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string', default: join(homedir(), 'panitia-data') },
      port: { type: 'string', default: '0' },
    },
  });
  const dataDir = resolve(values.data);
  const store = await openStore(join(dataDir, 'panitia.db'), { checkpointWhenIdle: true });
  const version = (
    JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
  ).version;
  const server = await startWebServer({
    handlers: createHandlers({
      store,
      dataDir,
      resourcesDir: join(ROOT, 'resources'),
      transport: 'web',
      version,
    }),
    rendererDir: join(ROOT, 'out', 'renderer'),
    port: Number(values.port),
  });
  process.stdout.write(
    [
      'Panitia (mode web) berjalan — buka alamat ini di peramban / is running — open this address in a browser:',
      `  ${server.url}`,
      `Data: ${dataDir}`,
      'Tekan Ctrl+C untuk berhenti / Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
  const stop = async () => {
    await server.close();
    store.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  const message = isAppError(error) ? errorMessage(error.code, error.params) : String(error);
  process.stderr.write(`${message}\n`);
  process.exit(isAppError(error) ? 3 : 4);
});
