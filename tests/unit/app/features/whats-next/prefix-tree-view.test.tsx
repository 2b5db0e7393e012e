// @vitest-environment jsdom
/** "How the futures begin": the rollouts' first moves as an icicle and a table with the same figures. */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../../../../src/engine/compile.ts';
import { startTimeline } from '../../../../../src/engine/index.ts';
import { rolloutStartAt, runRollouts, type PrefixNode } from '../../../../../src/engine/rollout/index.ts';
import { PrefixTreeView } from '../../../../../src/app/features/whats-next/prefix-tree-view.tsx';
import { shipped } from '../../../classroom/fixtures.ts';

function rolled() {
  const timeline = startTimeline(shipped('march-2019'));
  const result = runRollouts(compileScenario(timeline.scenario), rolloutStartAt(timeline, timeline.root), { runs: 400, depth: 6, seed: 3 });
  return { scenario: timeline.scenario, result };
}

const percent1 = (share: number) => new Intl.NumberFormat('en', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(share);

describe('how the futures begin', () => {
  it('should list every prefix in the table, each first move followed by what follows it, with its share', () => {
    const { scenario, result } = rolled();
    render(<PrefixTreeView scenario={scenario} tree={result.prefixTree} outcomes={result.outcomes} />);
    expect(screen.queryByRole('table')).toBeNull(); // the chart first, as the other charts of the panel
    fireEvent.click(screen.getByRole('button', { name: 'Show table' }));
    const table = screen.getByRole('table', { name: /how the futures begin/i });
    const bodyRows = within(table).getAllByRole('row').slice(1);
    const flat: { node: PrefixNode; depth: number }[] = [];
    const walk = (nodes: readonly PrefixNode[], depth: number) => nodes.forEach((node) => (flat.push({ node, depth }), walk(node.children, depth + 1)));
    walk(result.prefixTree.children, 0);
    expect(flat.length).toBeGreaterThan(result.prefixTree.children.length); // the tree goes deeper than one move
    expect(bodyRows).toHaveLength(flat.length);
    flat.forEach(({ node, depth }, i) => {
      const row = bodyRows[i] as HTMLElement;
      expect(row.querySelector('th')?.textContent).toContain(`move ${depth + 1}:`);
      expect(within(row).getAllByRole('cell')[0]?.textContent).toBe(percent1(node.probability));
    });
    // One column per outcome, as in the outcomes chart.
    for (const outcome of result.outcomes) expect(within(table).getByRole('columnheader', { name: outcome.label })).toBeTruthy();
  });

  it('should draw first moves as wide as their share, the children of each inside it', () => {
    const { scenario, result } = rolled();
    const { container } = render(<PrefixTreeView scenario={scenario} tree={result.prefixTree} outcomes={result.outcomes} />);
    const top = container.querySelector('.whn-icicle > .whn-icicle-row') as HTMLElement;
    const cells = [...top.children] as HTMLElement[];
    expect(cells).toHaveLength(result.prefixTree.children.length);
    cells.forEach((cell, i) => expect(parseFloat(cell.style.width)).toBeCloseTo((result.prefixTree.children[i]?.probability ?? 0) * 100, 6));
    const first = result.prefixTree.children[0] as PrefixNode;
    const inner = [...(cells[0]?.querySelector(':scope > .whn-icicle-row')?.children ?? [])] as HTMLElement[];
    inner.forEach((cell, i) => expect(parseFloat(cell.style.width)).toBeCloseTo(((first.children[i]?.probability ?? 0) / first.probability) * 100, 6));
    // Its accessible name says the first moves and their shares.
    const chart = screen.getByRole('img', { name: /^First moves of the futures: / });
    expect(chart.getAttribute('aria-label')).toContain(percent1(first.probability));
  });
});
