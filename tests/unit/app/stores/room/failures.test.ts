// @vitest-environment jsdom
/** A room that cannot be reached, does not exist or refuses the join is worded in the language chosen, when it happens. */
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorCode } from 'colyseus.js';
import { JOIN_ERROR } from '../../../../../src/protocol/index.ts';
import { failureOf } from '../../../../../src/app/stores/room/failures.ts';
import { applyWords, createWords, english, loadCatalogue } from '../../../../../src/app/lib/words/index.ts';

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
    // A refusal whose words depend on what was sent keeps the server's words.
    const invalid = Object.assign(new Error('The exercise cannot be set up: teams: must list at least one team.'), { code: JOIN_ERROR.invalid });
    expect(failureOf(invalid, url, 'ABC234')).toEqual({ kind: 'refused', code: JOIN_ERROR.invalid, message: invalid.message });
    applyWords(english);
    expect(failureOf(taken, url, 'ABC234').message).toBe("That team's seat is taken by another device: ask the facilitator to free it, or choose another team.");
    // Every join refusal code has its words in both catalogues.
    for (const code of Object.values(JOIN_ERROR).filter((c) => c !== JOIN_ERROR.invalid)) {
      const error = Object.assign(new Error('server words'), { code });
      expect(failureOf(error, url, 'ABC234').message).not.toBe('server words');
    }
  });
});
