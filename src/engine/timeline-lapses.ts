/**
 * Lapses on a timeline (rule: src/scenario/lapse-rule.ts): the postures a move at a node meets on
 * its date, once the effects that ran their course on the path have ended. Nodes store the levels
 * after their move; the lapses pending at a node follow from its path, walked only for scenarios
 * that have a lasting effect (hasLapses), so other scenarios pay nothing.
 */
import { hasLapses, lapsedLevels, pendingAfterStep, stepDuration, type PendingLapse } from './lapses.ts';
import type { TimelineView } from './timeline-view.ts';
import type { NodeId, PostureState } from './types.ts';

/** What pendingAt reads of a timeline (a Timeline or its view). */
export type TimelinePath = Pick<TimelineView, 'scenario' | 'pathTo' | 'node' | 'postures'>;

/** The lapses pending after node `at`, from its path. */
export function pendingAt(view: TimelinePath, at: NodeId): PendingLapse[] {
  const { scenario } = view;
  let pending: PendingLapse[] = [];
  const path = view.pathTo(at);
  for (let i = 1; i < path.length; i++) {
    const id = path[i] as NodeId;
    const parent = path[i - 1] as NodeId;
    const node = view.node(id);
    const move = node.move ? scenario.moves.find((m) => m.id === node.move?.move) : undefined;
    const duration = node.replayIndex !== null ? stepDuration(scenario.replay[node.replayIndex]) : {};
    pending = pendingAfterStep(pending, { ...(move ? { move } : {}), date: node.date, duration, before: view.postures(parent), after: view.postures(id) });
  }
  return pending;
}

/** The postures a move played after `at` on `date` meets, when a lapse has changed them; else null. */
export function lapsedAt(view: TimelineView, at: NodeId, date: string): PostureState | null {
  if (!hasLapses(view.scenario)) return null;
  return lapsedLevels(view.postures(at), pendingAt(view, at), date);
}
