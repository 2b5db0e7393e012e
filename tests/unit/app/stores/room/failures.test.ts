// @vitest-environment jsdom
/** A room that cannot be reached, does not exist or refuses the join is worded in the language chosen, when it happens. */
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorCode } from 'colyseus.js';
import { JOIN_ERROR } from '../../../../../src/protocol/index.ts';
import { failureOf } from '../../../../../src/app/stores/room/failures.ts';
import { applyWords, createWords, english, loadCatalogue, loadLazyMessages } from '../../../../../src/app/lib/words/index.ts';
import type { SetupRefusal } from '../../../../../src/protocol/index.ts';

afterEach(() => applyWords(english));

describe('a failure to reach a room', () => {
  it('should be worded in English, then in Korean once Korean is chosen, keeping its kind and code', async () => {
    const url = 'http://127.0.0.1:8787';
    expect(failureOf(new Error('fetch failed'), url, 'ABC234')).toEqual({ kind: 'unreachable', message: `Cannot reach the exercise server at ${url}: check that this device is on the classroom's network, then try again.` });
    applyWords(createWords('ko', await loadCatalogue('ko')));
    expect(failureOf(new Error('fetch failed'), url, 'ABC234')).toEqual({ kind: 'unreachable', message: `${url}의 연습 서버에 연결할 수 없습니다: 이 기기가 교실 네트워크에 연결되어 있는지 확인한 뒤 다시 시도하세요.` });
    const missing = Object.assign(new Error('room "ABC234" not found'), { code: ErrorCode.MATCHMAKE_INVALID_ROOM_ID });
    expect(failureOf(missing, url, 'ABC234')).toEqual({ kind: 'refused', code: ErrorCode.MATCHMAKE_INVALID_ROOM_ID, message: '이 서버에는 방 코드가 ABC234인 연습이 없습니다: 코드를 확인하세요.' });
    // The server's join refusals are worded by their code, in the language chosen.
    const taken = Object.assign(new Error("Team A's seat is taken by another device: ask the facilitator to free it."), { code: JOIN_ERROR.seatTaken });
    expect(failureOf(taken, url, 'ABC234')).toEqual({ kind: 'refused', code: JOIN_ERROR.seatTaken, message: '다른 기기가 이미 그 팀 자리에 있습니다: 진행자에게 자리를 비워 달라고 하거나 다른 팀을 고르세요.' });
    const token = Object.assign(new Error('This seat token does not open room ABC234: join again with the room code.'), { code: JOIN_ERROR.tokenInvalid });
    expect(failureOf(token, url, 'ABC234')).toMatchObject({ message: '이 기기의 자리로는 더 이상 ABC234 방에 들어갈 수 없습니다: 방 코드로 다시 참가하세요.' });
    // A join that is not in the expected form keeps the server's words.
    const invalid = Object.assign(new Error('This is not a request to join a room: seat.kind: invalid input.'), { code: JOIN_ERROR.invalid });
    expect(failureOf(invalid, url, 'ABC234')).toEqual({ kind: 'refused', code: JOIN_ERROR.invalid, message: invalid.message });
    applyWords(english);
    expect(failureOf(taken, url, 'ABC234').message).toBe("That team's seat is taken by another device: ask the facilitator to free it, or choose another team.");
    // Every join refusal code has its words in both catalogues.
    for (const code of Object.values(JOIN_ERROR).filter((c) => c !== JOIN_ERROR.invalid && c !== JOIN_ERROR.setup)) {
      const error = Object.assign(new Error('server words'), { code });
      expect(failureOf(error, url, 'ABC234').message).not.toBe('server words');
    }
  });
});

describe('an exercise the server cannot set up', () => {
  const url = 'http://127.0.0.1:8787';
  const setup = (refusal: SetupRefusal) => Object.assign(new Error(JSON.stringify(refusal)), { code: JOIN_ERROR.setup });
  const settings = setup({
    code: 'settings',
    values: {},
    problems: [
      { code: 'no-team', values: {} },
      { code: 'timer-range', values: { min: 10, max: 3600 } },
    ],
    message: 'The exercise cannot be set up: Add at least one team. The turn timer must be a whole number of seconds from 10 to 3600 (one hour).',
  });
  const scenario = setup({ code: 'no-scenario', values: { scenario: 'sahel-2024' }, problems: [], message: 'This server has no scenario "sahel-2024": update the server, or host your own copy of the scenario.' });
  const invalid = setup({ code: 'invalid', values: { problem: 'settings.seed: expected number' }, problems: [], message: 'The exercise cannot be set up: settings.seed: expected number.' });
  const broken = setup({ code: 'scenario-broken', values: { count: 1, problems: 'scenario.yaml:3:1: meta.id: missing — add an id' }, problems: [], message: 'This scenario does not load (1 problem):\nscenario.yaml:3:1: meta.id: missing — add an id' });

  it("should read in English as the server says it, and in Korean by its code and values", async () => {
    await loadLazyMessages();
    for (const error of [settings, scenario, invalid, broken]) {
      const sent = JSON.parse(error.message) as SetupRefusal;
      expect(failureOf(error, url, null)).toEqual({ kind: 'refused', code: JOIN_ERROR.setup, message: sent.message });
    }
    applyWords(createWords('ko', await loadCatalogue('ko')));
    expect(failureOf(settings, url, null).message).toBe('연습을 준비할 수 없습니다: 팀을 하나 이상 추가하세요. 차례 타이머는 10초에서 3600초(한 시간) 사이의 정수여야 합니다.');
    expect(failureOf(scenario, url, null).message).toBe('이 서버에는 시나리오 "sahel-2024"이(가) 없습니다: 서버를 업데이트하거나, 시나리오 파일을 직접 올려 방을 여세요.');
    expect(failureOf(invalid, url, null).message).toBe('연습을 준비할 수 없습니다: settings.seed: expected number.');
    expect(failureOf(broken, url, null).message).toBe('이 시나리오를 불러올 수 없습니다(문제 1개):\nscenario.yaml:3:1: meta.id: missing — add an id');
  });

  it("should keep the server's English when it is not a refusal this app can word", async () => {
    applyWords(createWords('ko', await loadCatalogue('ko')));
    const plain = Object.assign(new Error('The exercise cannot be set up.'), { code: JOIN_ERROR.setup });
    expect(failureOf(plain, url, null).message).toBe('The exercise cannot be set up.');
    const newer = setup({ code: 'settings', values: {}, problems: [{ code: 'team-asleep' as never, values: {} }], message: 'Team A is asleep.' });
    expect(failureOf(newer, url, null).message).toBe('Team A is asleep.');
    const noValues = setup({ code: 'no-scenario', values: {}, problems: [], message: 'This server has no scenario "x".' });
    expect(failureOf(noValues, url, null).message).toBe('This server has no scenario "x".');
  });
});
