/**
 * `npm run serve`: the built app and the exercise rooms on one port, for the classroom's network.
 * Prints the address to open and a QR code of it; Ctrl-C stops it (every room is on disk and
 * resumes at the next start).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderUnicodeCompact } from 'uqr';
import { serveOptions } from './serve-options.ts';
import { startServer } from './start.ts';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

async function main(): Promise<number> {
  const options = serveOptions(process.argv.slice(2), process.env);
  if (typeof options === 'string') {
    process.stderr.write(options + '\n');
    return options.startsWith('Usage') ? 0 : 2;
  }
  if (!options.roomsOnly && !existsSync(`${DIST}/index.html`)) {
    process.stderr.write('whn serve: the app is not built yet: run "npm run build" first (or pass --rooms-only).\n');
    return 1;
  }
  const server = await startServer({ ...options, staticDir: options.roomsOnly ? null : DIST });
  process.stdout.write(`What Happens Next: exercise server\n\nOpen ${server.url}\n\n${renderUnicodeCompact(server.url)}\n\n`);
  process.stdout.write(`Rooms: ${server.restored.length} resumed from ${options.dataDir}${options.redisUrl ? '; sharing rooms through Redis' : ''}\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.stop();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`whn serve: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
