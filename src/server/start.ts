/**
 * The exercise server: the built app and the rooms on one port. Started by `npm run serve`
 * (main.ts) or programmatically (tests, a Vite dev-server plugin): `startServer({ port: 0,
 * host: '127.0.0.1', dataDir })` resolves once it listens and every room on disk is back.
 *
 * Colyseus keeps one matchmaker per process, so one server runs per process at a time.
 */
import { createServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from 'node:http';
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { Server, matchMaker } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { RedisDriver } from '@colyseus/redis-driver';
import { RedisPresence } from '@colyseus/redis-presence';
import { MAX_BYTES } from '../scenario/index.ts';
import { ROOM_TYPE } from '../protocol/index.ts';
import { DEFAULT_LIMITS, ExerciseRoom, type Limits, type RoomHost } from './exercise-room.ts';
import { rebuildRooms } from './restore.ts';
import { randomId } from './tokens.ts';
import { staticFiles } from './static-files.ts';

export interface ServerOptions {
  /** 0 picks a free port. */
  readonly port: number;
  readonly host: string;
  /** Where each room's event log lives (one file per room); created when missing. */
  readonly dataDir: string;
  /** The built app to serve (dist/); null serves the rooms only. */
  readonly staticDir?: string | null;
  /** With Redis, several processes share rooms (RedisPresence + RedisDriver). */
  readonly redisUrl?: string | null;
  /** host:port devices reach this process at, for joins routed here from another process; default host:port. */
  readonly publicAddress?: string | null;
  readonly limits?: Partial<Limits>;
  /** Where the server reports what it does not answer to a device (bad log lines, write failures); default stderr. */
  readonly report?: (line: string) => void;
  /** The rooms' clock (epoch ms), for the round timer and the log; default Date.now (tests pass their own). */
  readonly now?: () => number;
}

export interface RunningServer {
  /** http://host:port */
  readonly url: string;
  readonly port: number;
  readonly host: string;
  /** The codes of the rooms rebuilt from the data folder. */
  readonly restored: readonly string[];
  stop(): Promise<void>;
}

/** Room creation and join requests carry a scenario at most; a bigger body is refused before it is read. */
const MATCHMAKE_BODY_LIMIT = MAX_BYTES + 64 * 1024;
/** One WebSocket frame at most: a bigger one closes the connection (smaller oversize messages get a refusal). */
const FRAME_LIMIT = 64 * 1024;

let running = false;

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  if (running) throw new Error('An exercise server already runs in this process (Colyseus has one matchmaker per process): stop it first.');
  running = true;
  try {
    return await start(options);
  } catch (error) {
    running = false;
    throw error;
  }
}

async function start(options: ServerOptions): Promise<RunningServer> {
  const report = options.report ?? ((line: string) => process.stderr.write(`whn serve: ${line}\n`));
  mkdirSync(options.dataDir, { recursive: true });
  const files = options.staticDir ? staticFiles(options.staticDir) : null;
  const http = createServer((req, res) => (files ? files(req, res) : res.writeHead(404).end()));
  const transport = new WebSocketTransport({ server: http, maxPayload: FRAME_LIMIT });
  await listen(http, options.port, options.host);
  const { port } = http.address() as AddressInfo;
  const redis = options.redisUrl ?? null;
  const game = new Server({
    transport,
    greet: false,
    gracefullyShutdown: false,
    ...(redis ? { presence: new RedisPresence(redis), driver: new RedisDriver(redis) } : {}),
    publicAddress: options.publicAddress ?? (redis ? `${options.host}:${port}` : undefined),
  });
  limitMatchmakeBodies(http);
  const host: RoomHost = { dataDir: options.dataDir, limits: { ...DEFAULT_LIMITS, ...options.limits }, report, now: options.now ?? Date.now, restores: new Map() };
  game.define(
    ROOM_TYPE,
    class extends ExerciseRoom {
      override host = host;
    },
  );
  await matchMaker.accept();
  await game.registerProcessForDiscovery();
  const restored: string[] = [];
  for (const { exercise } of await rebuildRooms(options.dataDir, report, host.now())) {
    if (exercise.seated.ended) continue;
    const key = randomId(18);
    host.restores.set(key, { exercise });
    // Here, not on the least busy process: this process holds the room's log.
    await matchMaker.handleCreateRoom(ROOM_TYPE, { restore: key });
    restored.push(exercise.code);
  }
  const shown = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${shown}:${port}`,
    port,
    host: options.host,
    restored,
    stop: async () => {
      const closed = new Promise<void>((resolve) => http.once('close', () => resolve()));
      await game.gracefullyShutdown(false);
      http.closeAllConnections();
      if (http.listening) await closed;
      running = false;
    },
  };
}

function listen(http: HttpServer, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    http.once('error', reject);
    http.listen(port, host, () => {
      http.off('error', reject);
      resolve();
    });
  });
}

/** Colyseus reads a matchmake request's whole body; refuse one that says (or turns out) it is too large. */
function limitMatchmakeBodies(http: HttpServer): void {
  const listeners = http.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
  http.removeAllListeners('request');
  http.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const length = Number(req.headers['content-length'] ?? 0);
    if (req.method === 'POST' && (!Number.isFinite(length) || length > MATCHMAKE_BODY_LIMIT)) {
      res.writeHead(413, { 'Content-Type': 'application/json', Connection: 'close' }).end(JSON.stringify({ code: 413, error: 'This request is too large.' }));
      req.destroy();
      return;
    }
    let seen = 0;
    req.on('data', (chunk: Buffer) => {
      seen += chunk.length;
      if (seen > MATCHMAKE_BODY_LIMIT) req.destroy();
    });
    for (const listener of listeners) listener.call(http, req, res);
  });
}
