import { describe, expect, it } from 'vitest';
import { startTimeline } from '../../../../src/engine/index.ts';
import { initialState, step, canTravel, type SessionAction, type SessionState } from '../../../../src/engine/session/index.ts';
import { shipped, T0, twoTeams } from '../../classroom/fixtures.ts';

function fresh(id: 'tutorial' | 'march-2019' = 'tutorial'): SessionState {
  const scenario = shipped(id);
  return initialState({ id: 's1', name: 'Class 3B', scenario, timeline: startTimeline(scenario) });
}

/** Applies actions through `step` alone, failing the test on a refusal. */
function play(state: SessionState, ...actions: SessionAction[]): SessionState {
  return actions.reduce((s, action, i) => {
    const result = step(s, action);
    expect(result.ok ? null : result.refusal, `action ${i + 1} (${action.type})`).toBeNull();
    return result.ok ? result.state : s;
  }, state);
}

const act = (action: Extract<SessionAction, { type: 'classroom.act' }>['action'], seconds: number): SessionAction => ({ type: 'classroom.act', action, now: T0 + seconds * 1000 });

describe('step: the one session model', () => {
  it('should play a full simultaneous classroom round with no React: setup, secret commits, reveal, next round', () => {
    const s0 = fresh();
    const settings = twoTeams(s0.timeline);
    let s = play(s0, { type: 'classroom.start', settings, now: T0 });
    expect(s.classroom?.phase).toEqual({ kind: 'handover', team: 'a' });
    s = play(s, act({ type: 'take-screen' }, 1), act({ type: 'commit', moves: { marenia: 'send-patrols' } }, 2));
    // Committed in secret: nothing is played yet, the commit waits in the round.
    expect(s.current).toBe(s.timeline.root);
    expect(s.classroom?.pending).toEqual({ marenia: 'send-patrols' });
    expect(s.classroom?.phase).toEqual({ kind: 'handover', team: 'b' });
    s = play(s, act({ type: 'take-screen' }, 3), act({ type: 'commit', moves: { tolvany: 'restrict-trade' } }, 4));
    expect(s.classroom?.phase).toEqual({ kind: 'ready' });
    s = play(s, act({ type: 'reveal' }, 5));
    expect(s.classroom?.phase).toEqual({ kind: 'revealed' });
    expect(s.classroom?.pending).toEqual({});
    // The board follows the class: the session's current node is the round's result.
    expect(s.current).toBe(s.classroom?.head);
    expect(s.timeline.postures(s.current)).toMatchObject({ marenia: { border: 'patrols' }, tolvany: { trade: 'restricted' } });
    s = play(s, act({ type: 'next-round' }, 6));
    expect(s.classroom?.phase).toEqual({ kind: 'handover', team: 'a' });
    expect(s.classroom?.steps).toHaveLength(1);
    expect(s.revision).toBeGreaterThan(s0.revision);
  });

  it('should refuse a commit before the team takes the screen, and the session undo while a classroom runs', () => {
    const s0 = fresh();
    const s = play(s0, { type: 'classroom.start', settings: twoTeams(s0.timeline), now: T0 });
    const early = step(s, act({ type: 'commit', moves: { marenia: 'send-patrols' } }, 1));
    expect(early).toMatchObject({ ok: false, refusal: { code: 'engine', message: /No team is choosing/ } });
    expect(step(s, { type: 'history.undo' })).toEqual({ ok: false, refusal: { code: 'history.classroom' } });
    expect(canTravel(s, 'undo')).toBe(false);
  });

  it('should run the facilitator actions with their reasons, the time passed in', () => {
    const s0 = fresh();
    let s = play(s0, { type: 'classroom.start', settings: twoTeams(s0.timeline), now: T0 });
    s = play(s, act({ type: 'pause', reason: 'fire drill' }, 10));
    expect(s.classroom?.paused).toBe(true);
    expect(s.classroom?.log.at(-1)).toMatchObject({ reason: 'fire drill', at: new Date(T0 + 10_000).toISOString() });
    expect(step(s, act({ type: 'take-screen' }, 11))).toMatchObject({ ok: false, refusal: { message: /paused/ } });
    s = play(s, act({ type: 'resume' }, 12), act({ type: 'inject', move: { actor: 'tolvany', move: 'restrict-trade' }, reason: 'news' }, 13));
    expect(s.timeline.postures(s.current).tolvany?.trade).toBe('restricted');
    s = play(s, act({ type: 'undo', reason: 'too early' }, 14));
    expect(s.current).toBe(s.timeline.root);
  });

  it('should refuse a classroom action when no classroom runs', () => {
    expect(step(fresh(), act({ type: 'reveal' }, 1))).toEqual({ ok: false, refusal: { code: 'classroom.none' } });
  });

  it('should undo and redo solo moves, with what was undone as a code', () => {
    const s0 = fresh();
    const played = play(s0, { type: 'move.play', move: { actor: 'marenia', move: 'send-patrols' } });
    expect(canTravel(played, 'undo')).toBe(true);
    const undone = step(played, { type: 'history.undo' });
    expect(undone).toMatchObject({ ok: true, notice: { code: 'history.undone', change: 'play' } });
    if (!undone.ok) return;
    expect(undone.state.current).toBe(s0.current);
    const redone = step(undone.state, { type: 'history.redo' });
    expect(redone).toMatchObject({ ok: true, notice: { code: 'history.redone', change: 'play' } });
    expect(redone.ok && redone.state.current).toBe(played.current);
  });

  it('should say which point does not exist, and never throw for a closed move', () => {
    expect(step(fresh(), { type: 'node.go', id: 4242 })).toEqual({ ok: false, refusal: { code: 'node.unknown', id: 4242 } });
    const closed = step(fresh(), { type: 'move.play', move: { actor: 'marenia', move: 'withdraw-patrols' } });
    // Why, as ids for the words layer, and in the engine's English.
    expect(closed).toMatchObject({ ok: false, refusal: { code: 'move.closed', closed: { actor: 'marenia', move: 'withdraw-patrols', reason: { code: 'requires' } }, message: /closed/ } });
  });
});
