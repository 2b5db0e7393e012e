/**
 * `npm run bench:net`: the networked exercise on loopback, bounded in count and time.
 *
 *   10 rooms × 30 seats (a facilitator, the US and DPRK teams, 27 observers), every room playing
 *   simultaneous rounds at once: the time from a move (an intent sent) to the moment every seat of
 *   the room has its new view, median and p95 (target p95 ≤ 100 ms); the server's memory per room;
 *   and, in the same run, a bare `ws` broadcast of the same bytes to the same number of sockets,
 *   with the ratio. The server runs in its own process (bench/net-server.ts).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { Client, type Room } from 'colyseus.js';
import WebSocket from 'ws';
import { startTimeline } from '../src/engine/index.ts';
import { COMPUTER, type ClassroomSettings } from '../src/engine/classroom/index.ts';
import { PASS } from '../src/engine/types.ts';
import { ACT, ROOM_TYPE, VIEW, type CreateOptions, type ViewMessage, type WelcomeMessage } from '../src/protocol/index.ts';
import { shippedScenario } from '../src/server/scenarios.ts';

const ROOMS = 10;
const SEATS = 30;
const ROUNDS = 5;
/** The whole bench stops after this, whatever it has measured. */
const DEADLINE_MS = 120_000;
const WAIT_MS = 10_000;
const started = performance.now();

function ask<T>(child: ChildProcess, type: string, message: object = {}): Promise<T> {
  return new Promise((resolve) => {
    const listen = (answer: { type: string }) => {
      if (answer.type !== type) return;
      child.off('message', listen);
      resolve(answer as T);
    };
    child.on('message', listen);
    if (Object.keys(message).length > 0 || type !== 'ready') child.send({ type, ...message });
  });
}

function until<T>(test: () => T | undefined, ms = WAIT_MS): Promise<T> {
  const deadline = performance.now() + ms;
  return new Promise((resolve, reject) => {
    const poll = () => {
      const value = test();
      if (value !== undefined) return resolve(value);
      if (performance.now() > deadline || performance.now() - started > DEADLINE_MS) return reject(new Error('timed out'));
      setImmediate(poll);
    };
    poll();
  });
}

