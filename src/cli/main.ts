#!/usr/bin/env node
// The `embedsift` command (built to dist/cli.js). All the work is in run-cli.ts.
import { runCli } from './run-cli.js';

let settled = false;

// If the event loop ever empties while the run is still pending, something waits for what can
// never come; Node would then exit quietly with status 0 and part of the output missing. Say so
// and fail instead.
process.once('beforeExit', () => {
  if (settled) return;
  process.stderr.write('embedsift: internal error: the run stalled before every result was written; the output is incomplete\n');
  process.exitCode = 1;
});

runCli(process.argv.slice(2)).then(
  (code) => {
    settled = true;
    process.exitCode = code;
  },
  (error: unknown) => {
    settled = true;
    process.stderr.write(`embedsift: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
