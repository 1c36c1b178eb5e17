// `npm start`: builds the app with electron-vite, then runs it in Electron. Where the Electron
// binary is missing (it is downloaded lazily, and some machines have no internet) it says so in
// one sentence and points to `npm run web` instead of letting electron's own loader throw.
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const NO_ELECTRON =
  'Electron tidak tersedia di komputer ini, jalankan "npm run web" untuk membuka Panitia di peramban ' +
  '(Electron is not available on this computer; run "npm run web" to open Panitia in a browser).';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const require = createRequire(join(root, 'package.json'));

/** The Electron executable, or null when it is not on disk. Never require('electron'): it downloads. */
function electronBinary() {
  let packageDir;
  try {
    packageDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
  // The same lookup as node_modules/electron/index.js, minus its download-on-miss.
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (!relative && !override) return null;
  const binary = override
    ? join(override, relative || 'electron')
    : join(packageDir, 'dist', relative);
  try {
    accessSync(binary, constants.X_OK);
    return binary;
  } catch {
    return null;
  }
}

function giveUp() {
  process.stderr.write(`${NO_ELECTRON}\n`);
  process.exit(1);
}

const binary = electronBinary();
if (!binary) giveUp();

const build = spawnSync(
  process.execPath,
  [require.resolve('electron-vite/bin/electron-vite.js'), 'build'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
if (build.status !== 0) process.exit(build.status ?? 1);

// ELECTRON_RUN_AS_NODE would turn the app into a bare Node process; never pass it on.
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(binary, ['.'], { cwd: root, stdio: 'inherit', env });
// A binary that exists but cannot start (wrong architecture, missing libraries) is the same
// situation for the user as no binary at all.
child.on('error', giveUp);
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
