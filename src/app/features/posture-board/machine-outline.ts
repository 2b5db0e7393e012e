/**
 * The shape of a statechart as plain data, read from an XState machine's state nodes,
 * so the board can draw the real machine (not a copy of the scenario) at any size.
 */

/** The part of XState's StateNode this module reads. */
export interface StateNodeLike {
  readonly key: string;
  readonly type: 'atomic' | 'compound' | 'parallel' | 'final' | 'history';
  readonly states: Readonly<Record<string, StateNodeLike>>;
  readonly initial?: { readonly target: readonly { readonly key: string }[] } | undefined;
}

export interface OutlineNode {
  readonly key: string;
  /** Keys from the machine's root down to this node. */
  readonly path: readonly string[];
  readonly type: StateNodeLike['type'];
  readonly initial: string | null;
  readonly children: readonly OutlineNode[];
}

export function machineOutline(root: StateNodeLike): OutlineNode {
  const walk = (node: StateNodeLike, path: readonly string[]): OutlineNode => ({
    key: node.key,
    path,
    type: node.type,
    initial: node.initial?.target[0]?.key ?? null,
    children: Object.values(node.states).map((child) => walk(child, [...path, child.key])),
  });
  return walk(root, []);
}

export type StateValueLike = string | { readonly [key: string]: StateValueLike | undefined };

/** Whether the state at `path` (below the root) is active in `value`, XState's state value. */
export function isActive(value: StateValueLike, path: readonly string[]): boolean {
  let cursor: StateValueLike | undefined = value;
  for (const key of path) {
    if (cursor === undefined) return false;
    if (typeof cursor === 'string') return cursor === key && path[path.length - 1] === key;
    if (!(key in cursor)) return false;
    cursor = cursor[key];
  }
  return true;
}

export function countLeaves(node: OutlineNode): number {
  return node.children.length === 0 ? 1 : node.children.reduce((sum, child) => sum + countLeaves(child), 0);
}
