// @vitest-environment jsdom
/** A room that cannot be reached or does not exist is worded in the language chosen, when it happens. */
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorCode } from 'colyseus.js';
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
    // The server's own refusal keeps the server's words.
    const taken = Object.assign(new Error("Team A's seat is taken by another device: ask the facilitator to free it."), { code: 4409 });
    expect(failureOf(taken, url, 'ABC234')).toMatchObject({ kind: 'refused', code: 4409, message: taken.message });
  });
});
