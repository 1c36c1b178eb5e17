import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Three layers, one runner: unit (Node, real SQLite files), renderer (jsdom + Testing Library)
// and e2e (web mode driven in Debian's Chromium). The JSON report feeds .ci/run's summary line.
export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'test/shared/**/*.test.ts',
            'test/main/**/*.test.ts',
            'test/lint/**/*.test.ts',
            'test/resources/**/*.test.ts',
          ],
          testTimeout: 60_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['test/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['test/renderer/setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
