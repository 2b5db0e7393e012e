/**
 * `npm start` serves the exercise rooms on the app's own port: a Vite plugin that starts the room
 * server (src/server/start.ts) on a private loopback port and proxies the room traffic to it —
 * Colyseus' matchmaking (`/matchmake/…`) and each room's WebSocket (`/<process>/<ROOM>?sessionId=…`).
 * Vite's `--host` decides who can reach it: `npm start` binds every address (the classroom's
 * network), prints the address students open with its QR code; `npm run start:local` binds
 * 127.0.0.1, this machine only.
 * Not in the build, the preview or Vitest: the static build runs alone, without rooms.
 */
import { resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';

/** A room's WebSocket path: a process id, then a room code; colyseus.js always adds ?sessionId=. */
export const ROOM_SOCKET_PATH = '^/[\\w-]+/[A-Z2-9]{6}\\?sessionId=';

export function devRooms(): Plugin {
  let stop: (() => Promise<void>) | null = null;
  return {
    name: 'whn:dev-rooms',
    apply: (_config, env) => env.command === 'serve' && !env.isPreview && !process.env.VITEST,
    async config() {
      // Loaded only here, so the build and the tests never load Colyseus through the config.
      const { startServer } = await import('../src/server/start.ts');
      const rooms = await startServer({ port: 0, host: '127.0.0.1', dataDir: resolve(process.env.WHN_DATA ?? 'whn-rooms') });
      stop = rooms.stop;
      return {
        server: {
          proxy: {
            '/matchmake': { target: rooms.url },
            [ROOM_SOCKET_PATH]: { target: rooms.url, ws: true },
          },
        },
      };
    },
    configureServer(server: ViteDevServer) {
      server.httpServer?.once('listening', () => setTimeout(() => announce(server), 0));
      server.httpServer?.once('close', () => void stop?.());
    },
  };
}

function announce(server: ViteDevServer): void {
  const urls = server.resolvedUrls;
  const network = urls?.network[0];
  const local = urls?.local[0];
  const logger = server.config.logger;
  if (network) {
    logger.info(`\n  Exercise rooms on the same port. Students join at ${network}?join\n`);
    void import('uqr').then(({ renderUnicodeCompact }) => logger.info(renderUnicodeCompact(`${network}?join`)));
  } else if (local) {
    logger.info(`\n  Exercise rooms on the same port (${local}), this machine only: \`npm start\` (not start:local) lets students' devices join.\n`);
  }
}
