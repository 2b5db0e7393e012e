#!/usr/bin/env node
// The `whn` command line. Runs the JavaScript built once at install (`prepare` runs
// `npm run build:cli` on `npm ci`, writing dist-cli/): nothing is transpiled per call.
import { setFlagsFromString } from 'node:v8';

// A reader that stops early (`whn … | head`) closes the pipe: that ends the output, not in a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => process.exit(error.code === 'EPIPE' ? (process.exitCode ?? 0) : 1));
}

// `whn validate` is one pass over a file or a few: V8's optimizing compiler would spend more time
// (and, under load, a core) compiling the YAML parser than it saves running it. Measured by
// `npm run bench:cli` (docs/architecture.md). Set here, not in main(), so that tests calling main()
// in their own process keep it; the commands that run the engine keep it too.
if (process.argv[2] === 'validate') setFlagsFromString('--no-opt');

const built = new URL('../dist-cli/main.mjs', import.meta.url);
let main;
try {
  ({ main } = await import(built.href));
} catch (error) {
  const missing = error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist-cli');
  const what = missing ? `${built.pathname} is missing` : error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  process.stderr.write(`whn: could not start (${what.replace(/\s*[\r\n]+\s*/g, ' ')}) — run "npm ci" (or "npm run build:cli") in the project, and report it if that does not help\n`);
  process.exitCode = 1;
}
// main catches what the commands throw and turns it into one line.
if (main) process.exitCode = await main(process.argv.slice(2));
