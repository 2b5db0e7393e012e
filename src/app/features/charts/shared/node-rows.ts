/**
 * What the charts say about each node, remembered per timeline lineage (within one, a node id
 * always means the same node: `Timeline.lineage`), per words and per scenario text. A path of
 * 10,000 moves is then read back at every move instead of being worded again, and the series of
 * branches a move did not touch come back as the same arrays.
 */
import type { NodeId, Timeline } from '../../../../engine/types.ts';
import type { Words } from '../../../lib/words/index.ts';

interface Slot {
  readonly words: Words;
  readonly scenario: Timeline['scenario'];
  readonly rows: Map<NodeId, unknown>;
}

const slots = new WeakMap<object, Map<string, Slot>>();

/** The cache named `kind` for this timeline's lineage, words and scenario text (a new language starts a new one). */
export function nodeRows<R>(kind: string, words: Words, timeline: Timeline): Map<NodeId, R> {
  let byKind = slots.get(timeline.lineage);
  if (!byKind) slots.set(timeline.lineage, (byKind = new Map()));
  let slot = byKind.get(kind);
  if (!slot || slot.words !== words || slot.scenario !== timeline.scenario) byKind.set(kind, (slot = { words, scenario: timeline.scenario, rows: inherited(kind, words, timeline) }));
  return slot.rows as Map<NodeId, R>;
}

/**
 * A lineage copied from another (a move after an undo) starts with the other's rows of the nodes
 * both share: every id below the copy point, and every path ending there (its ids are smaller).
 */
function inherited(kind: string, words: Words, timeline: Timeline): Map<NodeId, unknown> {
  const origin = timeline.lineageOrigin;
  const slot = origin && slots.get(origin.lineage)?.get(kind);
  if (!origin || !slot || slot.words !== words || slot.scenario !== timeline.scenario) return new Map();
  const rows = new Map<NodeId, unknown>();
  for (const [id, row] of slot.rows) if (id < origin.below) rows.set(id, row);
  return rows;
}

/** The rows of a path, each made once per node. */
export function rowsAlong<R>(kind: string, words: Words, timeline: Timeline, path: readonly NodeId[], make: (id: NodeId, index: number) => R): R[] {
  const known = nodeRows<R>(kind, words, timeline);
  const out = new Array<R>(path.length);
  for (let i = 0; i < path.length; i++) {
    const id = path[i] as NodeId;
    let row = known.get(id);
    if (row === undefined) known.set(id, (row = make(id, i)));
    out[i] = row;
  }
  return out;
}
