/**
 * The engine's codes in words: closed and void reasons, and every kind of session log record,
 * read exactly as the English the engine used to write (version 1 of the classroom file).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explainClosed, explainClosedMove, PASS, startTimeline, type ClosedReason } from '../../../../../src/engine/index.ts';
import { initialState, step } from '../../../../../src/engine/session/index.ts';
import { refusalText } from '../../../../../src/app/stores/session/session-words.ts';
import { classroomStep, COMPUTER, startClassroom, type Classroom, type ClassroomAction, type ClassroomSettings } from '../../../../../src/engine/classroom/index.ts';
import { conditionTerm, describeCondition, explainFailure, unmetCondition } from '../../../../../src/scenario/conditions.ts';
import type { Condition } from '../../../../../src/scenario/types.ts';
import { english } from '../../../../../src/app/lib/words/index.ts';
import { closedMoveText, closedText, conditionText, unmetText, voidText } from '../../../../../src/app/lib/words/conditions.ts';
import { logLines, shipped, T0 } from '../../../classroom/fixtures.ts';
import { BASE, FAILURE_CASES } from '../../../scenario/condition-cases.ts';
import { liaison } from '../../../engine/load-fixture.ts';

describe('closed reasons in words', () => {
  const scenario = liaison();
  const base = BASE;
  const cases: (readonly [string, Condition, string])[] = [
    ...FAILURE_CASES,
    ['not oneOf', { not: { posture: 'us.sanctions', oneOf: ['standing', 'expanded'] } }, 'requires US sanctions: neither standing nor expanded; it is standing'],
    ['not atLeast', { not: { posture: 'us.sanctions', atLeast: 'standing' } }, 'requires US sanctions: below standing; it is standing'],
    ['not atMost', { not: { posture: 'us.sanctions', atMost: 'standing' } }, 'requires US sanctions: above standing; it is standing'],
  ];

  it.each(cases)('should word %s as the engine does', (_name, condition, text) => {
    const unmet = unmetCondition(scenario, condition, base);
    if (!unmet) throw new Error('the condition holds');
    expect(unmetText(english, scenario, unmet)).toBe(text);
    expect(explainFailure(scenario, condition, base)).toBe(text);
  });

  it('should word nested groups in brackets', () => {
    const condition: Condition = { all: [{ posture: 'us.talks', is: 'open' }, { any: [{ posture: 'dprk.testing', is: 'testing' }, { posture: 'us.sanctions', is: 'relief' }] }] };
    expect(conditionText(english, scenario, conditionTerm(condition))).toBe('US talks: open and (DPRK missile testing: testing or US sanctions: relief)');
    expect(conditionText(english, scenario, conditionTerm(condition))).toBe(describeCondition(scenario, condition));
  });

  it('should word the game being over and another actor to move', () => {
    const reasons: ClosedReason[] = [
      { code: 'game-over', outcomes: [scenario.outcomes[0]?.id ?? ''] },
      { code: 'not-your-turn', next: ['dprk'] },
    ];
    expect(closedText(english, scenario, reasons[1] as ClosedReason)).toBe("it is DPRK's turn");
    for (const reason of reasons) expect(closedText(english, scenario, reason)).toBe(explainClosed(scenario, reason));
  });

  it('should word a move the rules refuse as the engine does, also where the machine gives no reason', () => {
    const timeline = startTimeline(scenario);
    const refused = (actor: string, move: string) => step(initialState({ id: 's', name: 's', scenario, timeline }), { type: 'move.play', move: { actor, move } });
    // Cancelling sanctions needs them expanded; they stand at the start. DPRK is not next.
    for (const [actor, move] of [['us', 'cancel-sanctions'], ['dprk', 'withdraw-liaison']] as const) {
      const result = refused(actor, move);
      if (result.ok || result.refusal.code !== 'move.closed') throw new Error(`${actor} ${move} was not refused as closed`);
      expect(refusalText(english, result.refusal, scenario)).toBe(explainClosedMove(scenario, result.refusal.closed));
    }
    const closed = { actor: 'dprk', move: 'withdraw-liaison', reason: null };
    expect(closedMoveText(english, scenario, closed)).toBe(explainClosedMove(scenario, closed));
    const notYours = { actor: 'dprk', move: 'withdraw-liaison', reason: { code: 'not-your-turn', next: ['us'] } } as const;
    expect(closedMoveText(english, scenario, notYours)).toBe(explainClosedMove(scenario, notYours));
  });

  it('should word void moves', () => {
    const unmet = unmetCondition(scenario, { posture: 'dprk.liaison', is: 'staffed' }, base);
    if (!unmet) throw new Error('the condition holds');
    expect(voidText(english, scenario, { code: 'closed-earlier', reason: { code: 'requires', ...unmet } })).toBe('an earlier move this round closed it (requires DPRK liaison office: staffed; it is withdrawn)');
    expect(voidText(english, scenario, { code: 'closed-earlier', reason: null })).toBe('an earlier move this round closed it (no longer open)');
    expect(voidText(english, scenario, { code: 'legacy', text: 'as it was written' })).toBe('as it was written');
  });
});

interface SavedV1 {
  readonly classroom: { readonly log: readonly { who: string; action: string; reason: string | null }[] };
}
const v1 = (JSON.parse(readFileSync('tests/fixtures/classroom-v1.json', 'utf8')) as { sessions: SavedV1[] }).sessions;

/** The sessions of tests/fixtures/classroom-v1.json, played again by this version (same settings, clock and actions). */
function replayed(): Classroom[] {
  const play = (id: 'march-2019' | 'tutorial', settings: Omit<ClassroomSettings, 'start'>, actions: readonly ClassroomAction[]): Classroom => {
    const timeline = startTimeline(shipped(id));
    const first = startClassroom(timeline, { ...settings, start: timeline.root }, T0);
    if (!first.ok) throw new Error(first.error);
    let c: Classroom = first;
    actions.forEach((action, i) => {
      const r = classroomStep(c, action, T0 + (i + 1) * 1000);
      if (!r.ok) throw new Error(`${action.type}: ${r.error}`);
      c = r;
    });
    return c;
  };
  const round = (a: Record<string, string>, b: Record<string, string>, next = true): ClassroomAction[] => [
    { type: 'take-screen' },
    { type: 'commit', moves: a },
    { type: 'take-screen' },
    { type: 'commit', moves: b },
    { type: 'reveal' },
    ...(next ? [{ type: 'next-round' } as const] : []),
  ];
  const simultaneous = play(
    'march-2019',
    { teams: [{ id: 'a', name: 'Hawks' }, { id: 'b', name: 'Doves' }], assignment: { us: 'a', dprk: 'b', rok: 'b' }, facilitator: 'Ms Rivera', turnMode: 'simultaneous', timerSeconds: 90, seed: 7 },
    [
      ...round({ us: 'endorse-food-aid' }, { dprk: PASS, rok: 'send-food-aid' }),
      { type: 'inject-event', event: 0, reason: 'What really happened first' },
      { type: 'override', override: { actor: 'dprk', posture: 'liaison', level: 'withdrawn' }, reason: 'What if the office emptied?' },
      { type: 'undo', reason: 'Back to the class line' },
      { type: 'pause', reason: 'Fire drill' },
      { type: 'resume', reason: 'Back from the drill' },
      { type: 'undo', reason: 'Skip the summit' },
      { type: 'take-screen' },
      { type: 'commit', moves: { us: 'break-off-talks' } },
      { type: 'undo', reason: 'Hawks want another go' },
      ...round({ us: 'break-off-talks' }, { dprk: 'rebuild-launch-site', rok: PASS }, false),
    ],
  );
  const alone = { teams: [{ id: 'a', name: 'Team A' }], assignment: { marenia: 'a', tolvany: COMPUTER }, turnMode: 'alternating', timerSeconds: null, seed: 3 } as const;
  const alternating = play('tutorial', { ...alone, facilitator: null }, [{ type: 'take-screen' }, { type: 'play', actor: 'marenia', move: 'send-patrols' }]);
  const facilitated = play('tutorial', { ...alone, facilitator: 'Mr Okafor' }, [
    { type: 'take-screen' },
    { type: 'play', actor: 'marenia', move: 'send-patrols' },
    { type: 'inject', move: { actor: 'tolvany', move: 'reopen-trade' }, reason: 'A trade shock' },
    { type: 'undo', reason: 'Not yet' },
    { type: 'undo', reason: 'From the top' },
  ]);
  return [simultaneous, alternating, facilitated];
}

describe('the session log in words', () => {
  const sessions = replayed();
  const kinds = new Set(sessions.flatMap((c) => c.state.log.map((e) => e.kind)));

  it('should hold every kind of record in these sessions', () => {
    expect([...kinds].sort()).toEqual(['cleared', 'committed', 'injected', 'injected-event', 'override', 'paused', 'played', 'resumed', 'revealed', 'started', 'undid']);
  });

  // As version 1 wrote it, but for dates, which are now written in the reader's language (2019-02-27 → 27 Feb 2019).
  const readable = (action: string) => action.replace(/\b(\d{4}-\d{2}-\d{2})\b/g, (iso) => english.format.date(iso));
  it.each(sessions.map((c, i) => [i, c] as const))('should read session %d as version 1 wrote it, dates in words', (i, c) => {
    expect(logLines(c)).toEqual(v1[i]?.classroom.log.map(({ who, action, reason }) => ({ who, action: readable(action), reason })));
  });
});
