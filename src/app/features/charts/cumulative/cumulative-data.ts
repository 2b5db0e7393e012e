/** Each actor's cumulative Goldstein along the current path: what the line chart draws. Pure, no React. */
import type { ActorId, NodeId, Timeline } from '../../../../engine/types.ts';
import type { Words } from '../../../lib/words/index.ts';
import { moveInfo, type MoveInfo } from '../shared/move-info.ts';
import { rowsAlong } from '../shared/node-rows.ts';

export interface CumulativeRow {
  readonly node: NodeId;
  readonly step: number;
  readonly date: string;
  readonly move: MoveInfo;
  readonly values: Readonly<Record<ActorId, number>>;
}

export interface ActorInfo {
  readonly id: ActorId;
  readonly short: string;
  readonly name: string;
  readonly colour: string;
}

export interface CumulativeData {
  readonly rows: readonly CumulativeRow[];
  readonly actors: readonly ActorInfo[];
}

/** Takes only the scenario's part of a timeline, so callers can key it on the scenario alone. */
export function actorsOf({ scenario }: Pick<Timeline, 'scenario'>): readonly ActorInfo[] {
  return scenario.actors.map((a) => ({ id: a.id, short: a.short, name: a.name, colour: a.colour }));
}

/** Each actor's cumulative Goldstein sum at every node of the path to the current node (root included, at 0); each row made once per node (node-rows.ts). */
export function cumulativeRows(words: Words, timeline: Timeline, current: NodeId): readonly CumulativeRow[] {
  return rowsAlong<CumulativeRow>('cumulative', words, timeline, timeline.pathTo(current), (id, i) => {
    const node = timeline.node(id);
    return { node: id, step: i, date: node.date, move: moveInfo(words, timeline, node), values: timeline.indicators(id).cumulativeGoldstein };
  });
}

// One actor list per scenario: the actors' lines keep their identity across moves, so Recharts does not redo them.
const actorsByScenario = new WeakMap<Timeline['scenario'], readonly ActorInfo[]>();

export function cumulativeData(words: Words, timeline: Timeline, current: NodeId): CumulativeData {
  const { scenario } = timeline;
  let actors = actorsByScenario.get(scenario);
  if (!actors) {
    actors = actorsOf({ scenario });
    actorsByScenario.set(scenario, actors);
  }
  return { rows: cumulativeRows(words, timeline, current), actors };
}
