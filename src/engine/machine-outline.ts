/**
 * The shape of the scenario's statechart as plain data, read from the XState machine's own state
 * nodes, so the board draws the real machine (not a copy of the scenario) at any size.
 */
import type { ScenarioMachine } from './build-machine.ts';

type MachineNode = ScenarioMachine['root'];

export interface OutlineNode {
  readonly key: string;
  /** Keys from the machine's root down to this node. */
  readonly path: readonly string[];
  readonly type: MachineNode['type'];
  readonly initial: string | null;
  readonly children: readonly OutlineNode[];
}

/** Built once per scenario by engineFor (read it as `engineFor(scenario).outline`). */
export function outlineOf(machine: ScenarioMachine): OutlineNode {
  const walk = (node: MachineNode, path: readonly string[]): OutlineNode => ({
    key: node.key,
    path,
    type: node.type,
    initial: node.initial.target[0]?.key ?? null,
    children: Object.values(node.states).map((child) => walk(child, [...path, child.key])),
  });
  return walk(machine.root, []);
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
