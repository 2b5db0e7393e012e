import { describe, expect, it } from 'vitest';
import { startTimeline, timelineFromJSON } from '../../../src/engine/index.ts';
import { loadScenario } from '../../../src/scenario/load.ts';
import type { Scenario } from '../../../src/scenario/types.ts';
import { dprkFirstText, liaison } from './load-fixture.ts';

function dprkFirst(): Scenario {
  const result = loadScenario(dprkFirstText(), 'dprk-first.yaml');
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
  return result.scenario;
}

describe('step 0 (the root of a replay track)', () => {
  it("should give the first turn to history's first mover, as every replay node gives the next one to history's next mover", () => {
    const scenario = dprkFirst();
    expect(scenario.turns.order).toEqual(['dprk', 'us']);
    expect(scenario.moves.find((m) => m.id === scenario.replay[0]?.move)?.actor).toBe('us');
    const timeline = startTimeline(scenario);
    expect(timeline.nextActors(timeline.root)).toEqual(['us']);
    const first = timeline.replayTrack()[1] as number;
    expect(timeline.nextActors(first)).toEqual(['dprk']); // and at step 1, history's second mover
    expect(() => timeline.play(timeline.root, { actor: 'us', move: 'offer-relief' })).not.toThrow();
    expect(() => timeline.play(timeline.root, { actor: 'dprk', move: 'withdraw-liaison' })).toThrow(/turn/);
  });

  it('should keep the turn order at the root of a scenario with no replay track', () => {
    const base = dprkFirst();
    const scenario = { ...base, replay: [] } as Scenario;
    expect(startTimeline(scenario).nextActors(0)).toEqual(['dprk']);
    expect(startTimeline(liaison()).nextActors(0)).toEqual(['us']);
  });

  it('should still open a session saved when step 0 followed the turn order (a DPRK move from the root)', () => {
    const scenario = dprkFirst();
    const timeline = startTimeline(scenario);
    const byUs = timeline.play(timeline.root, { actor: 'us', move: 'offer-relief' }).timeline.toJSON();
    const code = scenario.moves.findIndex((m) => m.id === 'withdraw-liaison');
    const last = byUs.nodes.at(-1) as readonly [number, number, number, number];
    const saved = { ...byUs, nodes: [...byUs.nodes.slice(0, -1), [last[0], code, last[2], last[3]] as const] };
    const loaded = timelineFromJSON(scenario, saved);
    expect(loaded.ok ? '' : loaded.error).toBe('');
  });
});
