/** The room store against a real server on loopback: host, join, act, come back after a drop and a restart, and say when the server is out of reach. */
import { describe, expect, it } from 'vitest';
import { HIDDEN_MOVE } from '../../../../../src/engine/session/index.ts';
import { createRoomStore, seatTokens, type RoomSnapshot, type RoomStore } from '../../../../../src/app/stores/room/index.ts';
import { JOIN_ERROR } from '../../../../../src/protocol/index.ts';
import { createWords, english, loadCatalogue, loadLazyMessages } from '../../../../../src/app/lib/words/index.ts';
import { setCurrentWords } from '../../../../../src/app/lib/words/words.ts';
import { createOptions, tempDir, testServer } from '../../../server/helpers.ts';
import { freePort } from '../../../server/processes.ts';

async function until(store: RoomStore, test: (s: RoomSnapshot) => boolean, ms = 8000): Promise<RoomSnapshot> {
  const deadline = Date.now() + ms;
  while (!test(store.getSnapshot())) {
    if (Date.now() > deadline) throw new Error(`the store did not get there within ${ms} ms: ${JSON.stringify(store.getSnapshot().status)}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return store.getSnapshot();
}

const { settings, scenario, name } = createOptions();
const pending = (s: RoomSnapshot) => s.view?.session.classroom?.pending;

describe('the room store', () => {
  it('should host, join, send intents and show each seat its own view', async () => {
    const server = await testServer();
    try {
      const facilitator = createRoomStore({ url: server.url, tokens: seatTokens(null) });
      expect(await facilitator.host({ scenario, settings, name })).toBe(true);
      const hosted = await until(facilitator, (s) => s.view !== null);
      expect(hosted.seat).toEqual({ kind: 'facilitator' });
      expect(hosted.facilitatorCode).toMatch(/^[A-Z2-9]{8}$/);
      const code = hosted.room as string;

      const us = createRoomStore({ url: server.url, tokens: seatTokens(null) });
      const dprk = createRoomStore({ url: server.url, tokens: seatTokens(null) });
      expect(await us.join(code.toLowerCase(), { kind: 'team', team: 'a' })).toBe(true);
      expect(await dprk.join(code, { kind: 'team', team: 'b' })).toBe(true);
      await until(us, (s) => s.view !== null);
      const id = us.act({ type: 'commit', moves: { us: 'seize-cargo-ship' } });
      expect(id).toEqual(expect.any(String));
      expect(pending(await until(us, (s) => pending(s)?.us !== undefined))).toEqual({ us: 'seize-cargo-ship' });
      expect(pending(await until(dprk, (s) => pending(s)?.us !== undefined))).toEqual({ us: HIDDEN_MOVE });
      expect(pending(await until(facilitator, (s) => pending(s)?.us !== undefined))).toEqual({ us: 'seize-cargo-ship' });

      const wrong = dprk.act({ type: 'commit', moves: { us: 'meet-at-summit' } });
      const refused = await until(dprk, (s) => s.refusals.some((r) => r.replyTo === wrong));
      expect(refused.refusals.at(-1)).toMatchObject({ code: 'seat.not-yours', text: 'Your team does not play US.', message: 'Your team does not play US.' });
      for (const store of [facilitator, us, dprk]) await store.leave();
    } finally {
      await server.stop();
    }
  });

  it("should word the room's refusals in Korean when Korean is chosen, with the room's names", async () => {
    const server = await testServer();
    await loadLazyMessages();
    setCurrentWords(createWords('ko', await loadCatalogue('ko')));
    try {
      const facilitator = createRoomStore({ url: server.url, tokens: seatTokens(null) });
      expect(await facilitator.host({ scenario, settings: { ...settings, turnMode: 'alternating' }, name })).toBe(true);
      const code = (await until(facilitator, (s) => s.view !== null)).room as string;
      const dprk = createRoomStore({ url: server.url, tokens: seatTokens(null) });
      expect(await dprk.join(code, { kind: 'team', team: 'b' })).toBe(true);
      await until(dprk, (s) => s.view !== null);
      const theirs = dprk.act({ type: 'commit', moves: { us: 'meet-at-summit' } });
      const notYours = (await until(dprk, (s) => s.refusals.some((r) => r.replyTo === theirs))).refusals.at(-1);
      expect(notYours).toMatchObject({ code: 'seat.not-yours', text: '우리 팀은 US을(를) 맡지 않았습니다.', message: 'Your team does not play US.' });
      const early = dprk.act({ type: 'play', actor: 'dprk', move: 'test-tactical-weapon' });
      const turn = (await until(dprk, (s) => s.refusals.some((r) => r.replyTo === early))).refusals.at(-1);
      expect(turn).toMatchObject({ code: 'seat.not-your-turn', text: '지금은 Team A의 차례입니다.' });
      // A move the rules close: why, in Korean, with the scenario's Korean names (its shipped translation).
      const shut = dprk.act({ type: 'draft', moves: { dprk: 'send-some-staff-back' } });
      const closed = (await until(dprk, (s) => s.refusals.some((r) => r.replyTo === shut))).refusals.at(-1);
      expect(closed).toMatchObject({
        code: 'move.closed',
        text: '북한의 "일부 인력 복귀"은(는) 지금 할 수 없습니다: 필요 조건: 북한 개성 연락사무소: 철수; 현재 상주.',
        message: '"Send some staff back" is closed for DPRK: requires DPRK Kaesong liaison office: Withdrawn; it is Staffed.',
      });
      for (const store of [facilitator, dprk]) await store.leave();
    } finally {
      setCurrentWords(english);
      await server.stop();
    }
  });

  it('should say in Korean why the server cannot set the exercise up: its scenario, or its settings', async () => {
    const server = await testServer();
    await loadLazyMessages();
    setCurrentWords(createWords('ko', await loadCatalogue('ko')));
    try {
      const store = createRoomStore({ url: server.url, tokens: seatTokens(null) });
      expect(await store.host({ scenario: { kind: 'shipped', id: 'sahel-2024' }, settings, name })).toBe(false);
      expect(store.getSnapshot().status).toEqual({ kind: 'refused', code: JOIN_ERROR.setup, message: '이 서버에는 시나리오 "sahel-2024"이(가) 없습니다: 서버를 업데이트하거나, 시나리오 파일을 직접 올려 방을 여세요.' });
      expect(await store.host({ scenario, settings: { ...settings, timerSeconds: 5 }, name })).toBe(false);
      expect(store.getSnapshot().status).toEqual({ kind: 'refused', code: JOIN_ERROR.setup, message: '연습을 준비할 수 없습니다: 차례 타이머는 10초에서 3600초(한 시간) 사이의 정수여야 합니다.' });
      setCurrentWords(english);
      expect(await store.host({ scenario, settings: { ...settings, timerSeconds: 5 }, name })).toBe(false);
      expect(store.getSnapshot().status).toMatchObject({ message: 'The exercise cannot be set up: The turn timer must be a whole number of seconds from 10 to 3600 (one hour).' });
    } finally {
      setCurrentWords(english);
      await server.stop();
    }
  });

  it('should say why a join is refused', async () => {
    const server = await testServer();
    try {
      const store = createRoomStore({ url: server.url, tokens: seatTokens(null) });
      expect(await store.join('not a code', { kind: 'observer' })).toBe(false);
      expect(store.getSnapshot().status).toEqual({ kind: 'refused', code: JOIN_ERROR.invalid, message: '"not a code" is not a room code: it has 6 letters and digits.' });
      expect(await store.join('ABC234', { kind: 'observer' })).toBe(false);
      expect(store.getSnapshot().status).toMatchObject({ kind: 'refused', message: 'No exercise with the room code ABC234 is running on this server: check the code.' });
    } finally {
      await server.stop();
    }
  });

  it('should say plainly, and soon, that a server cannot be reached', async () => {
    const port = await freePort();
    const store = createRoomStore({ url: `http://127.0.0.1:${port}`, tokens: seatTokens(null), timeoutMs: 2000 });
    expect(await store.join('ABC234', { kind: 'observer' })).toBe(false);
    expect(store.getSnapshot().status).toEqual({
      kind: 'unreachable',
      message: `Cannot reach the exercise server at http://127.0.0.1:${port}: check that this device is on the classroom's network, then try again.`,
    });
  });

  it('should come back to its seat and draft after the server restarts, and give up after its retries when it does not', async () => {
    const dataDir = tempDir();
    let server = await testServer({ dataDir });
    const { port } = server;
    const tokens = seatTokens(null);
    const facilitator = createRoomStore({ url: server.url, tokens: seatTokens(null) });
    await facilitator.host({ scenario, settings, name });
    const code = (await until(facilitator, (s) => s.view !== null)).room as string;
    const us = createRoomStore({ url: server.url, tokens, retries: 8, retryDelayMs: 100, timeoutMs: 2000 });
    await us.join(code, { kind: 'team', team: 'a' });
    await until(us, (s) => s.view !== null);
    const draft = us.act({ type: 'draft', moves: { us: 'seize-cargo-ship' } });
    await until(us, (s) => s.view?.draft !== null);
    expect(draft).not.toBeNull();

    await server.stop();
    await until(us, (s) => s.status.kind === 'reconnecting');
    server = await testServer({ dataDir, port });
    try {
      const back = await until(us, (s) => s.status.kind === 'connected', 15_000);
      expect(back.seat).toEqual({ kind: 'team', team: 'a' });
      expect(back.view?.draft).toEqual({ us: 'seize-cargo-ship' });
      // Another page of the same browser (same tokens) resumes the seat; the newest connection holds it.
      const again = createRoomStore({ url: server.url, tokens });
      expect(await again.resume(code)).toBe(true);
      expect((await until(again, (s) => s.view !== null)).view?.draft).toEqual({ us: 'seize-cargo-ship' });
      expect((await until(us, (s) => s.status.kind === 'replaced')).status).toEqual({ kind: 'replaced' });
      await again.leave();
    } finally {
      await server.stop();
    }
    const lonely = createRoomStore({ url: server.url, tokens, retries: 2, retryDelayMs: 50, timeoutMs: 1000 });
    expect(await lonely.resume(code)).toBe(false);
    expect(lonely.getSnapshot().status.kind).toBe('unreachable');
  });
});
