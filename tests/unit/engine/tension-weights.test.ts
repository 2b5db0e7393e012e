import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { startTimeline, tensionOf, tensionRange } from '../../../src/engine/index.ts';
import { formatProblem, loadScenario } from '../../../src/scenario/index.ts';
import { Posture } from '../../../src/scenario/schema.ts';
import type { Scenario } from '../../../src/scenario/types.ts';
import { liaison, loadFile } from './load-fixture.ts';

const docs = join(import.meta.dirname, '..', '..', '..', 'docs');
const indicatorsDoc = readFileSync(join(docs, 'indicators.md'), 'utf8');
const formatDoc = readFileSync(join(docs, 'scenario-format.md'), 'utf8');

/** The liaison fixture with DPRK missile testing weighted 2 (the example in docs/indicators.md). */
function weighted(weight: number): Scenario {
  const scenario = liaison();
  return {
    ...scenario,
    actors: scenario.actors.map((a) => (a.id !== 'dprk' ? a : { ...a, postures: a.postures.map((p) => (p.id === 'testing' ? { ...p, weight } : p)) })),
  };
}

describe('posture weights in the tension index', () => {
  it('should count a weighted posture that many times, as docs/indicators.md works out', () => {
    const scenario = weighted(2);
    expect(tensionRange(scenario)).toEqual({ min: 1, max: 27 });
    const timeline = startTimeline(scenario);
    const start = timeline.indicators(timeline.root).tension;
    expect(indicatorsDoc).toContain(`the start has tension (4 − 1) / 26 × 100 = ${start.toFixed(1)}`);
    const postures = timeline.postures(timeline.root);
    const testing = { ...postures, dprk: { ...postures.dprk, testing: 'testing' } };
    expect(indicatorsDoc).toContain(`tension (18 − 1) / 26 × 100 = ${tensionOf(scenario, testing).toFixed(1)}`);
    expect(indicatorsDoc).toContain(`against (11 − 1) / 19 × 100 = ${tensionOf(liaison(), testing).toFixed(1)} unweighted`);
  });

  it('should leave the index as it was when every weight is 1 or left out', () => {
    const plain = startTimeline(liaison());
    const ones = startTimeline(weighted(1));
    for (const id of plain.replayTrack()) expect(ones.indicators(id).tension).toBe(plain.indicators(id).tension);
  });

  it('should accept the weighted posture example of docs/scenario-format.md and refuse a weight above 10', () => {
    const block = /```yaml\n(postures:\n {2}- id: testing[\s\S]*?)```/.exec(formatDoc)?.[1];
    expect(block, 'the weight example').toBeDefined();
    const [example] = (parse(block as string) as { postures: unknown[] }).postures;
    expect(Posture.safeParse(example)).toMatchObject({ success: true, data: { weight: 2 } });
    const tooHeavy = Posture.safeParse({ ...(example as object), weight: 11 });
    expect(tooHeavy.success).toBe(false);
    expect(tooHeavy.error?.issues[0]?.message).toBe('a weight runs from 0 to 10 — write a number from 0 to 10, or leave the weight out (it counts once)');
  });

  it('should read the weight from a file: tests/fixtures/tension-weights.yaml, worked out by hand', () => {
    const scenario = loadFile('tests/fixtures/tension-weights.yaml');
    // Lowest sum 3 + 2 × 0 = 3, highest 5 + 2 × 7 = 19.
    expect(tensionRange(scenario)).toEqual({ min: 3, max: 19 });
    const timeline = startTimeline(scenario);
    const track = timeline.replayTrack();
    // Start 0; the test: (3 + 2 × 7 − 3) / 16 = 87.5 (unweighted it would be (10 − 3) / 9 = 77.8); sanctions expanded: 100.
    expect(track.map((id) => timeline.indicators(id).tension)).toEqual([0, 87.5, 100]);
    const unweighted = { ...scenario, actors: scenario.actors.map((a) => ({ ...a, postures: a.postures.map(({ weight: _w, ...p }) => p) })) } as Scenario;
    expect(tensionOf(unweighted, timeline.postures(track[1] as number))).toBeCloseTo(77.78, 2);
  });

  it.each([
    ['a weight above 10', '11', 'a weight runs from 0 to 10 — write a number from 0 to 10, or leave the weight out (it counts once)'],
    ['a negative weight', '-1', 'a weight runs from 0 to 10 — write a number from 0 to 10, or leave the weight out (it counts once)'],
    ['a weight in words', 'double', 'expected a number, found the text "double"'],
  ])('should refuse %s in a file at its line, saying how to fix it', (_what, value, message) => {
    const text = readFileSync(join(import.meta.dirname, '../../fixtures/tension-weights.yaml'), 'utf8');
    const line = text.split('\n').indexOf('        weight: 2') + 1;
    expect(line).toBeGreaterThan(0);
    const result = loadScenario(text.replace('        weight: 2\n', `        weight: ${value}\n`), 'weighted.yaml');
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([expect.stringContaining(`weighted.yaml:${line}:17: actors[1].postures[0].weight: ${message}`)]);
  });
});
