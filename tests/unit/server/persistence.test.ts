/**
 * Devices drop and come back; the server stops and starts again on the same data folder. The
 * exercise goes on with nothing lost: seats, drafts, commits, and the message ids already acted on.
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'colyseus.js';
import { describe, expect, it } from 'vitest';
import { CLOSE, type RefusedMessage, type ViewMessage } from '../../../src/protocol/index.ts';
import { host, inbox, joinSeat, lastView, messageId, tempDir, testServer, waitFor, type Seated, type TestServer } from './helpers.ts';

function act(seat: Seated, intent: object, id = messageId()): string {
  seat.box.room.send('act', { id, room: seat.welcome.room, intent });
  return id;
}
const answered = (seat: Seated, id: string) => waitFor<ViewMessage>(seat.box, 'view', (v) => v.replyTo === id);
/** A room where the US team committed a move, on a server since stopped: its data folder and log file. */
async function stoppedAfterCommit() {
  const dataDir = tempDir();
  const server = await testServer({ dataDir });
  const facilitator = await host(server);
  const code = facilitator.welcome.room;
  const us = await joinSeat(server, code, { seat: { kind: 'team', team: 'a' } });
  await answered(us, act(us, { type: 'commit', moves: { us: 'seize-cargo-ship' } }));
  await server.stop();
  return { dataDir, facilitator, code, file: join(dataDir, `${code}.jsonl`) };
}
const pending = (view: ViewMessage | undefined) => (view?.file.classroom as { pending: Record<string, string> } | undefined)?.pending;

describe('a device that drops', () => {
  it('should get its seat and its uncommitted choice back when it reconnects', async () => {
    const server = await testServer();
    try {
      const facilitator = await host(server);
      const us = await joinSeat(server, facilitator.welcome.room, { seat: { kind: 'team', team: 'a' } });
      await answered(us, act(us, { type: 'draft', moves: { us: 'seize-cargo-ship' } }));
      const token = us.box.room.reconnectionToken;
      const heard = facilitator.box.messages.length;
      (us.box.room.connection.transport as unknown as { ws: { terminate(): void } }).ws.terminate();
      await waitFor(facilitator.box, 'seats', (s: { teams: { connected: boolean }[] }) => s.teams[0]?.connected === false, 5000, heard);
      const back = inbox(await new Client(server.url).reconnect(token));
      const view = await waitFor<ViewMessage>(back, 'view');
      expect(view.seat).toEqual({ kind: 'team', team: 'a' });
      expect(view.draft).toEqual({ us: 'seize-cargo-ship' });
      await waitFor(facilitator.box, 'seats', (s: { teams: { connected: boolean }[] }) => s.teams[0]?.connected === true);

      // Removed by the facilitator while it was away, it does not get back in with its reconnection token.
      const again = back.room.reconnectionToken;
      const heardAgain = facilitator.box.messages.length;
      (back.room.connection.transport as unknown as { ws: { terminate(): void } }).ws.terminate();
      await waitFor(facilitator.box, 'seats', (s: { teams: { connected: boolean }[] }) => s.teams[0]?.connected === false, 5000, heardAgain);
      const kick = messageId();
      facilitator.box.room.send('act', { id: kick, room: facilitator.welcome.room, intent: { type: 'device.kick', device: us.welcome.device, reason: 'the tablet went to another group' } });
      await waitFor<ViewMessage>(facilitator.box, 'view', (v) => v.replyTo === kick);
      const ghost = await new Client(server.url).reconnect(again);
      const closed = await new Promise<number>((resolve) => ghost.onLeave((code) => resolve(code)));
      expect(closed).toBe(CLOSE.kicked);
    } finally {
      await server.stop();
    }
  });
});

