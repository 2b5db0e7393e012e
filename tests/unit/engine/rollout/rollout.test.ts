import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../../../src/engine/compile.ts';
import { startTimeline, type Timeline } from '../../../../src/engine/index.ts';
import {
  nextResponses,
  RolloutRun,
  rolloutStartAt,
  runRollouts,
  SensitivityJob,
  startPoint,
  type RolloutOptions,
  type RolloutStart,
  type WhatIf,
} from '../../../../src/engine/rollout/index.ts';
import { loadFile } from '../load-fixture.ts';

const march = loadFile('scenarios/march-2019.yaml');
const tutorial = loadFile('scenarios/tutorial.yaml');
const exactScenario = loadFile('tests/fixtures/rollout-exact.yaml');

function fromRoot(file: 'march' | 'tutorial' | 'exact', options: RolloutOptions) {
  const scenario = file === 'march' ? march : file === 'tutorial' ? tutorial : exactScenario;
  return runRollouts(compileScenario(scenario), rolloutStartAt(startTimeline(scenario), 0), options);
}

describe('determinism', () => {
  it('should give identical results for the same seed', () => {
    expect(fromRoot('march', { runs: 2000, depth: 12, seed: 42 })).toEqual(fromRoot('march', { runs: 2000, depth: 12, seed: 42 }));
  });

  it('should give different samples for a different seed', () => {
    const a = fromRoot('march', { runs: 2000, depth: 12, seed: 42 });
    const b = fromRoot('march', { runs: 2000, depth: 12, seed: 43 });
    expect(b.topPaths).not.toEqual(a.topPaths);
    expect(b.outcomes.map((o) => o.probability)).not.toEqual(a.outcomes.map((o) => o.probability));
  });

  it('should not depend on how the work is sliced', () => {
    const scenario = march;
    const compiled = compileScenario(scenario);
    const start = rolloutStartAt(startTimeline(scenario), 0);
    const options = { runs: 3000, depth: 10, seed: 5 };
    const sliced = new RolloutRun(compiled, start, options);
    for (const size of [1, 7, 500, 10_000]) sliced.advance(size);
    expect(sliced.completed).toBe(3000);
    expect(sliced.result()).toEqual(runRollouts(compiled, start, options));
  });
});

describe('runs sharing one compiled scenario', () => {
  it('should not depend on what ran before, alongside or was abandoned (the panel\'s pattern)', () => {
    const shared = compileScenario(march);
    const timeline = startTimeline(march);
    const starts = [0, timeline.replayTrack()[4] as number, timeline.replayTrack()[12] as number].map((node) => rolloutStartAt(timeline, node));
    const variants: RolloutOptions[] = [
      { runs: 5, depth: 12, seed: 1 },
      { runs: 700, depth: 12, seed: 1, whatIf: { hawkishness: { dprk: 2 } } },
      { runs: 500, depth: 20, seed: 9, whatIf: { passFactor: 0.25 } },
      { runs: 500, depth: 12, seed: 1 },
    ];
    // Start every run, advance them in turns, abandon some half way, as slider moves and cancels do.
    const jobs = starts.flatMap((start) => variants.map((options) => ({ start, options, run: new RolloutRun(shared, start, options) })));
    // Another what-if explores thousands of states first (as sensitivity's base run does).
    runRollouts(shared, starts[0] as RolloutStart, { runs: 3000, depth: 20, seed: 3, whatIf: { passFactor: 2 } });
    for (const size of [3, 50, 400]) for (const job of jobs) job.run.advance(size);
    for (const [i, job] of jobs.entries()) {
      if (i % 3 === 2) continue;
      job.run.advance(job.options.runs);
      expect(job.run.result()).toEqual(runRollouts(compileScenario(march), job.start, job.options));
    }
  });
});

