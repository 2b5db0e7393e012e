/** Every bad message and bad join gets a clear refusal and changes nothing. Real clients, loopback. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOIN_ERROR, type RefusedMessage, type ViewMessage, type WelcomeMessage } from '../../../src/protocol/index.ts';
import { host, joinSeat, lastView, messageId, testServer, waitFor, type Seated, type TestServer } from './helpers.ts';

let server: TestServer;
beforeAll(async () => {
  server = await testServer();
});
afterAll(async () => {
  await server.stop();
});

async function joinError(code: string, options: object, on = server): Promise<{ code: number; message: string }> {
  try {
    const seated = await joinSeat(on, code, options);
    await seated.box.room.leave();
  } catch (error) {
    return { code: (error as { code: number }).code, message: (error as Error).message };
  }
  throw new Error('the join was not refused');
}

function send(seat: Seated, message: object): void {
  seat.box.room.send('act', message);
}

const refusedFor = (seat: Seated, id: string | null, code: string) => waitFor<RefusedMessage>(seat.box, 'refused', (r) => r.replyTo === id && r.code === code);
const revision = (seat: Seated) => lastView(seat.box)?.revision;

async function classroomOf(): Promise<{ facilitator: Seated; us: Seated; code: string }> {
  const facilitator = await host(server);
  const code = facilitator.welcome.room;
  const us = await joinSeat(server, code, { seat: { kind: 'team', team: 'a' } });
  return { facilitator, us, code };
}

describe('seat tokens', () => {
  it('should refuse a tampered token, and a token of another room', async () => {
    const { us, code } = await classroomOf();
    const token = us.welcome.seatToken as string;
    const tampered = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
    const refused = await joinError(code, { seatToken: tampered });
    expect(refused).toEqual({ code: JOIN_ERROR.tokenInvalid, message: `This seat token does not open room ${code}: join again with the room code.` });
    const other = await host(server);
    expect((await joinError(other.welcome.room, { seatToken: token })).code).toBe(JOIN_ERROR.tokenInvalid);
    expect((await joinError(code, { seatToken: 'no-dot-at-all' })).code).toBe(JOIN_ERROR.tokenInvalid);
    // The real token still opens the seat.
    const back = await joinSeat(server, code, { seatToken: token });
    expect(back.welcome.seat).toEqual({ kind: 'team', team: 'a' });
  });

  it('should refuse a taken team seat, an unknown team, a wrong facilitator code and a malformed request', async () => {
    const { facilitator, code } = await classroomOf();
    expect(await joinError(code, { seat: { kind: 'team', team: 'a' } })).toEqual({ code: JOIN_ERROR.seatTaken, message: "Team A's seat is taken by another device: ask the facilitator to free it." });
    expect((await joinError(code, { seat: { kind: 'team', team: 'zz' } })).code).toBe(JOIN_ERROR.unknownTeam);
    expect((await joinError(code, { seat: { kind: 'facilitator', code: 'WRONGCODE' } })).code).toBe(JOIN_ERROR.facilitatorCode);
    expect((await joinError(code, { seat: { kind: 'boss' } })).code).toBe(JOIN_ERROR.invalid);
    const second = await joinSeat(server, code, { seat: { kind: 'facilitator', code: facilitator.welcome.facilitatorCode } });
    expect(second.welcome.seat).toEqual({ kind: 'facilitator' });
    expect(second.welcome.facilitatorCode).toBe(facilitator.welcome.facilitatorCode);
  });
});

describe('messages', () => {
  it('should act on a message once: a replayed one is refused and changes nothing', async () => {
    const { us, code } = await classroomOf();
    const id = messageId();
    send(us, { id, room: code, intent: { type: 'draft', moves: { us: 'meet-at-summit' } } });
    await waitFor<ViewMessage>(us.box, 'view', (v) => v.replyTo === id);
    const before = revision(us);
    send(us, { id, room: code, intent: { type: 'draft', moves: { us: 'seize-cargo-ship' } } });
    expect(await refusedFor(us, id, 'message.replayed')).toMatchObject({ message: 'This message was already received; it is not acted on twice.' });
    expect(revision(us)).toBe(before);
    expect(lastView(us.box)?.draft).toEqual({ us: 'meet-at-summit' });
  });

  it('should refuse a message for another room, in either room', async () => {
    const { us, code } = await classroomOf();
    const other = await host(server);
    const id = messageId();
    send(us, { id, room: other.welcome.room, intent: { type: 'commit', moves: { us: 'meet-at-summit' } } });
    const refused = await refusedFor(us, id, 'message.wrong-room');
    expect(refused.message).toBe(`This message is for room ${other.welcome.room}, not room ${code}: nothing was done.`);
    // With its values, for the device to say it in its own language.
    expect(refused.values).toEqual({ to: other.welcome.room, room: code });
    expect((lastView(us.box)?.file.classroom as { pending: object }).pending).toEqual({});
    expect(other.box.messages.some((m) => m.type === 'view' && (m.message as ViewMessage).revision !== lastView(other.box)?.revision)).toBe(false);
  });

  it('should refuse an oversize message, a malformed one and an unknown type', async () => {
    const { facilitator, code } = await classroomOf();
    const big = messageId();
    send(facilitator, { id: big, room: code, intent: { type: 'pause', reason: 'x'.repeat(20_000) } });
    const large = await refusedFor(facilitator, big, 'message.too-large');
    expect(large.message).toBe(`This message is too large (${large.values.size} characters; at most 16000).`);
    expect(large.values).toEqual({ size: expect.any(Number), limit: 16000 });
    const bad = messageId();
    send(facilitator, { id: bad, room: code, intent: { type: 'pause' } });
    expect((await refusedFor(facilitator, bad, 'message.invalid')).message).toBe('This message is not one the room understands: intent.reason: Invalid input: expected string, received undefined.');
    facilitator.box.room.send('hack', { anything: true });
    expect((await refusedFor(facilitator, null, 'message.unknown-type')).message).toBe('This room does not take messages of type "hack".');
    expect((lastView(facilitator.box)?.file.classroom as { paused: boolean }).paused).toBe(false);
  });

  it('should refuse a flood of messages from one device', async () => {
    const { us, code } = await classroomOf();
    const ids = Array.from({ length: 60 }, () => messageId());
    for (const id of ids) send(us, { id, room: code, intent: { type: 'draft', moves: { us: 'meet-at-summit' } } });
    await refusedFor(us, null, 'message.rate-limited');
    await waitFor<ViewMessage>(us.box, 'view', (v) => v.replyTo === ids[19]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const answered = us.box.messages.filter((m) => m.type === 'view' && ids.includes((m.message as ViewMessage).replyTo ?? '')).length;
    expect(answered).toBeGreaterThanOrEqual(20);
    expect(answered).toBeLessThan(30);
    // A refusal a second at most, not one per message refused.
    expect(us.box.messages.filter((m) => m.type === 'refused').length).toBeLessThanOrEqual(2);
  });

  it('should refuse seats acting out of turn with the rules\' words', async () => {
    const { us, code } = await classroomOf();
    const projector = await joinSeat(server, code, { seat: { kind: 'observer' } });
    const watch = messageId();
    send(projector, { id: watch, room: code, intent: { type: 'commit', moves: { us: 'meet-at-summit' } } });
    expect((await refusedFor(projector, watch, 'seat.observer')).message).toBe('This device only watches the exercise: take a team seat to play.');
    const reveal = messageId();
    send(us, { id: reveal, room: code, intent: { type: 'reveal' } });
    expect((await refusedFor(us, reveal, 'seat.facilitator-only')).message).toBe('Only the facilitator can do that (reveal).');
    const foreign = messageId();
    send(us, { id: foreign, room: code, intent: { type: 'commit', moves: { dprk: 'nuclear-test' } } });
    expect(await refusedFor(us, foreign, 'seat.not-yours')).toMatchObject({ values: { actors: 'DPRK' }, message: 'Your team does not play DPRK.' });
  });
});

describe('the facilitator\'s devices console', () => {
  it('should kick a device (its token stops working, its seat is free) and reseat another', async () => {
    const { facilitator, us, code } = await classroomOf();
    const kick = messageId();
    send(facilitator, { id: kick, room: code, intent: { type: 'device.kick', device: us.welcome.device, reason: 'wrong group' } });
    await waitFor(us.box, 'refused', (r: RefusedMessage) => r.code === 'device.kicked');
    expect((await joinError(code, { seatToken: us.welcome.seatToken })).code).toBe(JOIN_ERROR.kicked);
    const projector = await joinSeat(server, code, { seat: { kind: 'observer' } });
    const reseat = messageId();
    send(facilitator, { id: reseat, room: code, intent: { type: 'device.reseat', device: projector.welcome.device, seat: { kind: 'team', team: 'a' }, reason: 'the US team\'s tablet' } });
    const welcome = await waitFor<WelcomeMessage>(projector.box, 'welcome', (w) => w.seat.kind === 'team');
    expect(welcome).toMatchObject({ seat: { kind: 'team', team: 'a' }, seatToken: null });
    const id = messageId();
    send(projector, { id, room: code, intent: { type: 'draft', moves: { us: 'meet-at-summit' } } });
    expect((await waitFor<ViewMessage>(projector.box, 'view', (v) => v.replyTo === id)).draft).toEqual({ us: 'meet-at-summit' });
  });

  it('should refuse the devices console to a team', async () => {
    const { facilitator, us, code } = await classroomOf();
    const id = messageId();
    send(us, { id, room: code, intent: { type: 'device.kick', device: facilitator.welcome.device, reason: 'mutiny' } });
    expect((await refusedFor(us, id, 'seat.facilitator-only')).message).toBe('Only the facilitator can do that (device.kick).');
  });
});
