/**
 * The server side of `npm run bench:net`, in its own process so its memory is its own: the exercise
 * server on loopback, and a bare `ws` broadcast server (a message to one socket of a group goes to
 * every socket of the group) as the baseline. Answers the parent over IPC.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';
import { startServer } from '../src/server/start.ts';

const send = (message: object) => process.send?.(message);
const gc = (globalThis as { gc?: () => void }).gc;

async function main(): Promise<void> {
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir: mkdtempSync(join(tmpdir(), 'whn-bench-net-')),
    limits: { joinBurst: 1000, joinsPerSecond: 1000 },
    report: (line) => process.stderr.write(`${line}\n`),
  });
  const groups = new Map<string, Set<WebSocket>>();
  const echo = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  echo.on('connection', (socket, req) => {
    const group = groups.get(req.url ?? '/') ?? new Set<WebSocket>();
    groups.set(req.url ?? '/', group);
    group.add(socket);
    socket.on('message', (data, isBinary) => {
      for (const peer of group) peer.send(data, { binary: isBinary });
    });
    socket.on('close', () => group.delete(socket));
  });
  await new Promise((resolve) => echo.once('listening', resolve));
  const address = echo.address();
  const echoPort = typeof address === 'object' && address ? address.port : 0;
  process.on('message', async (message: { type: string }) => {
    if (message.type === 'memory') {
      gc?.();
      await new Promise((resolve) => setTimeout(resolve, 50));
      gc?.();
      const { heapUsed, rss } = process.memoryUsage();
      send({ type: 'memory', heapUsed, rss });
    } else if (message.type === 'stop') {
      echo.close();
      await server.stop();
      send({ type: 'stopped' });
      process.exit(0);
    }
  });
  send({ type: 'ready', url: server.url, echo: `ws://127.0.0.1:${echoPort}` });
}

void main();
