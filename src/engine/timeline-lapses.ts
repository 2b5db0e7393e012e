/**
 * Lapses on a timeline (rule: src/scenario/lapse-rule.ts): the postures a move at a node meets on
 * its date, once the effects that ran their course on the path have ended. Nodes store the levels
 * after their move; the lapses pending at a node follow from its path, walked only for scenarios
 * that have a lasting effect (hasLapses), so other scenarios pay nothing, and remembered by node.
 */
import { addDays } from '../scenario/dates.ts';
import { hasLapses, lapsesBy, pendingAfterStep, stepDuration, type PendingLapse } from './lapses.ts';
import type { TimelineView } from './timeline-view.ts';
import type { NextMove, NodeId } from './types.ts';

/** What pendingAt reads of a timeline (a Timeline or its view). */
export type TimelinePath = Pick<TimelineView, 'scenario' | 'pathTo' | 'node' | 'postures' | 'lineage'>;

/**
 * Pending lapses by node, per node store: a node's id always means the same node and path in its
 * store (append-only), so what is pending after it never changes. Bounded: emptied when full.
 */
const known = new WeakMap<object, Map<NodeId, PendingLapse[]>>();
const MAX_KNOWN = 50_000;

/** The lapses pending after node `at`, from its path (from its nearest ancestor already worked out). */
export function pendingAt(view: TimelinePath, at: NodeId): PendingLapse[] {
  const { scenario } = view;
  const store = view.lineage;
  let cache = known.get(store);
  if (!cache) known.set(store, (cache = new Map()));
  const path = view.pathTo(at);
  let from = path.length - 1;
  while (from > 0 && !cache.has(path[from] as NodeId)) from--;
  let pending: PendingLapse[] = from > 0 ? (cache.get(path[from] as NodeId) as PendingLapse[]) : [];
  if (cache.size + path.length - from > MAX_KNOWN) cache.clear();
  for (let i = from + 1; i < path.length; i++) {
    const id = path[i] as NodeId;
    const parent = path[i - 1] as NodeId;
    const node = view.node(id);
    const move = node.move ? scenario.moves.find((m) => m.id === node.move?.move) : undefined;
    const duration = node.replayIndex !== null ? stepDuration(scenario.replay[node.replayIndex]) : {};
    pending = pendingAfterStep(pending, { ...(move ? { move } : {}), date: node.date, duration, before: view.postures(parent), after: view.postures(id) });
    cache.set(id, pending);
  }
  return [...pending];
}

/** The date of a move played after `at`: turns.start from the root, else daysPerTurn days after the node. */
export function nextMoveDate(view: TimelineView, at: NodeId): string {
  const { scenario } = view;
  return at === view.root ? scenario.turns.start : addDays(view.dateOf(at), scenario.meta.daysPerTurn);
}

/** What a move played after `at` meets (NextMove), with its packed state for the compiled form. */
export interface NextMoveAt extends NextMove {
  readonly state: number;
}

/**
 * What a move played after `at` meets: its date and the postures on that date, once the effects
 * that have run their course by then have ended. Playing, the moves list, the response
 * probabilities and the classroom's commit checks all judge a move on this. `date` is the move's
 * own date when it has one (history's next replay step); by default a branch's, nextMoveDate.
 */
export function nextMoveAt(view: TimelineView, at: NodeId, date: string = nextMoveDate(view, at)): NextMoveAt {
  const due = hasLapses(view.scenario) ? lapsesBy(view.postures(at), pendingAt(view, at), date) : null;
  if (!due) return { date, postures: view.postures(at), state: view.stateOf(at), lapsed: [] };
  return { date, postures: due.postures, state: view.engine.compiled.pack(due.postures), lapsed: due.applied };
}
