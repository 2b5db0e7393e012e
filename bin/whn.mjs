#!/usr/bin/env node
// The `whn` command line. Runs the TypeScript sources directly through tsx,
// so it works right after `npm ci` with no build step.
import { register } from 'tsx/esm/api';

// A reader that stops early (`whn … | head`) closes the pipe: that ends the output, not in a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => process.exit(error.code === 'EPIPE' ? (process.exitCode ?? 0) : 1));
}

try {
  register();
  const { main } = await import('../src/cli/main.ts');
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // main catches what the commands throw; this is for what fails before it runs (a missing dependency, say).
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  process.stderr.write(`whn: could not start (${what.replace(/\s*[\r\n]+\s*/g, ' ')}) — run "npm ci" in the project, and report it if that does not help\n`);
  process.exitCode = 1;
}
