/**
 * The timeline tree laid out as branches: each branch is a chain of nodes that follows
 * the first child; every other child starts a branch of its own, one level deeper.
 * History's track (or the first line played) is the main branch.
 */
import type { NodeId, Timeline } from '../../engine/index.ts';
import type { Words } from './words/index.ts';

export interface Branch {
  /** The first node of the branch (the root for the main branch). */
  readonly start: NodeId;
  /** The node the branch leaves from (null for the main branch). */
  readonly fork: NodeId | null;
  readonly nodes: readonly NodeId[];
  readonly end: NodeId;
  readonly depth: number;
  readonly main: boolean;
}

/** Children in display order: the replay child first (it is the main line), then oldest first. */
function orderedChildren(timeline: Timeline, id: NodeId, replay: ReadonlySet<NodeId>): NodeId[] {
  const children = timeline.children(id);
  if (children.length < 2) return [...children];
  // Children come in the order they were made, which is id order.
  return [...children.filter((c) => replay.has(c)), ...children.filter((c) => !replay.has(c))];
}

/**
 * Branches in display order: each branch, then the branches that leave it, first fork first.
 * Iterative: a tree 10,000 branches deep must not run out of stack.
 */
export function layoutBranches(timeline: Timeline): Branch[] {
  const branches: Branch[] = [];
  const replay = new Set(timeline.replayTrack());
  const pending: { start: NodeId; fork: NodeId | null; depth: number }[] = [{ start: timeline.root, fork: null, depth: 0 }];
  while (pending.length > 0) {
    const { start, fork, depth } = pending.pop() as (typeof pending)[number];
    const nodes: NodeId[] = [];
    const forks: (typeof pending)[number][] = [];
    let cursor: NodeId | undefined = start;
    while (cursor !== undefined) {
      nodes.push(cursor);
      const [first, ...others] = orderedChildren(timeline, cursor, replay);
      for (const other of others) forks.push({ start: other, fork: cursor, depth: depth + 1 });
      cursor = first;
    }
    branches.push({ start, fork, nodes, end: nodes[nodes.length - 1] ?? start, depth, main: fork === null });
    for (let k = forks.length - 1; k >= 0; k--) pending.push(forks[k] as (typeof pending)[number]);
  }
  return branches;
}

/** The branch a node sits on. */
export function branchOf(branches: readonly Branch[], id: NodeId): Branch | undefined {
  return branches.find((b) => b.nodes.includes(id));
}

/** A branch's display name: its own name, else "History", else where it forks. */
export function branchName(words: Words, timeline: Timeline, branch: Branch): string {
  const named = ownName(timeline, branch.start);
  if (named) return named;
  if (branch.main) return words.t(timeline.replayTrack().length > 1 ? 'timeline.history' : 'timeline.mainLine');
  return words.t('timeline.branchFrom', { date: words.format.shortDate(timeline.node(branch.fork ?? branch.start).date) });
}

/** A name set on this node itself; nameOf also returns names inherited from ancestors. */
export function ownName(timeline: Timeline, id: NodeId): string | null {
  const name = timeline.nameOf(id);
  const parent = timeline.node(id).parent;
  return name !== null && (parent === null || timeline.nameOf(parent) !== name) ? name : null;
}