describe.each([
  ['march', 'march-2019'],
  ['tutorial', 'tutorial'],
] as const)('the result of %s', (file, _id) => {
  const runs = 4000;
  const depth = 12;
  const result = fromRoot(file, { runs, depth, seed: 3 });

  it('should echo runs, depth and seed and cover turns 0 to depth', () => {
    expect([result.runs, result.depth, result.seed]).toEqual([runs, depth, 3]);
    expect(result.fan.map((f) => f.turn)).toEqual([...Array(depth + 1).keys()]);
  });

  it('should order the percentiles and keep them within 0–100', () => {
    for (const f of result.fan) {
      expect(f.p5).toBeGreaterThanOrEqual(0);
      expect(f.p5).toBeLessThanOrEqual(f.p25);
      expect(f.p25).toBeLessThanOrEqual(f.p50);
      expect(f.p50).toBeLessThanOrEqual(f.p75);
      expect(f.p75).toBeLessThanOrEqual(f.p95);
      expect(f.p95).toBeLessThanOrEqual(100);
    }
    // Turn 0 is the start node: every rollout is there.
    const first = result.fan[0];
    expect(new Set([first?.p5, first?.p50, first?.p95, first?.mean]).size).toBe(1);
  });

  it('should keep probabilities in [0, 1], with terminal outcomes never falling and ever ≥ any turn', () => {
    for (const o of result.outcomes) {
      o.byTurn.forEach((p, turn) => {
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
        expect(o.standardErrorByTurn[turn]).toBeCloseTo(Math.sqrt((p * (1 - p)) / runs), 12);
        expect(o.ever).toBeGreaterThanOrEqual(p);
      });
      if (o.terminal) o.byTurn.slice(1).forEach((p, i) => expect(p).toBeGreaterThanOrEqual(o.byTurn[i] ?? 0));
    }
  });

  it('should count every rollout once among the paths, and the top paths most likely first', () => {
    const all = fromRoot(file, { runs, depth, seed: 3, topPaths: 1000 });
    const counted = all.topPaths.reduce((s, p) => s + p.count, 0);
    if (all.distinctPaths <= 1000) expect(counted).toBe(runs);
    else expect(counted).toBeLessThan(runs);
    const probs = result.topPaths.map((p) => p.probability);
    expect(probs).toEqual([...probs].sort((a, b) => b - a));
    expect(probs.reduce((s, p) => s + p, 0)).toBeLessThanOrEqual(1 + 1e-12);
    // Paths shorter than the depth ended early, and the ended counts agree with the paths.
    for (const p of all.topPaths) expect(p.moves.length < depth).toBe(p.ended !== null);
  });

  it('should order each actor\'s Goldstein percentiles', () => {
    for (const g of result.goldstein) {
      expect([g.p5, g.p25, g.p50, g.p75]).toEqual([g.p5, g.p25, g.p50, g.p75].sort((a, b) => a - b));
      expect(g.p95).toBeGreaterThanOrEqual(g.p75);
      expect(g.meanByTurn[0]).toBe(g.start);
    }
  });
});

describe('outcomes that partition the states', () => {
  it('should sum to 1 at every turn', () => {
    const result = fromRoot('exact', { runs: 3000, depth: 9, seed: 11 });
    for (let t = 0; t <= 9; t++) {
      expect(result.outcomes.reduce((s, o) => s + (o.byTurn[t] ?? 0), 0)).toBeCloseTo(1, 12);
    }
  });
});

describe('nextResponses', () => {
  function nodes(timeline: Timeline) {
    const track = timeline.replayTrack();
    return [0, ...track.filter((_n, i) => i % 5 === 1)];
  }

  it.each([march, tutorial, loadFile('tests/fixtures/engine-free.yaml'), loadFile('tests/fixtures/engine-liaison.yaml')])(
    'should match Timeline.responses without what-if ($meta.id)',
    (scenario) => {
      const timeline = startTimeline(scenario);
      const compiled = compileScenario(scenario);
      for (const node of nodes(timeline)) {
        const ours = nextResponses(compiled, rolloutStartAt(timeline, node));
        const theirs = timeline.responses(node);
        const key = (r: { actor: string; move: string }) => `${r.actor}/${r.move}`;
        expect(Object.fromEntries(ours.map((r) => [key(r), r.probability]))).toEqual(Object.fromEntries(theirs.map((r) => [key(r), r.probability])));
        const byActor = new Map<string, number>();
        for (const r of ours) byActor.set(r.actor, (byActor.get(r.actor) ?? 0) + r.probability);
        for (const sum of byActor.values()) expect(sum).toBeCloseTo(1, 12);
        expect(ours.reduce((s, r) => s + r.next, 0)).toBeCloseTo(ours.length > 0 ? 1 : 0, 12);
      }
    },
  );
});

describe('what-if scaling', () => {
  const compiled = compileScenario(exactScenario);
  const timeline = startTimeline(exactScenario);
  const raised = timeline.play(0, { actor: 'a', move: 'raise' });
  const atB = raised.timeline.play(raised.node, { actor: 'b', move: 'pass' });
  const start = rolloutStartAt(atB.timeline, atB.node);

  it('should scale a move\'s weight by hawkishness^(−goldstein/10)', () => {
    const base = nextResponses(compiled, start);
    const hawk = nextResponses(compiled, start, { hawkishness: { a: 4 } });
    const weight = (list: typeof base, move: string) => list.find((r) => r.move === move)?.weight;
    // strike is CAMEO 195 (−10), stand-down 0871 (+9), pass is not scaled.
    expect(weight(hawk, 'strike')).toBeCloseTo((weight(base, 'strike') ?? 0) * 4, 12);
    expect(weight(hawk, 'stand-down')).toBeCloseTo((weight(base, 'stand-down') ?? 0) * 4 ** -0.9, 12);
    expect(weight(hawk, 'pass')).toBe(weight(base, 'pass'));
  });

  it('should leave results unchanged at hawkishness 1 and never play a move scaled to 0', () => {
    const options = { runs: 2000, depth: 8, seed: 1 };
    expect(runRollouts(compiled, start, { ...options, whatIf: { hawkishness: { a: 1, b: 1 }, moveFactors: { strike: 1 } } })).toEqual(runRollouts(compiled, start, options));
    const none = runRollouts(compiled, start, { ...options, topPaths: 1000, whatIf: { moveFactors: { strike: 0 } } });
    expect(none.outcomes.find((o) => o.id === 'war')?.ever).toBe(0);
    expect(none.topPaths.flatMap((p) => p.moves)).not.toContain('strike');
  });

  it.each([
    [{ hawkishness: { nobody: 2 } }, /unknown actor "nobody"/],
    [{ moveFactors: { nuke: 2 } }, /unknown move "nuke"/],
    [{ hawkishness: { a: 0 } }, /hawkishness of a is 0/],
    [{ passFactor: -1 }, /pass factor is -1/],
  ])('should reject %j with a clear message', (whatIf, message) => {
    expect(() => runRollouts(compiled, start, { runs: 10, depth: 2, seed: 1, whatIf })).toThrow(message);
  });
});

