/**
 * The facilitator's console over real WebSockets: every panel action reaches every device with its
 * reason in the log; the round clock lets the facilitator reveal once time is up, for every device at
 * once; alternating turns play team by team; a flood or a bad intent is refused and the room goes on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LogEntry } from '../../../src/engine/classroom/index.ts';
import type { RefusedMessage, ViewMessage } from '../../../src/protocol/index.ts';
import { shipped } from '../classroom/fixtures.ts';
import { createOptions, host, joinSeat, lastView, messageId, testServer, waitFor, type Seated, type TestServer } from './helpers.ts';

let clock = Date.parse('2025-03-10T09:00:00Z');
let server: TestServer;
beforeAll(async () => {
  server = await testServer({ now: () => clock });
});
afterAll(async () => {
  await server.stop();
});

function act(seat: Seated, intent: object): string {
  const id = messageId();
  seat.box.room.send('act', { id, room: seat.welcome.room, intent });
  return id;
}
const answered = (seat: Seated, id: string) => waitFor<ViewMessage>(seat.box, 'view', (v) => v.replyTo === id);
const refused = (seat: Seated, id: string | null) => waitFor<RefusedMessage>(seat.box, 'refused', (r) => r.replyTo === id);
const classroomOf = (view: ViewMessage | undefined) => view?.file.classroom as unknown as { log: LogEntry[]; phase: { kind: string; team?: string }; paused: boolean; steps: { kind: string; moves: { actor: string; chosen: string }[] }[] };

async function room(overrides: Parameters<typeof createOptions>[0] = {}): Promise<{ facilitator: Seated; us: Seated; dprk: Seated; projector: Seated }> {
  const facilitator = await host(server, createOptions(overrides));
  const code = facilitator.welcome.room;
  const us = await joinSeat(server, code, { seat: { kind: 'team', team: 'a' } });
  const dprk = await joinSeat(server, code, { seat: { kind: 'team', team: 'b' } });
  const projector = await joinSeat(server, code, { seat: { kind: 'observer' } });
  return { facilitator, us, dprk, projector };
}

describe('the facilitator console over the network', () => {
  it('should apply inject event, inject move, override, undo and pause, each with its reason in every device\'s log', async () => {
    const { facilitator, us, dprk, projector } = await room();
    const scenario = shipped('march-2019');
    const sanctions = scenario.actors.find((a) => a.id === 'us')?.postures.find((p) => p.id === 'sanctions');
    const level = sanctions?.levels.at(-1)?.id ?? '';
    const actions: [object, string][] = [
      [{ type: 'inject-event', event: 0, reason: 'history: the summit' }, 'injected-event'],
      [{ type: 'inject', move: { actor: 'dprk', move: 'rebuild-launch-site' }, reason: 'satellite images' }, 'injected'],
      [{ type: 'override', override: { actor: 'us', posture: 'sanctions', level }, reason: 'what if Treasury went further' }, 'override'],
      [{ type: 'undo', reason: 'let us see the alternative' }, 'undid'],
      [{ type: 'pause', reason: 'a question from the class' }, 'paused'],
    ];
    for (const [intent, kind] of actions) {
      const id = act(facilitator, intent);
      const reason = (intent as { reason: string }).reason;
      await answered(facilitator, id);
      for (const seat of [facilitator, us, dprk, projector]) {
        const view = await waitFor<ViewMessage>(seat.box, 'view', (v) => classroomOf(v).log.some((e) => e.kind === kind && e.reason === reason));
        expect(classroomOf(view).log.at(-1)).toMatchObject({ kind, reason, who: { kind: 'facilitator' } });
      }
    }
    expect(classroomOf(lastView(us.box)).paused).toBe(true);
    // Paused, a team's commit is refused in words and nothing changes; resume lets it through.
    const early = act(us, { type: 'commit', moves: { us: 'seize-cargo-ship' } });
    expect((await refused(us, early)).message).toMatch(/paused/i);
    await answered(facilitator, act(facilitator, { type: 'resume', reason: 'back to work' }));
    await answered(us, act(us, { type: 'commit', moves: { us: 'seize-cargo-ship' } }));
    // Without a reason the console's action is refused, and the log keeps no trace of it.
    const bare = act(facilitator, { type: 'pause', reason: '' });
    expect((await refused(facilitator, bare)).message).toMatch(/reason/i);
    expect(classroomOf(lastView(dprk.box)).paused).toBe(false);
  });

  it('should refuse the console to a team and to the projector, in words, and change nothing', async () => {
    const { us, projector } = await room();
    const before = lastView(us.box)?.revision;
    const team = act(us, { type: 'inject', move: { actor: 'dprk', move: 'nuclear-test' }, reason: 'chaos' });
    expect((await refused(us, team)).message).toBe('Only the facilitator can do that (inject).');
    const watch = act(projector, { type: 'pause', reason: 'break' });
    expect((await refused(projector, watch)).message).toBe('This device only watches the exercise: take a team seat to play.');
    expect(lastView(us.box)?.revision).toBe(before);
  });
});

describe('the round clock on every device', () => {
  it('should refuse the reveal while time is left, then reveal for every device once it is up, the team that did not commit passing', async () => {
    const { facilitator, us, dprk, projector } = await room({ timerSeconds: 60 });
    const opened = lastView(dprk.box);
    expect(opened?.clock).toMatchObject({ limitSeconds: 60, usedMs: 0 });
    expect(opened?.clock?.runningSince).toBe(clock);
    await answered(us, act(us, { type: 'commit', moves: { us: 'seize-cargo-ship' } }));
    const early = act(facilitator, { type: 'reveal' });
    expect((await refused(facilitator, early)).message).toBe('Not every team has committed its move yet.');
    clock += 61_000;
    await answered(facilitator, act(facilitator, { type: 'reveal' }));
    for (const seat of [facilitator, us, dprk, projector]) {
      const view = await waitFor<ViewMessage>(seat.box, 'view', (v) => classroomOf(v).phase.kind === 'revealed');
      expect(
        classroomOf(view)
          .steps.at(-1)
          ?.moves.slice(0, 2)
          .map((m) => [m.actor, m.chosen]),
      ).toEqual([
        ['us', 'seize-cargo-ship'],
        ['dprk', 'pass'],
      ]);
    }
  });
});

describe('alternating turns over the network', () => {
  it('should let only the team whose actor is next play, and show the move on every device at once', async () => {
    const { facilitator, us, dprk, projector } = await room({ turnMode: 'alternating' });
    expect(classroomOf(lastView(dprk.box)).phase).toMatchObject({ team: 'a' });
    const outOfTurn = act(dprk, { type: 'play', actor: 'dprk', move: 'rebuild-launch-site' });
    expect((await refused(dprk, outOfTurn)).message).toBe("It is Team A's turn.");
    await answered(us, act(us, { type: 'play', actor: 'us', move: 'seize-cargo-ship' }));
    for (const seat of [facilitator, dprk, projector]) {
      const view = await waitFor<ViewMessage>(seat.box, 'view', (v) => classroomOf(v).steps.length === 1);
      expect(classroomOf(view).steps[0]?.moves.map((m) => [m.actor, m.chosen])).toEqual([['us', 'seize-cargo-ship']]);
      expect(classroomOf(view).phase).toMatchObject({ team: 'b' });
    }
    await answered(dprk, act(dprk, { type: 'play', actor: 'dprk', move: 'rebuild-launch-site' }));
  });
});

describe('a hostile device', () => {
  it('should refuse a flood and bad intents from one device while the room goes on for the others', async () => {
    const { facilitator, us, dprk } = await room();
    for (let i = 0; i < 80; i++) act(us, { type: 'draft', moves: { us: 'meet-at-summit' } });
    await waitFor<RefusedMessage>(us.box, 'refused', (r) => r.code === 'message.rate-limited');
    // Another team is not slowed down by the flood.
    await answered(dprk, act(dprk, { type: 'commit', moves: { dprk: 'rebuild-launch-site' } }));
    // Once its rate has recovered, the flooding device is heard again, and a bad intent gets its reason.
    clock += 3000;
    const unknown = act(us, { type: 'commit', moves: { us: 'no-such-move' } });
    expect((await refused(us, unknown)).code).toBe('engine');
    const wrongSeat = act(us, { type: 'commit', moves: { dprk: 'nuclear-test' } });
    expect((await refused(us, wrongSeat)).message).toBe('Your team does not play DPRK.');
    await answered(us, act(us, { type: 'commit', moves: { us: 'seize-cargo-ship' } }));
    await waitFor<ViewMessage>(facilitator.box, 'view', (v) => classroomOf(v).phase.kind === 'ready');
  });
});
