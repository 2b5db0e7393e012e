import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../../../src/engine/compile.ts';
import { nextResponses, PREFIX_LEVELS, PREFIX_SHOWN, rolloutStartAt, runRollouts, startPoint, type PrefixNode } from '../../../../src/engine/rollout/index.ts';
import { loadFile } from '../load-fixture.ts';

function walk(nodes: readonly PrefixNode[], depth: number, visit: (node: PrefixNode, depth: number) => void): void {
  for (const node of nodes) {
    visit(node, depth);
    walk(node.children, depth + 1, visit);
  }
}

describe('the futures as a tree of move prefixes (issue 13)', () => {
  it('should give the first moves with the odds the model gives them, likeliest first', () => {
    const scenario = loadFile('scenarios/march-2019.yaml');
    const compiled = compileScenario(scenario);
    const start = rolloutStartAt(startPoint(scenario, {}).timeline, 0);
    const runs = 20_000;
    const { prefixTree } = runRollouts(compiled, start, { runs, depth: 8, seed: 3 });
    expect(prefixTree.levels).toBe(PREFIX_LEVELS);
    const expected = new Map(nextResponses(compiled, start).map((r) => [r.move === 'pass' ? `pass:${r.actor}` : r.move, r.next]));
    expect(prefixTree.children).toHaveLength(Math.min(PREFIX_SHOWN, [...expected.values()].filter((p) => p > 0).length));
    const floor = [...expected.values()].sort((x, y) => y - x)[PREFIX_SHOWN] ?? 0;
    for (const child of prefixTree.children) {
      const p = expected.get(child.move) as number;
      const se = Math.sqrt((p * (1 - p)) / runs);
      expect(Math.abs(child.probability - p)).toBeLessThan(4 * se);
      // Among the likeliest (up to sampling noise).
      expect(p).toBeGreaterThan(floor - 8 * se);
    }
  });

  it('should add up: children and others within their parent, probabilities and outcome shares in range', () => {
    const scenario = loadFile('tests/fixtures/large-crisis.yaml');
    const runs = 5000;
    const result = runRollouts(compileScenario(scenario), rolloutStartAt(startPoint(scenario, {}).timeline, 0), { runs, depth: 20, seed: 11 });
    // Nearly every path is its own: the tree is what says something.
    expect(result.distinctPaths).toBeGreaterThan(runs * 0.95);
    const top = result.prefixTree;
    expect(top.children.reduce((s, c) => s + c.count, 0) + top.others).toBe(runs);
    walk(top.children, 1, (node, depth) => {
      expect(depth).toBeLessThanOrEqual(PREFIX_LEVELS);
      expect(node.children.length).toBeLessThanOrEqual(PREFIX_SHOWN);
      expect(node.children.reduce((s, c) => s + c.count, 0) + node.others).toBeLessThanOrEqual(node.count);
      expect(node.probability).toBeCloseTo(node.count / runs, 12);
      for (let i = 1; i < node.children.length; i++) expect(node.children[i - 1]?.count).toBeGreaterThanOrEqual(node.children[i]?.count as number);
      for (const p of Object.values(node.outcomes)) expect(p).toBeGreaterThanOrEqual(0);
    });
    // The outcome shares, weighted by the first moves' counts, add back to the outcome's probability.
    const war = result.outcomes.find((o) => o.id === 'war')?.probability as number;
    if (top.others === 0) expect(top.children.reduce((s, c) => s + (c.outcomes.war as number) * c.count, 0) / runs).toBeCloseTo(war, 10);
  });
});
