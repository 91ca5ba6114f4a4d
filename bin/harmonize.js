#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx harmonize` works straight after `npm install` with no build step.
require('tsx/cjs');
const { runCli } = require('../src/cli/main.ts');

// `harmonize changes | head` closes the pipe early: the reader has what it wanted, which is not a failure.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
