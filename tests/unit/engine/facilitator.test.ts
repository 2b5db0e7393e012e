import { describe, expect, it } from 'vitest';
import { startTimeline, timelineFromJSON } from '../../../src/engine/index.ts';
import { liaison } from './load-fixture.ts';

const scenario = liaison();

describe('facilitator actions', () => {
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
