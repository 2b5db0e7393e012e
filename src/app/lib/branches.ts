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
 * Remembered per timeline; a timeline that is the last one laid out (or shown) plus one move is
 * laid out from it (`extendLayout`), so a move in a tree of 20,000 branches costs a copy, not a new walk.
 */
export function layoutBranches(timeline: Timeline): Branch[] {
  const known = layouts.get(timeline);
  if (known) {
    // An undo shows an older timeline: the next move grows from its layout.
    last = { timeline, branches: known };
    return known;
  }
  const added = last ? timeline.appendedTo(last.timeline) : null;
  const branches = last && added !== null ? extendLayout(last.branches, timeline, added) : walkBranches(timeline);
  layouts.set(timeline, branches);
  last = { timeline, branches };
  return branches;
}

const layouts = new WeakMap<Timeline, Branch[]>();
let last: { readonly timeline: Timeline; readonly branches: Branch[] } | null = null;

/** Walks the whole tree. Iterative: a tree 10,000 branches deep must not run out of stack. */
export function walkBranches(timeline: Timeline): Branch[] {
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
      const children = orderedChildren(timeline, cursor, replay);
      for (let k = 1; k < children.length; k++) forks.push({ start: children[k] as NodeId, fork: cursor, depth: depth + 1 });
      cursor = children[0];
    }
    branches.push({ start, fork, nodes, end: nodes[nodes.length - 1] ?? start, depth, main: fork === null });
    for (let k = forks.length - 1; k >= 0; k--) pending.push(forks[k] as (typeof pending)[number]);
  }
  return branches;
}

/**
 * The layout of `older` plus node `added`, made from `older`'s layout: a move at a branch's end
 * extends that branch; a move elsewhere is its parent's youngest child, so its branch comes after
 * the branches that fork from the same branch at or before its parent (node ids grow along a path,
 * so "before" is a smaller id), and after their own forks.
 */
function extendLayout(older: readonly Branch[], timeline: Timeline, added: NodeId): Branch[] {
  const parent = timeline.node(added).parent;
  if (parent === null) return walkBranches(timeline);
  const at = older.findIndex((b) => b.nodes.includes(parent));
  const host = older[at];
  if (!host) return walkBranches(timeline);
  const out = older.slice();
  if (host.end === parent) {
    out[at] = { ...host, nodes: [...host.nodes, added], end: added };
    return out;
  }
  let j = at + 1;
  for (; j < out.length; j++) {
    const b = out[j] as Branch;
    if (b.depth <= host.depth || (b.depth === host.depth + 1 && (b.fork as NodeId) > parent)) break;
  }
  out.splice(j, 0, { start: added, fork: parent, nodes: [added], end: added, depth: host.depth + 1, main: false });
  return out;
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
