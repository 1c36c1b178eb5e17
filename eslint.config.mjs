// Lint is where the process boundaries of DESIGN.md §3 are enforced: each folder may import only
// what its row of the table allows, and the renderer may not show an untranslated string.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import i18next from 'eslint-plugin-i18next';
import globals from 'globals';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

/** A `no-restricted-imports` rule built from forbidden module names and path regexes. */
function restrict({ modules = [], regexes = [] }) {
  return [
    'error',
    {
      paths: modules.map((name) => ({
        name,
        message: 'Crosses a process boundary (DESIGN.md §3).',
      })),
      patterns: regexes.map(([regex, message]) => ({ regex, message })),
    },
  ];
}

const toElectronShell = [
  '(^|/)main/electron(/|$)|^\\.\\./electron(/|$)|^\\.\\./\\.\\./electron(/|$)',
  'Only the shell may use the Electron shell.',
];
const toRenderer = ['(^|/)renderer(/|$)', 'The renderer is reached only through the contract.'];
const toMain = [
  '(^|/)main(/|$)|^\\.\\./core(/|$)',
  'Main-process code is reached only through the contract.',
];
const toCliOrWeb = ['(^|/)(cli|web)(/|$)', 'cli and web are entry points; nothing imports them.'];

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist', 'release', 'test-results', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': restrict({
        modules: ['electron', 'better-sqlite3', 'react', 'react-dom', ...nodeBuiltins],
        regexes: [toMain, toRenderer],
      }),
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'process',
        'Buffer',
        'require',
      ],
    },
  },
  {
    files: ['src/main/core/**'],
    rules: {
      'no-restricted-imports': restrict({
        modules: ['electron', 'react', 'react-dom'],
        regexes: [toElectronShell, toRenderer, toCliOrWeb],
      }),
    },
  },
  {
    files: ['src/main/cli/**', 'src/main/web/**'],
    rules: {
      'no-restricted-imports': restrict({
        modules: ['electron', 'react', 'react-dom'],
        regexes: [toElectronShell, toRenderer],
      }),
    },
  },
  {
    files: ['src/main/electron/**'],
    rules: { 'no-restricted-imports': restrict({ regexes: [toRenderer, toCliOrWeb] }) },
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, i18next },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': restrict({
        modules: ['electron', 'better-sqlite3', ...nodeBuiltins],
        regexes: [toMain],
      }),
      'no-restricted-globals': ['error', 'process', 'Buffer', 'require'],
      // Every word a user reads goes through i18next; only class names and the like are literal.
      // The plugin (6.1.5) skips everything under `export const …` (its `ExportNamedDeclaration[source]`
      // selector also matches a null source), so components are written as `export function`.
      'i18next/no-literal-string': ['error', { mode: 'jsx-text-only' }],
    },
  },
  {
    // CommonJS entry points (the CLI launcher, electron-builder hooks) load modules with require.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['test/**', 'scripts/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
