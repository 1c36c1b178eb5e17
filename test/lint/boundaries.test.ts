/** Proves that lint turns every boundary crossing of DESIGN.md §3 into an error. */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function importErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter(
      (m) =>
        m.ruleId === 'no-restricted-imports' ||
        m.ruleId === 'no-restricted-globals' ||
        m.ruleId === 'i18next/no-literal-string',
    )
    .map((m) => m.ruleId as string);
}

describe('process boundaries enforced by lint', () => {
  it.each([
    ['src/shared/x.ts', "import { readFileSync } from 'node:fs'; export const a = readFileSync;"],
    ['src/shared/x.ts', "import fs from 'fs'; export const a = fs;"],
    ['src/shared/x.ts', "import { app } from 'electron'; export const a = app;"],
    [
      'src/shared/x.ts',
      "import { openStore } from '../main/core/store/open-store'; export const a = openStore;",
    ],
    ['src/shared/x.ts', 'export const a = () => window.location;'],
    ['src/main/core/x.ts', "import { app } from 'electron'; export const a = app;"],
    [
      'src/main/core/x.ts',
      "import { registerIpc } from '../electron/ipc'; export const a = registerIpc;",
    ],
    [
      'src/main/core/store/x.ts',
      "import { App } from '../../../renderer/App'; export const a = App;",
    ],
    ['src/main/cli/x.ts', "import { app } from 'electron'; export const a = app;"],
    [
      'src/main/web/x.ts',
      "import { createWindow } from '../electron/window'; export const a = createWindow;",
    ],
    ['src/renderer/x.ts', "import { readFileSync } from 'node:fs'; export const a = readFileSync;"],
    ['src/renderer/x.ts', "import { ipcRenderer } from 'electron'; export const a = ipcRenderer;"],
    [
      'src/renderer/x.ts',
      "import { openStore } from '../main/core/store/open-store'; export const a = openStore;",
    ],
    ['src/renderer/x.ts', "import Database from 'better-sqlite3'; export const a = Database;"],
    ['src/renderer/x.tsx', 'export function A() { return <p>Simpan data</p>; }'],
  ])('%s: refuses %s', async (filePath, code) => {
    expect(await importErrors(filePath, code)).not.toEqual([]);
  });

  it.each([
    ['src/main/electron/x.ts', "import { app } from 'electron'; export const a = app;"],
    [
      'src/main/core/x.ts',
      "import { readFileSync } from 'node:fs'; export const a = readFileSync;",
    ],
    [
      'src/main/core/x.ts',
      "import { canonicalJson } from '../../shared/canonical-json'; export const a = canonicalJson;",
    ],
    [
      'src/renderer/x.ts',
      "import { contract } from '../shared/contract/contract'; export const a = contract;",
    ],
  ])('%s: allows %s', async (filePath, code) => {
    expect(await importErrors(filePath, code)).toEqual([]);
  });
});
