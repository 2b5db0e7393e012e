import { describe, expect, it } from 'vitest';
import { appSession as initialState, appSessionReducer as sessionReducer, type AppSessionEvent as SessionEvent, type AppSession as SessionState } from '../../../../../src/app/stores/session/index.ts';
import { liaisonInit } from '../../fixtures.ts';

const run = (state: SessionState, ...events: SessionEvent[]) => events.reduce(sessionReducer, state);
const level = (s: SessionState, actor: string, posture: string) => s.timeline.postures(s.current)[actor]?.[posture];

describe('the session state', () => {
  it('should open at the root in replay mode when the scenario has a replay track', () => {
    const s = initialState(liaisonInit());
    expect(s.current).toBe(s.timeline.root);
    expect(s.mode).toBe('replay');
    expect(s.past).toEqual([]);
  });

  it('should step along the replay track and back', () => {
    const s0 = initialState(liaisonInit());
    const track = s0.timeline.replayTrack();
    const s2 = run(s0, { type: 'replay.step', delta: 1 }, { type: 'replay.step', delta: 1 });
    expect(s2.current).toBe(track[2]);
    expect(level(s2, 'dprk', 'liaison')).toBe('withdrawn');
    const s1 = run(s2, { type: 'replay.step', delta: -1 });
    expect(s1.current).toBe(track[1]);
    expect(level(s1, 'dprk', 'liaison')).toBe('staffed');
    // Stepping is navigation, not a change: nothing to undo.
    expect(s1.past).toEqual([]);
  });

  it('should start a branch when a different move is played at a past node, keeping history', () => {
    const s0 = initialState(liaisonInit());
    const track = s0.timeline.replayTrack();
    const atSanctions = run(s0, { type: 'node.go', id: track[1]! });
    // History: DPRK withdraws. Instead DPRK tests a missile.
    const branched = run(atSanctions, { type: 'move.play', move: { actor: 'dprk', move: 'test-missile' } });
    expect(branched.mode).toBe('free');
    expect(branched.timeline.children(track[1]!)).toHaveLength(2);
    expect(branched.timeline.replayTrack()).toEqual(track);
    expect(level(branched, 'dprk', 'testing')).toBe('testing');
    expect(branched.past).toHaveLength(1);
  });

  it('should undo and redo a played move', () => {
    const s0 = initialState(liaisonInit());
    const played = run(s0, { type: 'move.play', move: { actor: 'us', move: 'offer-relief' } });
    expect(level(played, 'us', 'sanctions')).toBe('relief');
    const undone = run(played, { type: 'history.undo' });
    expect(undone.current).toBe(s0.current);
    expect(undone.timeline.size).toBe(s0.timeline.size);
    expect(level(undone, 'us', 'sanctions')).toBe('standing');
    const redone = run(undone, { type: 'history.redo' });
    expect(redone.current).toBe(played.current);
    expect(level(redone, 'us', 'sanctions')).toBe('relief');
    // A new change after an undo drops the redo stack.
    const other = run(undone, { type: 'move.play', move: { actor: 'us', move: 'pass' } });
    expect(other.past).toHaveLength(1);
    expect(other.future).toEqual([]);
  });

  it('should delete a branch, move off it, and bring it back with undo', () => {
    const s0 = initialState(liaisonInit());
    const played = run(s0, { type: 'move.play', move: { actor: 'us', move: 'offer-relief' } });
    const branchStart = played.current;
    const deeper = run(played, { type: 'move.play', move: { actor: 'dprk', move: 'withdraw-liaison' } });
    const deleted = run(deeper, { type: 'branch.delete', id: branchStart });
    expect(deleted.timeline.has(branchStart)).toBe(false);
    expect(deleted.current).toBe(s0.timeline.root);
    expect(deleted.notice).toEqual({ text: 'Branch deleted.', undoable: true });
    const restored = run(deleted, { type: 'history.undo' });
    expect(restored.timeline.has(branchStart)).toBe(true);
    expect(restored.current).toBe(deeper.current);
  });

  it('should rename a branch as an undoable change and ignore a blank name', () => {
    const s0 = initialState(liaisonInit());
    const played = run(s0, { type: 'move.play', move: { actor: 'us', move: 'offer-relief' } });
    const named = run(played, { type: 'branch.rename', id: played.current, name: '  Relief first ' });
    expect(named.timeline.nameOf(played.current)).toBe('Relief first');
    expect(named.past.at(-1)?.change).toBe('rename');
    expect(run(named, { type: 'branch.rename', id: played.current, name: 'Relief first' })).toBe(named);
  });

  it('should report a closed move in words and change nothing', () => {
    const s0 = initialState(liaisonInit());
    const refused = run(s0, { type: 'move.play', move: { actor: 'us', move: 'cancel-sanctions' } });
    expect(refused.error).toMatch(/\S/);
    expect(refused.timeline).toBe(s0.timeline);
    expect(refused.past).toEqual([]);
  });

  it.each([
    ['undo with nothing to undo', { type: 'history.undo' } as const],
    ['redo with nothing to redo', { type: 'history.redo' } as const],
    ['stepping back from the root', { type: 'replay.step', delta: -1 } as const],
  ])('should leave the state alone on %s', (_name, event) => {
    const s0 = initialState(liaisonInit());
    expect(run(s0, event)).toBe(s0);
  });

  it('should say so when asked to go to a node that does not exist', () => {
    const s0 = initialState(liaisonInit());
    const s = run(s0, { type: 'node.go', id: 9999 });
    expect(s.current).toBe(s0.current);
    expect(s.error).toMatch(/9999/);
  });

  it('should switch to free play with "Branch here" without moving', () => {
    const s0 = initialState(liaisonInit());
    const s = run(s0, { type: 'replay.step', delta: 1 }, { type: 'branch.here' });
    expect(s.mode).toBe('free');
    expect(s.current).toBe(s0.timeline.replayTrack()[1]);
  });
});

describe('playing the move history took', () => {
  it('should follow the existing node instead of adding a branch, and undo it like any move', () => {
    const s0 = initialState(liaisonInit());
    const s = run(s0, { type: 'move.play', move: { actor: 'us', move: 'announce-sanctions' } });
    expect(s.current).toBe(s0.timeline.replayTrack()[1]);
    expect(s.timeline).toBe(s0.timeline);
    const undone = run(s, { type: 'history.undo' });
    expect(undone.current).toBe(s0.current);
    expect(undone.timeline).toBe(s0.timeline);
  });
});
