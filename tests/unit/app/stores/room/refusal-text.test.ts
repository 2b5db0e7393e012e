/**
 * The room's refusals in the device's language: every code has its message in every catalogue,
 * the English catalogue says what the server says, Korean says it in Korean with the room's names,
 * and what the app cannot word (a newer code, values missing, not a refusal at all) never breaks it.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../../../../src/app/lib/words/catalogues/en.json';
import ko from '../../../../../src/app/lib/words/catalogues/ko.json';
import { createWords, english, loadCatalogue, loadLazyMessages, type Words } from '../../../../../src/app/lib/words/index.ts';
import { readRefused, REFUSAL_KEYS, refusalText } from '../../../../../src/app/stores/room/refusal-text.ts';
import { commitProblem } from '../../../../../src/engine/classroom/index.ts';
import { startTimeline, type ClosedMove } from '../../../../../src/engine/index.ts';
import { REFUSAL_CODES, type RefusedMessage } from '../../../../../src/protocol/index.ts';
import type { RoomRefusal } from '../../../../../src/server/exercise.ts';
import { messageRefusalWords, refusalWords, type MessageRefusal, type WordedRefusal } from '../../../../../src/server/refusal-words.ts';
import { loadTranslation, translateScenario, type Scenario } from '../../../../../src/scenario/index.ts';
import { shipped, twoTeams } from '../../../classroom/fixtures.ts';

const scenario = shipped('march-2019');
const timeline = startTimeline(scenario);
const settings = twoTeams(timeline);

/** The rules' own refusal of a move closed on the first day: staff go back only once they have left. */
function closedAtStart(actor: string, move: string): RoomRefusal {
  const problem = commitProblem(timeline, timeline.root, actor, move);
  if (!problem?.closed) throw new Error(`${actor}/${move} is not closed at the start`);
  return { code: 'move.closed', closed: problem.closed, message: problem.message };
}
const refused = (worded: WordedRefusal): RefusedMessage => ({ room: 'ABC234', replyTo: 'm1', ...worded });

// One of each refusal the room sends, through the server's own words.
const MESSAGE_REFUSALS: readonly MessageRefusal[] = [
  { code: 'message.unknown-type', type: 'chat' },
  { code: 'message.rate-limited' },
  { code: 'message.too-large', size: 70000, limit: 65536 },
  { code: 'message.invalid', problem: 'intent.reason: expected string' },
  { code: 'message.wrong-room', to: 'XYZ789', room: 'ABC234' },
  { code: 'storage.failed' },
  { code: 'device.kicked' },
];
const ROOM_REFUSALS: readonly RoomRefusal[] = [
  { code: 'message.replayed' },
  { code: 'device.unknown', device: 'd-42' },
  { code: 'seat.taken', team: 'a' },
  { code: 'seat.facilitator-only', intent: 'reveal' },
  { code: 'seat.observer' },
  { code: 'seat.team-only', intent: 'commit' },
  { code: 'seat.unknown-team', team: 'zz' },
  { code: 'seat.not-yours', actors: ['us', 'dprk'] },
  { code: 'seat.not-your-turn', team: 'b' },
  { code: 'seat.not-your-turn', team: null },
  { code: 'exercise.ended' },
  { code: 'classroom.none' },
  closedAtStart('dprk', 'send-some-staff-back'),
  { code: 'engine', message: 'Give a short reason: it goes into the session log.' },
  { code: 'node.unknown', id: 99 },
];
const ALL: readonly RefusedMessage[] = [...MESSAGE_REFUSALS.map((r) => refused(messageRefusalWords(r))), ...ROOM_REFUSALS.map((r) => refused(refusalWords(r, scenario, settings)))];

let korean: Words;
let inKorean: Scenario;
beforeAll(async () => {
  const checked = loadTranslation(readFileSync('scenarios/translations/march-2019.ko.yaml', 'utf8'), 'march-2019.ko.yaml', scenario);
  if (!checked.ok) throw new Error('the Korean translation of march-2019 does not load');
  inKorean = translateScenario(scenario, checked.translation);
  await loadLazyMessages();
  korean = createWords('ko', await loadCatalogue('ko'));
});

describe('the catalogues of refusals', () => {
  it.each(REFUSAL_CODES)('should word %s in English and in Korean, under network.refusal.<code> (a closed move as the move list does)', (code) => {
    const key = REFUSAL_KEYS[code];
    expect(key).toBe(code === 'move.closed' ? 'closed.move' : `network.refusal.${code}`);
    expect(en).toHaveProperty([key]);
    expect(ko).toHaveProperty([key]);
  });

  it('should have a sample here of every code the room sends', () => {
    expect(new Set(ALL.map((r) => r.code))).toEqual(new Set(REFUSAL_CODES));
  });
});