describe('a server that restarts', () => {
  it('should resume the round mid-way on the same data folder, every device back in its seat', async () => {
    const dataDir = tempDir();
    let server = await testServer({ dataDir });
    const facilitator = await host(server);
    const code = facilitator.welcome.room;
    const us = await joinSeat(server, code, { seat: { kind: 'team', team: 'a' } });
    const dprk = await joinSeat(server, code, { seat: { kind: 'team', team: 'b' } });
    const commit = act(us, { type: 'commit', moves: { us: 'seize-cargo-ship' } });
    await answered(us, commit);
    await answered(dprk, act(dprk, { type: 'draft', moves: { dprk: 'nuclear-test' } }));
    const before = lastView(facilitator.box);
    await server.stop();

    server = await testServer({ dataDir });
    try {
      expect(server.restored).toEqual([code]);
      expect(server.reports).toEqual([]);
      const facilitator2 = await joinSeat(server, code, { seatToken: facilitator.welcome.seatToken });
      const us2 = await joinSeat(server, code, { seatToken: us.welcome.seatToken });
      const dprk2 = await joinSeat(server, code, { seatToken: dprk.welcome.seatToken });
      expect(facilitator2.welcome.facilitatorCode).toBe(facilitator.welcome.facilitatorCode);
      const seen = await waitFor<ViewMessage>(facilitator2.box, 'view');
      expect(seen.revision).toBe(before?.revision);
      expect(seen.file.timeline).toEqual(before?.file.timeline);
      expect(pending(seen)).toEqual({ us: 'seize-cargo-ship' });
      expect((await waitFor<ViewMessage>(dprk2.box, 'view')).draft).toEqual({ dprk: 'nuclear-test' });
      expect(pending(await waitFor<ViewMessage>(dprk2.box, 'view'))).toEqual({ us: '#hidden' });

      // A message acted on before the restart is still refused as a replay.
      act(us2, { type: 'commit', moves: { us: 'meet-at-summit' } }, commit);
      await waitFor<RefusedMessage>(us2.box, 'refused', (r) => r.code === 'message.replayed');

      await answered(dprk2, act(dprk2, { type: 'commit', moves: { dprk: 'rebuild-launch-site' } }));
      await answered(facilitator2, act(facilitator2, { type: 'reveal' }));
      const revealed = lastView(facilitator2.box);
      const round = (revealed?.file.classroom as { steps: { moves: { actor: string; chosen: string }[] }[] }).steps.at(-1);
      expect(round?.moves.slice(0, 2).map((m) => [m.actor, m.chosen])).toEqual([
        ['us', 'seize-cargo-ship'],
        ['dprk', 'rebuild-launch-site'],
      ]);
    } finally {
      await server.stop();
    }
  });

  it('should report a corrupt log line with its file and line, and resume from the last good event', async () => {
    const { dataDir, facilitator, code, file } = await stoppedAfterCommit();
    const good = readFileSync(file, 'utf8').split('\n').filter(Boolean).length;
    appendFileSync(file, '{"kind":"intent", this is not json\n{"kind":"intent","at":1,"device":"x","msg":"m","intent":{"type":"reveal"}}\n');

    const server = await testServer({ dataDir });
    try {
      expect(server.restored).toEqual([code]);
      expect(server.reports).toHaveLength(1);
      expect(server.reports[0]).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${good + 1}: the line is not JSON; room ${code} resumes from the last good event \\(line ${good}\\); the damaged log is kept as .*\\.corrupt-\\d+$`));
      expect(readFileSync(file, 'utf8').split('\n').filter(Boolean)).toHaveLength(good);
      const back = await joinSeat(server, code, { seatToken: facilitator.welcome.seatToken });
      expect(pending(await waitFor<ViewMessage>(back.box, 'view'))).toEqual({ us: 'seize-cargo-ship' });
    } finally {
      await server.stop();
    }
  });

  it('should resume a room made with an earlier version of its scenario only when the scenario lists that version', async () => {
    const { dataDir, facilitator, code, file } = await stoppedAfterCommit();
    let server: TestServer;
    const [created, ...events] = readFileSync(file, 'utf8').split('\n').filter(Boolean);
    const withHash = (hash: string) => {
      const first = JSON.parse(created as string) as { scenario: { hash: string } };
      first.scenario.hash = hash;
      writeFileSync(file, [JSON.stringify(first), ...events].map((l) => `${l}\n`).join(''));
    };
    // The March 2019 shipped before it was dated in its places: listed in its meta.earlierVersions.
    withHash('2f13afab74932ad7');
    server = await testServer({ dataDir });
    try {
      expect(server.restored).toEqual([code]);
      expect(server.reports).toEqual([expect.stringMatching(/:1: the room was made with an earlier version of "march-2019" \(2f13afab74932ad7\), which this one \([0-9a-f]{16}\) lists as having the same moves; it resumes on this one$/)]);
      const back = await joinSeat(server, code, { seatToken: facilitator.welcome.seatToken });
      expect(pending(await waitFor<ViewMessage>(back.box, 'view'))).toEqual({ us: 'seize-cargo-ship' });
    } finally {
      await server.stop();
    }
    // A version it does not list may have other moves: not resumed.
    withHash('0123456789abcdef');
    server = await testServer({ dataDir });
    try {
      expect(server.restored).toEqual([]);
      expect(server.reports).toEqual([expect.stringMatching(/:1: the room's scenario "march-2019" has changed since the room was made; the room is not resumed$/)]);
    } finally {
      await server.stop();
    }
  });
});
