/**
 * `electron-vite build`: the main process (out/main/index.js), the sandboxed preload
 * (out/preload/index.js, one CommonJS file) and the renderer (out/renderer, the same options as
 * the web build in vite.renderer.config.mts, so the desktop app and `npm run web` ship identical files).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './vite.renderer.config.mjs';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  main: {
    build: {
      outDir: fromRoot('./out/main'),
      // Every package in "dependencies" stays a require(): better-sqlite3 above all, whose .node
      // addon cannot be bundled and is rebuilt for Electron by electron-builder when packaging.
      externalizeDeps: true,
      rollupOptions: {
        input: { index: fromRoot('./src/main/electron/main.ts') },
        output: { format: 'cjs', entryFileNames: '[name].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: fromRoot('./out/preload'),
      // A sandboxed preload can require only 'electron' and a few polyfills: nothing may stay
      // external, and it must be a single CommonJS file.
      externalizeDeps: false,
      isolatedEntries: true,
      rollupOptions: {
        input: { index: fromRoot('./src/main/electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].js' },
      },
    },
  },
  renderer: {
    ...rendererConfig,
    // electron-vite turns minification off by default; the web build minifies, so match it.
    build: { minify: true, ...rendererConfig.build },
  },
});
