/**
 * A facilitator and two teams on their own devices play a simultaneous round over real WebSockets.
 * The DPRK device's raw frames never hold the US commit before the reveal; no room hears another.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HIDDEN_MOVE } from '../../../src/engine/session/index.ts';
import type { ViewMessage, SeatsMessage } from '../../../src/protocol/index.ts';
import { host, joinSeat, lastView, messageId, testServer, waitFor, type Seated, type TestServer } from './helpers.ts';
import { framesContain, framesOf, recordFrames } from './raw-frames.ts';

recordFrames();

const US_MOVE = 'seize-cargo-ship';
const DPRK_MOVE = 'rebuild-launch-site';

let server: TestServer;
beforeAll(async () => {
  server = await testServer();
});
afterAll(async () => {
  await server.stop();
});

function act(seat: Seated, intent: object, room = seat.welcome.room): string {
  const id = messageId();
  seat.box.room.send('act', { id, room, intent });
  return id;
}

const answered = (seat: Seated, id: string) => waitFor<ViewMessage>(seat.box, 'view', (v) => v.replyTo === id);

describe('a simultaneous round, every team on its own device', () => {
  it('should keep each commit on its own team\'s device until the facilitator reveals the round', async () => {
    const facilitator = await host(server);
    const code = facilitator.welcome.room;
    const us = await joinSeat(server, code, { seat: { kind: 'team', team: 'a' } });
    const dprk = await joinSeat(server, code, { seat: { kind: 'team', team: 'b' } });
    const projector = await joinSeat(server, code, { seat: { kind: 'observer' } });
    const seats = await waitFor<SeatsMessage>(facilitator.box, 'seats', (s) => s.teams.every((t) => t.connected) && s.observers === 1);
    expect(seats.teams.map((t) => [t.name, t.actors])).toEqual([
      ['Team A', ['us']],
      ['Team B', ['dprk']],
    ]);
    expect(seats.devices).toHaveLength(4);

    await answered(us, act(us, { type: 'draft', moves: { us: 'meet-at-summit' } }));
    await answered(us, act(us, { type: 'commit', moves: { us: US_MOVE } }));
    const seenByDprk = await waitFor<ViewMessage>(dprk.box, 'view', (v) => Object.keys((v.file.classroom as { pending: object }).pending).length === 1);
    expect((seenByDprk.file.classroom as { pending: object }).pending).toEqual({ us: HIDDEN_MOVE });
    await answered(dprk, act(dprk, { type: 'commit', moves: { dprk: DPRK_MOVE } }));
    const ready = await waitFor<ViewMessage>(facilitator.box, 'view', (v) => (v.file.classroom as { phase: { kind: string } }).phase.kind === 'ready');
    expect((ready.file.classroom as { pending: object }).pending).toEqual({ us: US_MOVE, dprk: DPRK_MOVE });

    // Before the reveal, nothing the DPRK device or the projector received holds the US move.
    expect(framesOf(dprk.box.room).length).toBeGreaterThan(3);
    expect(framesContain(framesOf(dprk.box.room), US_MOVE)).toBe(false);
    expect(framesContain(framesOf(projector.box.room), US_MOVE)).toBe(false);
    expect(framesContain(framesOf(projector.box.room), DPRK_MOVE)).toBe(false);
    expect(framesContain(framesOf(dprk.box.room), 'meet-at-summit')).toBe(false);

    await answered(facilitator, act(facilitator, { type: 'reveal' }));
    for (const seat of [us, dprk, projector, facilitator]) {
      const view = await waitFor<ViewMessage>(seat.box, 'view', (v) => (v.file.classroom as { phase: { kind: string } }).phase.kind === 'revealed');
      const step = (view.file.classroom as { steps: { moves: { actor: string; chosen: string }[] }[] }).steps.at(-1);
      expect(step?.moves.slice(0, 2).map((m) => [m.actor, m.chosen])).toEqual([
        ['us', US_MOVE],
        ['dprk', DPRK_MOVE],
      ]);
    }
    // The detector sees the move once it is public: the check above could have failed.
    expect(framesContain(framesOf(dprk.box.room), US_MOVE)).toBe(true);
    expect(lastView(us.box)?.draft).toBeNull();
  });

  it('should let nothing of one room reach the devices of another', async () => {
    const first = await host(server);
    const second = await host(server);
    expect(first.welcome.room).not.toBe(second.welcome.room);
    const spy = await joinSeat(server, second.welcome.room, { seat: { kind: 'team', team: 'b' } });
    const us = await joinSeat(server, first.welcome.room, { seat: { kind: 'team', team: 'a' } });
    await answered(us, act(us, { type: 'commit', moves: { us: US_MOVE } }));
    await answered(first, act(first, { type: 'pause', reason: 'a question from the class' }));
    await waitFor(spy.box, 'seats');
    for (const { message } of [...spy.box.messages, ...second.box.messages]) expect((message as { room: string }).room).toBe(second.welcome.room);
    expect(framesContain(framesOf(spy.box.room), first.welcome.room)).toBe(false);
    expect(framesContain(framesOf(spy.box.room), US_MOVE)).toBe(false);
    expect(framesContain(framesOf(spy.box.room), 'a question from the class')).toBe(false);
  });
});
