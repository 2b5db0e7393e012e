import { describe, expect, it } from 'vitest';
import { PASS, startTimeline, timelineFromJSON } from '../../../../src/engine/index.ts';
import { buildDebrief, classroomStep, type Classroom, type ClassroomAction, type DebriefDecision } from '../../../../src/engine/classroom/index.ts';
import { decisionWords, logLines, round, run, started, T0 } from '../../classroom/fixtures.ts';
import { liaison } from '../load-fixture.ts';

function refused(c: Classroom, action: ClassroomAction): string {
  const result = classroomStep(c, action, T0);
  return result.ok ? 'accepted' : result.error;
}

describe('facilitator in a classroom', () => {
  it('should inject a historical event into the timeline and log it with the reason', () => {
    const c0 = round(started('march-2019'), { us: PASS }, { dprk: PASS });
    const event = c0.timeline.scenario.replay.findIndex((s) => s.move === 'withdraw-liaison-staff');
    const c = run(c0, { type: 'inject-event', event, reason: ' What really happened on 22 March ' });
    const node = c.timeline.node(c.state.head);
    expect(node).toMatchObject({ move: { actor: 'dprk', move: 'withdraw-liaison-staff' }, injected: true });
    expect(c.timeline.postures(c.state.head).dprk?.liaison).toBe('withdrawn');
    expect(logLines(c).at(-1)).toMatchObject({ who: 'Ms Rivera', action: expect.stringMatching(/injected the event of 22 Mar 2019/), reason: 'What really happened on 22 March' });
    expect(c.state.steps.at(-1)).toMatchObject({ kind: 'inject', event, from: c0.state.head, to: c.state.head });
    // The class carries on: the hot seat still waits for the next team.
    expect(c.state.phase.kind).toBe('handover');
    const d = buildDebrief(c.timeline, c.state);
    expect(d.decisions.at(-1)).toMatchObject({ reason: 'What really happened on 22 March' });
    expect(decisionWords(c, d.decisions.at(-1) as DebriefDecision)).toMatchObject({ by: 'Ms Rivera' });
    expect(d.path.at(-1)?.origin).toBe('facilitator');
  });

  it('should override a posture level as a timeline node that survives a JSON round trip', () => {
    const c = run(started('tutorial'), { type: 'override', override: { actor: 'tolvany', posture: 'border', level: 'mobilized' }, reason: 'Suppose Tolvany had mobilised' });
    expect(c.timeline.postures(c.state.head).tolvany?.border).toBe('mobilized');
    expect(c.timeline.node(c.state.head).override).toEqual({ actor: 'tolvany', posture: 'border', level: 'mobilized' });
    expect(logLines(c).at(-1)?.action).toBe('set Tolvanian border to Reserves called up');
    const back = timelineFromJSON(c.timeline.scenario, JSON.parse(JSON.stringify(c.timeline.toJSON())));
    expect(back.ok && back.timeline.postures(c.state.head)).toEqual(c.timeline.postures(c.state.head));
  });

  it('should undo the last round, keeping its moves in the tree as a branch', () => {
    const c1 = round(started('tutorial'), { marenia: 'send-patrols' }, { tolvany: 'restrict-trade' });
    const c2 = round(c1, { marenia: 'offer-talks' }, { tolvany: PASS });
    const undone = run(c2, { type: 'undo', reason: 'Let us try the alternative' });
    expect(undone.state.head).toBe(c1.state.head);
    expect(undone.state.steps).toHaveLength(1);
    expect(undone.timeline.has(c2.state.head)).toBe(true);
    expect(undone.state.phase).toEqual({ kind: 'handover', team: 'a' });
    expect(logLines(undone).at(-1)).toMatchObject({ action: expect.stringMatching(/undid round 2/), reason: 'Let us try the alternative' });
  });

  it('should clear the round’s secret commits when undoing before the reveal', () => {
    const c = run(started('tutorial'), { type: 'take-screen' }, { type: 'commit', moves: { marenia: 'send-patrols' } }, { type: 'undo', reason: 'Wrong click' });
    expect(c.state.pending).toEqual({});
    expect(c.state.head).toBe(c.timeline.root);
    expect(c.state.phase).toEqual({ kind: 'handover', team: 'a' });
  });

  it.each([
    ['an empty reason', { type: 'pause', reason: '   ' }, /Give a short reason/],
    ['an undo with nothing played', { type: 'undo', reason: 'x' }, /nothing to undo/],
    ['an unknown event', { type: 'inject-event', event: 99, reason: 'x' }, /no event number 100/],
    ['a closed injected move', { type: 'inject', move: { actor: 'marenia', move: 'withdraw-patrols' }, reason: 'x' }, /closed here/],
    ['an override to the current level', { type: 'override', override: { actor: 'marenia', posture: 'border', level: 'calm' }, reason: 'x' }, /already at "calm"/],
    ['resuming a running session', { type: 'resume' }, /not paused/],
  ] as const)('should refuse %s', (_name, action, message) => {
    expect(refused(started('tutorial'), action)).toMatch(message);
  });

  it('should refuse facilitator actions in a session without a facilitator', () => {
    expect(refused(started('tutorial', { facilitator: null }), { type: 'pause', reason: 'x' })).toMatch(/no facilitator/);
  });
});

