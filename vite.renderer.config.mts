/**
 * Builds the React renderer (src/renderer) into out/renderer. The same object is reused by
 * electron.vite.config.mts, so the desktop app and `npm run web` ship identical files.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type UserConfig } from 'vite';

const root = fileURLToPath(new URL('./src/renderer/', import.meta.url));
const outDir = fileURLToPath(new URL('./out/renderer/', import.meta.url));

/** The renderer's Vite configuration, exported for electron-vite to reuse. */
export const rendererConfig: UserConfig = {
  root,
  // Relative URLs, because the page is loaded from app:// in Electron and from / in web mode.
  base: './',
  plugins: [react()],
  // Nothing reads the user's environment at build time; the app must be identical everywhere.
  envPrefix: 'PANITIA_RENDERER_',
  publicDir: false,
  build: {
    outDir,
    emptyOutDir: true,
    // One CSS file and no inlined fonts: the CSP allows only 'self' (and data: for images).
    cssCodeSplit: false,
    sourcemap: false,
    reportCompressedSize: false,
    // Loaded from the local disk, never over a network: one ~520 kB bundle (React, zod) is fine.
    chunkSizeWarningLimit: 1024,
  },
};

export default defineConfig(rendererConfig);
