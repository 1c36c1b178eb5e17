#!/usr/bin/env node
// The `panitia` command: loads the TypeScript sources through tsx, so it works right after
// `npm install` with no build step.
require('tsx/cjs');
const { runCli } = require('../src/main/cli/main.ts');

runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
