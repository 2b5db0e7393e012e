import { describe, expect, it } from 'vitest';
import { startTimeline } from '../../../../src/engine/index.ts';
import { HIDDEN_MOVE, initialState, restoreSession, sessionFileFor, step, viewFor, type SessionAction, type SessionState } from '../../../../src/engine/session/index.ts';
import { shipped, T0, twoTeams } from '../../classroom/fixtures.ts';

function midRound(): SessionState {
  const scenario = shipped('tutorial');
  let s = initialState({ id: 's1', name: 'Class 3B', scenario, timeline: startTimeline(scenario) });
  const actions: SessionAction[] = [
    { type: 'classroom.start', settings: twoTeams(s.timeline), now: T0 },
    { type: 'classroom.act', action: { type: 'take-screen' }, now: T0 + 1 },
    { type: 'classroom.act', action: { type: 'commit', moves: { marenia: 'send-patrols' } }, now: T0 + 2 },
  ];
  for (const action of actions) {
    const result = step(s, action);
    if (!result.ok) throw new Error(JSON.stringify(result.refusal));
    s = result.state;
  }
  return s;
}

describe('viewFor: what each seat may see', () => {
  it('should show a team its own pending commit and only that the other team committed', () => {
    const s = midRound();
    expect(viewFor(s, { kind: 'team', team: 'a' }).classroom?.pending).toEqual({ marenia: 'send-patrols' });
    expect(viewFor(s, { kind: 'team', team: 'b' }).classroom?.pending).toEqual({ marenia: HIDDEN_MOVE });
  });

  it('should show the facilitator everything and an observer nothing of the commits', () => {
    const s = midRound();
    expect(viewFor(s, { kind: 'facilitator' }).classroom?.pending).toEqual({ marenia: 'send-patrols' });
    expect(viewFor(s, { kind: 'observer' }).classroom?.pending).toEqual({ marenia: HIDDEN_MOVE });
  });

  it('should leave a session without pending commits as it is', () => {
    const scenario = shipped('tutorial');
    const s = initialState({ id: 's1', name: 'n', scenario, timeline: startTimeline(scenario) });
    expect(viewFor(s, { kind: 'observer' })).toBe(s);
  });

  it('should write no secret commit into a file for another seat, in any field', () => {
    const s = midRound();
    for (const seat of [{ kind: 'team', team: 'b' }, { kind: 'observer' }] as const) {
      const text = JSON.stringify(sessionFileFor(s, seat));
      expect(text).not.toContain('send-patrols');
      expect(text).toContain(HIDDEN_MOVE);
    }
    expect(JSON.stringify(sessionFileFor(s, { kind: 'team', team: 'a' }))).toContain('send-patrols');
  });

  it('should reopen an observer\'s file of a round in progress with the round to choose again, and say so', () => {
    const s = midRound();
    const restored = restoreSession(sessionFileFor(s, { kind: 'observer' }), [s.scenario]);
    expect(restored.ok).toBe(true);
    if (!restored.ok) return;
    expect(restored.notes).toEqual(['commits-cleared']);
    expect(restored.init.classroom?.pending).toEqual({});
    expect(restored.init.classroom?.phase).toEqual({ kind: 'handover', team: 'a' });
    // A team's own file keeps its commit: nothing to clear.
    const own = restoreSession(sessionFileFor(s, { kind: 'facilitator' }), [s.scenario]);
    expect(own.ok && own.notes).toEqual([]);
    expect(own.ok && own.init.classroom?.pending).toEqual({ marenia: 'send-patrols' });
  });
});
