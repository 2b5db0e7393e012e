#!/usr/bin/env node
// The `whn` command line. Runs the JavaScript built once at install (`prepare` runs
// `npm run build:cli` on `npm ci`, writing dist-cli/): nothing is transpiled per call.

// A reader that stops early (`whn … | head`) closes the pipe: that ends the output, not in a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => process.exit(error.code === 'EPIPE' ? (process.exitCode ?? 0) : 1));
}

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
