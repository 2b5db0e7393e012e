/**
 * What the screen derives from the session after a move, without React: the branch tree's window
 * (tree-window.ts) with its words, the charts' data (all three; the panel shows one) and the move list.
 */
import { english } from '../src/app/lib/words/index.ts';
import { branchName, layoutBranches } from '../src/app/lib/branches.ts';
import { nodeWords } from '../src/app/lib/words/node-words.ts';
import { tensionData } from '../src/app/features/charts/tension/tension-data.ts';
import { goldsteinRows } from '../src/app/features/charts/goldstein/goldstein-data.ts';
import { cumulativeRows } from '../src/app/features/charts/cumulative/cumulative-data.ts';
import type { AppSession } from '../src/app/stores/session/session-reducer.ts';
import { BRANCHES_SHOWN, NO_EXTRA, STEPS_SHOWN, windowAround } from '../src/app/features/timeline/tree-window.ts';

export function screenWork(state: AppSession): number {
  const { timeline, current, scenario } = state;
  let work = 0;
  const branches = layoutBranches(timeline);
  const onPath = new Set(timeline.pathTo(current));
  const here = Math.max(0, branches.findIndex((b) => b.nodes.includes(current)));
  const shown = windowAround(branches.length, here, BRANCHES_SHOWN, NO_EXTRA);
  for (const branch of branches.slice(shown.from, shown.to)) {
    work += branchName(english, timeline, branch).length;
    const at = branch.nodes.indexOf(current);
    const steps = windowAround(branch.nodes.length, at < 0 ? branch.nodes.length - 1 : at, STEPS_SHOWN, NO_EXTRA);
    for (const id of branch.nodes.slice(steps.from, steps.to)) work += nodeWords(english, scenario, timeline.node(id)).label.length + (onPath.has(id) ? 1 : 0);
  }
  work += tensionData(english, timeline, current).drawn.length;
  work += goldsteinRows(english, timeline, current).length;
  work += cumulativeRows(english, timeline, current).length;
  work += timeline.moves(current).length + timeline.indicators(current).outcomes.length;
  return work;
}
