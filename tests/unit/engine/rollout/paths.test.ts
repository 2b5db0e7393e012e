import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../../../src/engine/compile.ts';
import { startTimeline, type CompiledScenario } from '../../../../src/engine/index.ts';
import { RolloutRun, rolloutStartAt, runRollouts, type RolloutStart } from '../../../../src/engine/rollout/index.ts';
import { optionPostures } from '../../../../src/engine/rollout/option-postures.ts';
import { rolloutStream } from '../../../../src/engine/rollout/streams.ts';
import { allScenarioFiles, loadFile } from '../load-fixture.ts';
import { stepOptions } from './exact.ts';

interface Counted {
  moves: string[];
  count: number;
  ended: 'terminal' | 'stalled' | null;
}

/**
 * Every rollout's path, sampled independently of the engine's tables (exact.ts's options, the same
 * random streams), counted by the joined move ids; most frequent first, ties by first appearance.
 */
function referencePaths(c: CompiledScenario, start: RolloutStart, runs: number, depth: number, seed: number): Counted[] {
  const byKey = new Map<string, Counted>();
  for (let r = 0; r < runs; r++) {
    const rng = rolloutStream(seed, r);
    let state = start.state;
    let last = start.lastActor;
    let first = start.nextActor;
    const moves: string[] = [];
    let ended: Counted['ended'] = null;
    for (let turn = 1; turn <= depth; turn++) {
      const options = stepOptions(c, state, last, first);
      if (options.length === 0) {
        ended = c.isTerminal(state) ? 'terminal' : 'stalled';
        break;
      }
      const target = uniformFloat64(rng) * options.reduce((s, o) => s + o.p, 0);
      let sum = 0;
      const chosen = options.find((o) => target < (sum += o.p)) ?? (options.filter((o) => o.p > 0).at(-1) as (typeof options)[number]);
      moves.push(chosen.code >= 0 ? (c.scenario.moves[chosen.code]?.id as string) : `pass:${c.actorIds[chosen.actor]}`);
      if (chosen.code >= 0) state = c.apply(state, chosen.code);
      last = chosen.actor;
      first = null;
    }
    const key = moves.join(' ');
    const known = byKey.get(key);
    if (known) known.count++;
    else byKey.set(key, { moves, count: 1, ended });
  }
  // Map order is first appearance; the sort is stable.
  return [...byKey.values()].sort((a, b) => b.count - a.count);
}

describe.each([
  ['tests/fixtures/rollout-exact.yaml', 0, 6],
  ['tests/fixtures/engine-free.yaml', 0, 8],
  ['tests/fixtures/engine-liaison.yaml', 1, 8],
  ['scenarios/tutorial.yaml', 0, 5],
] as const)('path counts of %s from replay step %i', (file, step, depth) => {
  const scenario = loadFile(file);
  const compiled = compileScenario(scenario);
  const timeline = startTimeline(scenario);
  const start = rolloutStartAt(timeline, step === 0 ? 0 : (timeline.replayTrack()[step] as number));
  const runs = 3000;
  const reference = referencePaths(compiled, start, runs, depth, 5);

  it('should count each distinct path exactly, most frequent first and ties in order of first appearance', () => {
    const result = runRollouts(compiled, start, { runs, depth, seed: 5, topPaths: 1000 });
    expect(result.distinctPaths).toBe(reference.length);
    expect(result.topPaths.map((p) => ({ moves: p.moves, count: p.count, ended: p.ended }))).toEqual(reference.slice(0, 1000));
  });

  it('should give the same paths when run in slices', () => {
    const sliced = new RolloutRun(compiled, start, { runs, depth, seed: 5, topPaths: 20 });
    while (sliced.completed < runs) sliced.advance(333);
    expect(sliced.result().topPaths.map((p) => p.count)).toEqual(reference.slice(0, 20).map((p) => p.count));
  });
});

describe.each(allScenarioFiles())('the postures %s lets each actor see', (file) => {
  it('should give states that agree on them the same options and weights', () => {
    const compiled = compileScenario(loadFile(file));
    const rng = xoroshiro128plus(11);
    const states = Array.from({ length: 3000 }, () => uniformInt(rng, 0, compiled.stateSpace - 1));
    compiled.actorIds.forEach((_id, a) => {
      const postures = optionPostures(compiled, a);
      expect(postures).not.toBeNull();
      const seen = new Map<number, string>();
      let shared = 0;
      for (const state of states) {
        const key = compiled.projection(state, postures as Int32Array);
        const options = JSON.stringify([compiled.weights(state, a), compiled.canPass(state)]);
        const earlier = seen.get(key);
        if (earlier === undefined) seen.set(key, options);
        else {
          shared++;
          expect(options).toBe(earlier);
        }
      }
      // The check means something only if some states do share a projection.
      if (postures && postures.length < compiled.postures.length) expect(shared).toBeGreaterThan(0);
    });
  });
});
