import { describe, expect, it } from 'vitest';
import { branchOf, layoutBranches } from '../../../../src/app/lib/branches.ts';
import { restoreSession } from '../../../../src/engine/session/index.ts';
import { gridForShapes, nested, sessionOf } from '../../engine/session/session-shapes.ts';

describe('the branch layout', () => {
  it('should lay out a tree 10,000 branches deep without running out of stack', () => {
    const grid = gridForShapes();
    const restored = restoreSession(sessionOf(grid, nested(10_000)), [grid]);
    if (!restored.ok) throw new Error(restored.error.message);
    const branches = layoutBranches(restored.init.timeline);
    expect(branches).toHaveLength(10_001);
    // Each branch leaves from the one before it, one level deeper.
    expect(branches.at(-1)).toMatchObject({ depth: 10_000, fork: 19_998, nodes: [20_000] });
    expect(branchOf(branches, 2)).toMatchObject({ depth: 1, fork: 0 });
  });
});
