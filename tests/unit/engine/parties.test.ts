import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../../src/engine/compile.ts';
import { replayRows, startTimeline } from '../../../src/engine/index.ts';
import { creditedActors, sidesOf } from '../../../src/engine/move-credit.ts';
import { rolloutStartAt, runRollouts } from '../../../src/engine/rollout/index.ts';
import { loadScenario } from '../../../src/scenario/load.ts';
import type { Scenario } from '../../../src/scenario/types.ts';
import { loadFile } from './load-fixture.ts';

const parties = (): Scenario => loadFile('tests/fixtures/engine-parties.yaml');

function withText(change: (text: string) => string): Scenario {
  const result = loadScenario(change(readFileSync(new URL('../../fixtures/engine-parties.yaml', import.meta.url), 'utf8')), 'changed.yaml');
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
  return result.scenario;
}

const move = (scenario: Scenario, id: string) => scenario.moves.find((m) => m.id === id) as Scenario['moves'][number];

describe('who a move counts for (CAMEO dyads)', () => {
  it('should put actors that move together on one side', () => {
    const sides = sidesOf(parties());
    expect(sides.get('rok')).toBe(sides.get('us'));
    expect(sides.get('dprk')).not.toBe(sides.get('us'));
    expect(sides.get('unsc')).not.toBe(sides.get('dprk'));
  });

  it('should count US–ROK cooperation for nobody, a joint exercise for both allies, the UNSC resolution for the UNSC', () => {
    const scenario = parties();
    expect(creditedActors(scenario, move(scenario, 'coordinate'))).toEqual([]);
    expect(creditedActors(scenario, move(scenario, 'exercise'))).toEqual(['us', 'rok']);
    expect(creditedActors(scenario, move(scenario, 'test-icbm'))).toEqual(['dprk']);
    expect(creditedActors(scenario, move(scenario, 'resolution'))).toEqual(['unsc']);
  });

  it('should count a move aimed only at an actor that is not played for nobody', () => {
    const scenario = withText((t) => t.replace('    actor: us\n    target: rok', '    actor: us\n    target: unsc'));
    expect(creditedActors(scenario, move(scenario, 'coordinate'))).toEqual([]);
  });

  it('should read US–ROK cooperation as a move towards the DPRK only when the file gives no target and no side', () => {
    const untargeted = withText((t) => t.replace('    actor: us\n    target: rok\n', '    actor: us\n'));
    expect(creditedActors(untargeted, move(untargeted, 'coordinate'))).toEqual(['us']);
  });

  it('should count the moves of a scenario with one actor for that actor, as before targets existed', () => {
    const minimal = loadFile('tests/fixtures/minimal.yaml');
    expect(creditedActors(minimal, move(minimal, 'expand-sanctions'))).toEqual(['us']);
    const timeline = startTimeline(minimal);
    const played = timeline.play(timeline.root, { actor: 'us', move: 'expand-sanctions' });
    expect(played.timeline.indicators(played.node).cumulativeGoldstein).toEqual({ us: -8 });
  });

  it("should give the replay's cumulative Goldstein by that rule, and each move's own weight", () => {
    const scenario = parties();
    const timeline = startTimeline(scenario);
    const track = timeline.replayTrack();
    const at = (i: number) => timeline.indicators(track[i] as number);
    expect(at(1).goldstein).toBe(7.4); // the cooperation is still a +7.4 event…
    expect(at(1).cumulativeGoldstein).toEqual({ us: 0, rok: 0, dprk: 0, unsc: 0 }); // …but towards nobody across the crisis
    expect(at(5).cumulativeGoldstein.us).toBeCloseTo(-7.2);
    expect(at(5).cumulativeGoldstein.rok).toBeCloseTo(-7.2);
    expect(at(5).cumulativeGoldstein.dprk).toBeCloseTo(-6.2); // −7.2 for the test, +1 for the uncoded pause
    expect(at(5).cumulativeGoldstein.unsc).toBeCloseTo(-8);
  });
});

describe('actors that are not played', () => {
  it("should skip the council's replay step when saying who moves next in history", () => {
    const timeline = startTimeline(parties());
    const track = timeline.replayTrack();
    expect(timeline.nextActors(timeline.root)).toEqual(['us']);
    expect(timeline.nextActors(track[2] as number)).toEqual(['us']); // history's next step is the UNSC's, then the allies' exercise
    expect(timeline.nextActors(track[5] as number)).toEqual(['rok']); // after the replay: the turn order after the DPRK
  });

  it('should never offer them a turn in free play, nor draw their moves in rollouts', () => {
    const scenario = withText((t) => t.replace('mode: alternating', 'mode: free').replace('  order: [us, dprk, rok]\n', ''));
    const timeline = startTimeline(scenario);
    expect(timeline.nextActors(timeline.root)).toEqual(['us', 'rok', 'dprk']);
    const result = runRollouts(compileScenario(scenario), rolloutStartAt(timeline, timeline.root), { runs: 400, depth: 6, seed: 3, topPaths: 1000 });
    expect(result.topPaths.length).toBeGreaterThan(10);
    expect(result.topPaths.flatMap((p) => p.moves)).not.toContain('resolution');
    expect(result.topPaths.flatMap((p) => p.moves)).not.toContain('pass:unsc');
  });

  it('should still let the replay use their moves', () => {
    const timeline = startTimeline(parties());
    const third = timeline.node(timeline.replayTrack()[3] as number);
    expect(third.move).toEqual({ actor: 'unsc', move: 'resolution' });
  });
});

describe('the replay rows (whn replay)', () => {
  it('should name every actor of a joint move, every address of a source, and the modelling note', () => {
    const rows = replayRows(parties());
    expect(rows.map((r) => r.actor)).toEqual(['us', 'dprk', 'unsc', 'us+rok', 'dprk']);
    expect(rows[2]?.sources).toEqual(['https://example.org/un/2371', 'https://example.org/un/2371-press']);
    expect(rows[4]).toMatchObject({ cameo: 'none', goldstein: 1, flag: { kind: 'modelling' } });
  });
});

describe('an event with no CAMEO code', () => {
  it('should be offered with no code and the weight the scenario gives it', () => {
    const timeline = startTimeline(parties());
    const afterTest = timeline.replayTrack()[2] as number;
    const played = timeline.play(afterTest, { actor: 'us', move: 'coordinate' });
    const option = played.timeline.moves(played.node, 'dprk').find((o) => o.move.id === 'pause-tests');
    expect(option).toMatchObject({ open: true, cameo: null, goldstein: 1 });
  });
});
