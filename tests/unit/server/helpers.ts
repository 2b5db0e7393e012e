/** Real servers and real colyseus.js clients on loopback, for the server tests. Every wait is bounded. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, type Room } from 'colyseus.js';
import { startTimeline } from '../../../src/engine/index.ts';
import { ROOM_TYPE, VIEW, type CreateOptions, type ViewMessage, type WelcomeMessage } from '../../../src/protocol/index.ts';
import { startServer, type RunningServer, type ServerOptions } from '../../../src/server/start.ts';
import { shipped, twoTeams } from '../classroom/fixtures.ts';

export const tempDir = (): string => mkdtempSync(join(tmpdir(), 'whn-server-'));

export interface TestServer extends RunningServer {
  readonly reports: string[];
  readonly dataDir: string;
}

export async function testServer(options: Partial<ServerOptions> = {}): Promise<TestServer> {
  const reports: string[] = [];
  const dataDir = options.dataDir ?? tempDir();
  const server = await startServer({ port: 0, host: '127.0.0.1', dataDir, report: (line) => reports.push(line), ...options });
  return { ...server, stop: server.stop, reports, dataDir };
}

/** Every message a room received, decoded, in order. */
export interface Inbox {
  readonly room: Room;
  readonly messages: { type: string; message: unknown }[];
}

export function inbox(room: Room): Inbox {
  const messages: Inbox['messages'] = [];
  room.onMessage('*', (type, message) => messages.push({ type: String(type), message }));
  return { room, messages };
}

/** Waits (at most `ms`) for a message of `type` matching `test`, among those after `from`. */
export async function waitFor<T>(box: Inbox, type: string, test: (message: T) => boolean = () => true, ms = 5000, from = 0): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const found = box.messages.slice(from).find((m) => m.type === type && test(m.message as T));
    if (found) return found.message as T;
    if (Date.now() > deadline) throw new Error(`no "${type}" message within ${ms} ms; got: ${box.messages.map((m) => m.type).join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export const lastView = (box: Inbox): ViewMessage | undefined =>
  box.messages.filter((m) => m.type === VIEW).map((m) => m.message as ViewMessage).at(-1);

/** US for team "a", DPRK for team "b", ROK the computer's; simultaneous turns. */
export function createOptions(overrides: Partial<CreateOptions['settings']> = {}): CreateOptions {
  const timeline = startTimeline(shipped('march-2019'));
  return { protocol: 1, creator: 'creator-secret-0123456789', scenario: { kind: 'shipped', id: 'march-2019' }, settings: twoTeams(timeline, overrides), name: 'Class 3B' };
}

export interface Seated {
  readonly box: Inbox;
  readonly welcome: WelcomeMessage;
}

/** A facilitator's device creates a room. */
export async function host(server: RunningServer, options = createOptions()): Promise<Seated> {
  const room = await new Client(server.url).create(ROOM_TYPE, options);
  const box = inbox(room);
  return { box, welcome: await waitFor<WelcomeMessage>(box, 'welcome') };
}

export async function joinSeat(server: RunningServer, code: string, options: object): Promise<Seated> {
  const room = await new Client(server.url).joinById(code, { protocol: 1, ...options });
  const box = inbox(room);
  return { box, welcome: await waitFor<WelcomeMessage>(box, 'welcome') };
}

let counter = 0;
export const messageId = (): string => `m${Date.now().toString(36)}${(counter++).toString(36)}`;
