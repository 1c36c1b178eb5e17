// `npm run web [-- --data DIR --port N]`: builds the renderer, then serves it with the handlers.
import { spawnSync } from 'node:child_process';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const build = spawnSync(
  npx,
  ['vite', 'build', '--config', 'vite.renderer.config.mts', '--logLevel', 'warn'],
  {
    stdio: 'inherit',
  },
);
if (build.status !== 0) process.exit(build.status ?? 1);
const server = spawnSync(npx, ['tsx', 'src/main/web/start.ts', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(server.status ?? 0);