describe('a refusal from the room', () => {
  it.each(ALL.map((r) => [r.code, r] as const))('%s: should read in English exactly as the server says it', (_code, r) => {
    expect(refusalText(english, r, scenario)).toBe(r.message);
  });

  it("should read in Korean with the room's team and actor names", () => {
    const text = (r: RoomRefusal) => refusalText(korean, refused(refusalWords(r, scenario, settings)), scenario);
    expect(text({ code: 'seat.not-your-turn', team: 'b' })).toBe('지금은 Team B의 차례입니다.');
    expect(text({ code: 'seat.not-your-turn', team: null })).toBe('지금은 둘 차례인 팀이 없습니다.');
    expect(text({ code: 'seat.not-yours', actors: ['us'] })).toBe('우리 팀은 US을(를) 맡지 않았습니다.');
    expect(text({ code: 'seat.taken', team: 'a' })).toBe('Team A의 자리는 다른 기기가 차지하고 있습니다: 진행자에게 자리를 비워 달라고 하세요.');
    expect(text({ code: 'exercise.ended' })).toBe('진행자가 연습을 끝냈습니다.');
    expect(refusalText(korean, refused(messageRefusalWords({ code: 'message.too-large', size: 70000, limit: 65536 })), scenario)).toBe('메시지가 너무 큽니다(70000자, 최대 65536자).');
  });

  it("should say why the rules close a move in Korean, from the room's ids and this device's scenario", () => {
    const closed = refused(refusalWords(closedAtStart('dprk', 'send-some-staff-back'), scenario, settings));
    expect(closed.message).toBe('"Send some staff back" is closed for DPRK: requires DPRK Kaesong liaison office: Withdrawn; it is Staffed.');
    expect(closed.closed).toEqual({ actor: 'dprk', move: 'send-some-staff-back', reason: { code: 'requires', requires: [{ kind: 'is', posture: 'dprk.liaison', levels: ['withdrawn'] }], now: [{ posture: 'dprk.liaison', level: 'staffed' }] } });
    expect(refusalText(korean, closed, scenario)).toBe('DPRK의 "Send some staff back"은(는) 지금 할 수 없습니다: 필요 조건: DPRK Kaesong liaison office: Withdrawn; 현재 Staffed.');
    // With the scenario's Korean translation, its names are Korean too.
    expect(refusalText(korean, closed, inKorean)).toBe('북한의 "일부 인력 복귀"은(는) 지금 할 수 없습니다: 필요 조건: 북한 개성 연락사무소: 철수; 현재 상주.');
    // Through the wire's check: what the room sent, read back, words the same.
    expect(refusalText(korean, readRefused(JSON.parse(JSON.stringify(closed))) as RefusedMessage, scenario)).toBe(refusalText(korean, closed, scenario));
  });

  it("should read a closed move in the room's English when the device has no scenario yet, or the ids are not in it", () => {
    const closed = refused(refusalWords(closedAtStart('dprk', 'send-some-staff-back'), scenario, settings));
    expect(refusalText(korean, closed, null)).toBe(closed.message);
    const stranger: ClosedMove = { actor: 'dprk', move: 'send-some-staff-back', reason: { code: 'requires', requires: [{ kind: 'is', posture: 'dprk.nothing', levels: ['x'] }], now: [] } };
    expect(refusalText(korean, { ...closed, closed: stranger }, scenario)).toBe(closed.message);
    expect(readRefused({ ...closed, closed: { actor: 'dprk', move: 'x', reason: { code: 'requires', requires: 'all' } } })).toBeNull();
  });

  it("should keep the classroom rules' other explanations, which are English in every language", () => {
    const engine = refused(refusalWords({ code: 'engine', message: 'Give a short reason: it goes into the session log.' }, scenario, settings));
    expect(refusalText(korean, engine, scenario)).toBe('Give a short reason: it goes into the session log.');
  });

  it("should read in the room's English when this app cannot word it: a code it does not know, or values missing", () => {
    const newer = { room: 'ABC234', replyTo: null, code: 'seat.asleep', values: {}, message: 'The seat is asleep.' } as unknown as RefusedMessage;
    expect(refusalText(korean, newer, scenario)).toBe('The seat is asleep.');
    // An older server sends no values: a message that needs none is still worded, one that needs them is not.
    const older = (code: string, message: string) => readRefused({ room: 'ABC234', replyTo: null, code, message }) as RefusedMessage;
    expect(refusalText(korean, older('exercise.ended', 'The facilitator has ended the exercise.'), scenario)).toBe('진행자가 연습을 끝냈습니다.');
    expect(refusalText(korean, older('seat.taken', "Team A's seat is taken by another device: ask the facilitator to free it."), scenario)).toBe("Team A's seat is taken by another device: ask the facilitator to free it.");
  });

  it('should not take what is not a refusal', () => {
    expect(readRefused(null)).toBeNull();
    expect(readRefused('refused')).toBeNull();
    expect(readRefused({ room: 'ABC234', replyTo: null, code: 'exercise.ended' })).toBeNull();
    expect(readRefused({ room: 'ABC234', replyTo: null, code: 'seat.taken', values: { team: { name: 'A' } }, message: 'taken' })).toBeNull();
    expect(readRefused({ room: 'ABC234', replyTo: 'm1', code: 'seat.taken', values: { team: 'Team A' }, message: 'taken' })).toEqual({ room: 'ABC234', replyTo: 'm1', code: 'seat.taken', values: { team: 'Team A' }, message: 'taken' });
  });
});