const quantile = (sorted: readonly number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

interface Seat {
  readonly room: Room;
  /** When each revision's view arrived. */
  readonly arrived: Map<number, number>;
  replies: Map<string, number>;
  bytes: number;
  views: number;
}

/** A seat that records when each revision arrived; `sample` seats also count the views' bytes (off the clock for the others). */
function seat(room: Room, sample = false): Seat {
  const s: Seat = { room, arrived: new Map(), replies: new Map(), bytes: 0, views: 0 };
  room.onMessage(VIEW, (view: ViewMessage) => {
    if (!s.arrived.has(view.revision)) s.arrived.set(view.revision, performance.now());
    if (view.replyTo) s.replies.set(view.replyTo, view.revision);
    if (!sample) return;
    s.views++;
    s.bytes += JSON.stringify(view).length;
  });
  room.onMessage('*', () => undefined);
  return s;
}

function settings(): ClassroomSettings {
  const scenario = shippedScenario('march-2019');
  if (!scenario.ok) throw new Error(scenario.message);
  return {
    teams: [
      { id: 'us', name: 'US team' },
      { id: 'dprk', name: 'DPRK team' },
    ],
    assignment: { us: 'us', dprk: 'dprk', rok: COMPUTER },
    facilitator: 'Facilitator',
    turnMode: 'simultaneous',
    timerSeconds: null,
    seed: 1,
    start: startTimeline(scenario.scenario).root,
  };
}

interface Exercise {
  readonly code: string;
  readonly facilitator: Seat;
  readonly us: Seat;
  readonly dprk: Seat;
  readonly all: readonly Seat[];
}

async function exercise(url: string): Promise<Exercise> {
  const options: CreateOptions = { protocol: 1, creator: `bench-${Math.random().toString(36).slice(2)}-creator`, scenario: { kind: 'shipped', id: 'march-2019' }, settings: settings() };
  const created = await new Client(url).create(ROOM_TYPE, options);
  const welcome = new Promise<string>((resolve) => created.onMessage('welcome', (w: WelcomeMessage) => resolve(w.room)));
  const facilitator = seat(created, true);
  const code = await welcome;
  const join = (request: object, sample = false) => new Client(url).joinById(code, { protocol: 1, seat: request }).then((room) => seat(room, sample));
  const us = await join({ kind: 'team', team: 'us' }, true);
  const dprk = await join({ kind: 'team', team: 'dprk' }, true);
  const observers = await Promise.all(Array.from({ length: SEATS - 3 }, (_, i) => join({ kind: 'observer' }, i === 0)));
  return { code, facilitator, us, dprk, all: [facilitator, us, dprk, ...observers] };
}

let counter = 0;
/** Sends one intent and resolves with the time until every seat of the room had the view it caused. */
async function move(x: Exercise, from: Seat, intent: object): Promise<number> {
  const id = `b${counter++}`;
  const t0 = performance.now();
  from.room.send(ACT, { id, room: x.code, intent });
  const revision = await until(() => from.replies.get(id));
  const last = await until(() => {
    let latest = 0;
    for (const s of x.all) {
      const at = s.arrived.get(revision);
      if (at === undefined) return undefined;
      latest = Math.max(latest, at);
    }
    return latest;
  });
  return last - t0;
}

async function playRounds(x: Exercise, out: number[]): Promise<void> {
  for (let round = 0; round < ROUNDS; round++) {
    out.push(await move(x, x.us, { type: 'commit', moves: { us: PASS } }));
    out.push(await move(x, x.dprk, { type: 'commit', moves: { dprk: PASS } }));
    out.push(await move(x, x.facilitator, { type: 'reveal' }));
    out.push(await move(x, x.facilitator, { type: 'next-round' }));
  }
}

/** The same fan-out on bare sockets: one sends `bytes`, the server sends it to all of its group. */
async function echoBaseline(url: string, bytes: number, moves: number): Promise<number[]> {
  const groups = await Promise.all(
    Array.from({ length: ROOMS }, (_, g) =>
      Promise.all(
        Array.from(
          { length: SEATS },
          () =>
            new Promise<{ socket: WebSocket; got: number[] }>((resolve, reject) => {
              const socket = new WebSocket(`${url}/g${g}`);
              const got: number[] = [];
              socket.on('message', () => got.push(performance.now()));
              socket.once('open', () => resolve({ socket, got }));
              socket.once('error', reject);
            }),
        ),
      ),
    ),
  );
  const payload = Buffer.alloc(bytes, 'x');
  const times: number[] = [];
  await Promise.all(
    groups.map(async (group) => {
      for (let m = 0; m < moves; m++) {
        const t0 = performance.now();
        group[m % group.length]?.socket.send(payload);
        const last = await until(() => (group.every((s) => s.got.length > m) ? Math.max(...group.map((s) => s.got[m] as number)) : undefined));
        times.push(last - t0);
      }
    }),
  );
  for (const group of groups) for (const { socket } of group) socket.close();
  return times;
}

async function main(): Promise<void> {
  const child = fork(new URL('./net-server.ts', import.meta.url), [], { execArgv: ['--expose-gc', '--import', 'tsx'] });
  try {
    const ready = await ask<{ url: string; echo: string }>(child, 'ready');
    const before = await ask<{ heapUsed: number; rss: number }>(child, 'memory');
    const exercises: Exercise[] = [];
    for (let r = 0; r < ROOMS; r++) exercises.push(await exercise(ready.url));
    const after = await ask<{ heapUsed: number; rss: number }>(child, 'memory');
    const latencies: number[] = [];
    await Promise.all(exercises.map((x) => playRounds(x, latencies)));
    const seats = exercises.flatMap((x) => x.all);
    const viewBytes = Math.round(seats.reduce((sum, s) => sum + s.bytes, 0) / Math.max(1, seats.reduce((sum, s) => sum + s.views, 0)));
    const echo = await echoBaseline(ready.echo, viewBytes, ROUNDS * 4);

    const sorted = [...latencies].sort((a, b) => a - b);
    const bare = [...echo].sort((a, b) => a - b);
    const p95 = quantile(sorted, 0.95);
    const ms = (v: number) => `${v.toFixed(1)} ms`;
    const kb = (v: number) => `${(v / 1024).toFixed(0)} kB`;
    console.log(`net bench: ${ROOMS} rooms × ${SEATS} seats, ${ROUNDS} simultaneous rounds each, ${sorted.length} moves (loopback, server in its own process)`);
    console.log(`  move → every seat's view   median ${ms(quantile(sorted, 0.5))}, p95 ${ms(p95)}  (target p95 ≤ 100 ms: ${p95 <= 100 ? 'met' : 'NOT met'})`);
    console.log(`  bare ws broadcast          median ${ms(quantile(bare, 0.5))}, p95 ${ms(quantile(bare, 0.95))}  (${viewBytes} bytes to the same ${SEATS} sockets per room)`);
    console.log(`  ratio room / bare ws       median ${(quantile(sorted, 0.5) / quantile(bare, 0.5)).toFixed(1)}×, p95 ${(p95 / quantile(bare, 0.95)).toFixed(1)}×`);
    console.log(`  server memory per room     ${kb((after.heapUsed - before.heapUsed) / ROOMS)} heap, ${kb((after.rss - before.rss) / ROOMS)} RSS (with its ${SEATS} seats)`);
    console.log(`  view message               ~${viewBytes} bytes as JSON`);
    await ask(child, 'stopped', { type: 'stop' });
  } finally {
    if (child.exitCode === null) child.kill();
  }
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(`bench:net failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
