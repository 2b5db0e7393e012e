// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BranchTree } from '../../../../src/app/features/timeline/index.ts';
import { SessionProvider } from '../../../../src/app/stores/session/index.ts';
import { restoreSession } from '../../../../src/engine/session/index.ts';
import { chain, comb, gridForShapes, sessionOf } from '../../engine/session/session-shapes.ts';

function renderTree(nodes: ReturnType<typeof chain>, current: number) {
  const grid = gridForShapes();
  const restored = restoreSession(sessionOf(grid, nodes, { current }), [grid]);
  if (!restored.ok) throw new Error(restored.error.message);
  render(
    <SessionProvider init={restored.init}>
      <BranchTree />
    </SessionProvider>,
  );
  return within(screen.getByRole('list', { name: 'Branches' }));
}

// Counted by class: role queries over hundreds of buttons are slow in jsdom.
const steps = (_tree: ReturnType<typeof renderTree>) => [...document.querySelectorAll<HTMLElement>('.tree-node__button')];

describe('the branch tree of a big session', () => {
  it('should draw the steps around the current one of a 10,000-step chain, with the rest a keypress away', async () => {
    const user = userEvent.setup();
    const tree = renderTree(chain(10_000), 5_000);
    expect(steps(tree)).toHaveLength(120);
    expect(tree.getByRole('button', { current: 'step' })).toBeTruthy();
    const earlier = tree.getByRole('button', { name: 'Show earlier steps (4,940 not shown)' });
    earlier.focus();
    await user.keyboard('{Enter}');
    expect(steps(tree)).toHaveLength(320);
    expect(tree.getByRole('button', { name: 'Show later steps (4,941 not shown)' })).toBeTruthy();
    // A drawn step is still a button that takes you there, and the window follows (step 4,740, 260 before it drawn).
    await user.click(steps(tree)[0] as HTMLElement);
    expect(tree.getByRole('button', { current: 'step' })).toBeTruthy();
    expect(tree.getByRole('button', { name: 'Show earlier steps (4,480 not shown)' })).toBeTruthy();
  }, 60_000);

  it('should draw the branches around yours out of 20,000', () => {
    const tree = renderTree(comb(20_000), 1);
    expect(tree.getAllByTestId('branch')).toHaveLength(60);
    expect(tree.getByRole('button', { name: 'Show later branches (19,941 not shown)' })).toBeTruthy();
  }, 60_000);
});
