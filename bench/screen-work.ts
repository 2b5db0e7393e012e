/**
 * What the screen derives from the session after a move, without React: the branch tree's rows
 * with their words, the charts' data (all three; the panel shows one) and the move list.
 */
import { english } from '../src/app/lib/words/index.ts';
import { branchName, layoutBranches } from '../src/app/lib/branches.ts';
import { nodeWords } from '../src/app/lib/words/node-words.ts';
import { tensionData } from '../src/app/features/charts/tension/tension-data.ts';
import { goldsteinRows } from '../src/app/features/charts/goldstein/goldstein-data.ts';
import { cumulativeRows } from '../src/app/features/charts/cumulative/cumulative-data.ts';
import type { AppSession } from '../src/app/stores/session/session-reducer.ts';

export function screenWork(state: AppSession): number {
  const { timeline, current, scenario } = state;
  let work = 0;
  const branches = layoutBranches(timeline);
  const onPath = new Set(timeline.pathTo(current));
  for (const branch of branches) {
    work += branchName(english, timeline, branch).length;
    for (const id of branch.nodes) work += nodeWords(english, scenario, timeline.node(id)).label.length + (onPath.has(id) ? 1 : 0);
  }
  work += tensionData(english, timeline, current).drawn.length;
  work += goldsteinRows(english, timeline, current).length;
  work += cumulativeRows(english, timeline, current).length;
  work += timeline.moves(current).length + timeline.indicators(current).outcomes.length;
  return work;
}
