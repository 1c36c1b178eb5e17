import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../../..');
const electronDir = join(root, 'node_modules/electron');
const pathFile = join(electronDir, 'path.txt');
const hasBinary =
  existsSync(pathFile) &&
  existsSync(join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim()));

const SENTENCE =
  'Electron tidak tersedia di komputer ini, jalankan "npm run web" untuk membuka Panitia di peramban ' +
  '(Electron is not available on this computer; run "npm run web" to open Panitia in a browser).\n';

function start(env: NodeJS.ProcessEnv) {
  return spawnSync(process.execPath, [join(root, 'scripts/start.mjs')], {
    cwd: root,
    env,
    encoding: 'utf8',
    timeout: 30_000,
  });
}

describe('npm start without an Electron binary', () => {
  it.skipIf(hasBinary)(
    'prints one sentence pointing to npm run web, exits 1, no stack trace',
    () => {
      const env = { ...process.env };
      delete env.ELECTRON_OVERRIDE_DIST_PATH;
      const result = start(env);
      expect(result.status).toBe(1);
      expect(result.stderr).toBe(SENTENCE);
      expect(result.stdout).toBe('');
    },
  );

  it('says the same when ELECTRON_OVERRIDE_DIST_PATH points at a folder without the binary', () => {
    const result = start({
      ...process.env,
      ELECTRON_OVERRIDE_DIST_PATH: mkdtempSync(join(tmpdir(), 'no-electron-')),
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(SENTENCE);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
