/**
 * Two server processes share rooms through a Redis started for the test: a device that asks
 * process B for a room held by process A is routed to A, and devices that came in through both
 * processes play one round together.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, type Room } from 'colyseus.js';
import { ROOM_TYPE, type ViewMessage, type WelcomeMessage } from '../../../src/protocol/index.ts';
import { createOptions, inbox, messageId, tempDir, waitFor, type Seated } from './helpers.ts';
import { REDIS_SERVER, freePort, startChild, type Child } from './processes.ts';

const children: Child[] = [];
let urls: string[] = [];

beforeAll(async () => {
  if (!REDIS_SERVER) throw new Error('redis-server is not installed, and the scale-out test needs it: apt-get install -y redis-server (.ci/run does this).');
  const redisPort = await freePort();
  children.push(await startChild(REDIS_SERVER, ['--bind', '127.0.0.1', '--port', String(redisPort), '--save', '', '--appendonly', 'no'], /Ready to accept connections/));
  for (let i = 0; i < 2; i++) {
    const port = await freePort();
    const args = ['--import', 'tsx', 'src/server/main.ts', '--rooms-only', '--host', '127.0.0.1', '--port', String(port), '--data', tempDir(), '--redis', `redis://127.0.0.1:${redisPort}`];
    const server = await startChild(process.execPath, args, /Rooms: \d+ resumed/);
    children.push(server);
    urls.push((server.output().match(/Open (http:\/\/\S+)/) as RegExpMatchArray)[1] as string);
  }
}, 60_000);

afterAll(async () => {
  // Servers first, then the Redis they use.
  for (const child of children.reverse()) await child.stop();
  urls = [];
});

async function seat(url: string, join: (client: Client) => Promise<Room>): Promise<Seated> {
  const box = inbox(await join(new Client(url)));
  return { box, welcome: await waitFor<WelcomeMessage>(box, 'welcome', undefined, 10_000) };
}

const portOf = (seated: Seated) => new URL((seated.box.room.connection.transport as unknown as { ws: { url: string } }).ws.url).port;

describe('two server processes sharing a Redis', () => {
  it('should route a device that joins through the other process to the room, and play one round', async () => {
    const [a, b] = urls as [string, string];
    const facilitator = await seat(a, (c) => c.create(ROOM_TYPE, createOptions()));
    const code = facilitator.welcome.room;
    const holder = portOf(facilitator);
    const us = await seat(b, (c) => c.joinById(code, { protocol: 1, seat: { kind: 'team', team: 'a' } }));
    const dprk = await seat(a, (c) => c.joinById(code, { protocol: 1, seat: { kind: 'team', team: 'b' } }));
    // Whichever process was asked, every device ends up on the process that holds the room.
    expect(portOf(us)).toBe(holder);
    expect(portOf(dprk)).toBe(holder);
    const send = (s: Seated, intent: object) => {
      const id = messageId();
      s.box.room.send('act', { id, room: code, intent });
      return waitFor<ViewMessage>(s.box, 'view', (v) => v.replyTo === id, 10_000);
    };
    await send(us, { type: 'commit', moves: { us: 'seize-cargo-ship' } });
    await send(dprk, { type: 'commit', moves: { dprk: 'rebuild-launch-site' } });
    await send(facilitator, { type: 'reveal' });
    for (const s of [us, dprk]) {
      const view = await waitFor<ViewMessage>(s.box, 'view', (v) => (v.file.classroom as { phase: { kind: string } }).phase.kind === 'revealed', 10_000);
      expect((view.file.classroom as { steps: unknown[] }).steps).toHaveLength(1);
    }
    for (const s of [facilitator, us, dprk]) await s.box.room.leave();
  });
});