describe('facilitator actions on the timeline', () => {
  const scenario = liaison();

  it('should inject a move out of turn, then pass the turn on from that actor', () => {
    const t = startTimeline(scenario);
    expect(() => t.play(t.root, { actor: 'dprk', move: 'withdraw-liaison' })).toThrow(/US's turn/);
    const r = t.inject(t.root, { actor: 'dprk', move: 'withdraw-liaison' });
    expect(r.timeline.node(r.node)).toMatchObject({ origin: 'play', injected: true, override: null, date: '2019-03-10' });
    expect(r.timeline.postures(r.node).dprk?.liaison).toBe('withdrawn');
    expect(r.timeline.nextActors(r.node)).toEqual(['us']);
  });

  it('should still refuse to inject a closed move', () => {
    const t = startTimeline(scenario);
    expect(() => t.inject(t.root, { actor: 'dprk', move: 'return-liaison' })).toThrow(/closed here: requires DPRK liaison office: withdrawn/);
  });

  it('should override a posture level on the same date without changing whose turn it is', () => {
    const t = startTimeline(scenario);
    const at = t.replayTrack()[1] as number; // after the US announced sanctions: DPRK to move
    const r = t.override(at, { actor: 'dprk', posture: 'testing', level: 'testing' });
    const node = r.timeline.node(r.node);
    expect(node).toMatchObject({ move: null, override: { actor: 'dprk', posture: 'testing', level: 'testing' }, date: '2019-03-02', injected: false });
    expect(r.timeline.postures(r.node).dprk?.testing).toBe('testing');
    expect(r.timeline.indicators(r.node).goldstein).toBeNull();
    expect(r.timeline.nextActors(r.node)).toEqual(['dprk']);
    expect(() => t.override(at, { actor: 'dprk', posture: 'testing', level: 'moratorium' })).toThrow(/already at "moratorium"/);
    expect(() => t.override(at, { actor: 'dprk', posture: 'testing', level: 'nuclear' })).toThrow(/no level "nuclear"/);
  });

  it('should round-trip injected moves and overrides through JSON', () => {
    const t0 = startTimeline(scenario);
    const a = t0.inject(t0.root, { actor: 'dprk', move: 'withdraw-liaison' });
    const b = a.timeline.override(a.node, { actor: 'us', posture: 'talks', level: 'suspended' });
    const c = b.timeline.play(b.node, { actor: 'us', move: 'announce-sanctions' });
    const loaded = timelineFromJSON(scenario, JSON.parse(JSON.stringify(c.timeline.toJSON())));
    if (!loaded.ok) throw new Error(loaded.error);
    for (const id of [a.node, b.node, c.node]) {
      expect(loaded.timeline.node(id)).toEqual(c.timeline.node(id));
      expect(loaded.timeline.postures(id)).toEqual(c.timeline.postures(id));
    }
  });
});
