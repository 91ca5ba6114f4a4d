#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx harmonize` works straight after `npm install` with no build step.
require('tsx/cjs');
const { runCli } = require('../src/cli/main.ts');

runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
