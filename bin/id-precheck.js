#!/usr/bin/env node
import { main } from '../dist/cli/main.js';

// A closed pipe (`| head`) ends the output quietly; any other stdout failure (a full disk) is
// reported in one line as an output error (exit 2), never as a stack trace.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') process.stderr.write(`id-precheck: cannot write the output: ${error.message}\n`);
  process.exit(error.code === 'EPIPE' ? (process.exitCode ?? 0) : 2);
});

process.exitCode = await main(process.argv.slice(2));