describe('sensitivity', () => {
  it('should find that more striking raises the chance of war, and rank the largest effects first', () => {
    const compiled = compileScenario(exactScenario);
    const job = new SensitivityJob(compiled, rolloutStartAt(startTimeline(exactScenario), 0), { runs: 3000, depth: 6, seed: 2 }, 'war', 2);
    while (job.completed < job.total) job.advance(1000);
    const result = job.result();
    const strike = result.entries.find((e) => e.id === 'strike');
    expect(strike?.up).toBeGreaterThan(4 * (strike?.upError ?? 1));
    expect(strike?.down).toBeLessThan(-4 * (strike?.downError ?? 1));
    const sizes = result.entries.map((e) => Math.max(Math.abs(e.up), Math.abs(e.down)));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    // Every actor, every move and the pass are ranked.
    expect(result.entries).toHaveLength(2 + 5 + 1);
  });

  it('should estimate each variant as a run of its own would, in a fresh process as after other runs', () => {
    // Fresh compiled forms: the variants' models share one new state catalog, which the first grows.
    const start = rolloutStartAt(startTimeline(march), 0);
    const options = { runs: 1500, depth: 12, seed: 4 };
    const job = new SensitivityJob(compileScenario(march), start, options, 'talks-collapse', 2);
    job.advance(job.total);
    const result = job.result();
    const alone = (whatIf: WhatIf) => runRollouts(compileScenario(march), start, { ...options, whatIf }).outcomes.find((o) => o.id === 'talks-collapse')?.probability ?? -1;
    expect(result.base).toBe(alone({}));
    for (const entry of result.entries.filter((e) => e.kind === 'hawkishness')) {
      expect(result.base + entry.up).toBeCloseTo(alone({ hawkishness: { [entry.id]: 2 } }), 12);
      expect(result.base + entry.down).toBeCloseTo(alone({ hawkishness: { [entry.id]: 0.5 } }), 12);
    }
  });

  it('should name the unknown outcome', () => {
    const compiled = compileScenario(exactScenario);
    expect(() => new SensitivityJob(compiled, rolloutStartAt(startTimeline(exactScenario), 0), { runs: 10, depth: 2, seed: 1 }, 'peace')).toThrow(
      /no outcome "peace" \(outcomes: quiet, standoff, war\)/,
    );
  });
});

describe('options', () => {
  it.each([
    [{ runs: 0, depth: 12, seed: 1 }, /runs is 0/],
    [{ runs: 10, depth: 0, seed: 1 }, /depth is 0/],
    [{ runs: 10, depth: 12, seed: -1 }, /seed is -1/],
    [{ runs: 1.5, depth: 12, seed: 1 }, /runs is 1.5/],
  ])('should reject %j', (options, message) => {
    expect(() => fromRoot('exact', options)).toThrow(message);
  });
});

describe('startPoint', () => {
  it('should start after the last replay step of a date, then play moves', () => {
    const { timeline, node } = startPoint(march, { replayDate: march.replay[3]?.date as string });
    const last = march.replay.filter((s) => s.date === march.replay[3]?.date).at(-1);
    expect(timeline.node(node).move?.move).toBe(last?.move);
    const next = timeline.nextActors(node)[0] as string;
    const played = startPoint(march, { replayDate: march.replay[3]?.date as string, moves: ['pass'] });
    expect(played.timeline.node(played.node).move).toEqual({ actor: next, move: 'pass' });
  });

  it.each([
    [{ replayDate: '1999-01-01' }, /no step dated 1999-01-01; its dates: 2019-02-27/],
    [{ moves: ['cancel-sanctoins'] }, /move 1 \("cancel-sanctoins"\): scenario "march-2019" has no move/],
  ])('should explain a bad start %j', (from, message) => {
    expect(() => startPoint(march, from)).toThrow(message);
  });
});
