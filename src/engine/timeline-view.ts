/**
 * Reading a timeline out of its node store: which nodes it sees, each node's move, date, turn and
 * postures, the tree's links, branch names, and the XState snapshot at a node.
 *
 * Nodes live in a shared append-only NodeStore; each timeline value sees the first `count` of
 * them, minus its deleted set. A node stores its move, date, turn and the packed posture state
 * after it (a cache: 8 bytes instead of an XState snapshot), read through the compiled form,
 * which tests prove equal to the machine.
 */
import type { StateValue } from 'xstate';
import type { Scenario } from '../scenario/types.ts';
import type { MachineContext } from './build-machine.ts';
import { addDays } from '../scenario/dates.ts';
import { EngineError } from './errors.ts';
import { decodeOverride, isOverrideCode, type NodeStore, ORIGIN_INJECT, ORIGIN_REPLAY, ROOT_MOVE } from './node-store.ts';
import { engineFor, type ScenarioEngine } from './scenario-engine.ts';
import { PASS, type ActorId, type MoveRef, type NodeId, type NodeOrigin, type PostureOverride, type PostureState, type TimelineNode } from './types.ts';

// Injected moves and overrides are free play to the UI; node.injected and node.override tell them apart.
const ORIGINS: readonly NodeOrigin[] = ['root', 'replay', 'play', 'play', 'play'];

/** What a timeline value holds; the store is shared, the rest is its own. */
export interface TimelineParts {
  readonly store: NodeStore;
  readonly count: number;
  /** deleted[id] = 1 for nodes removed with deleteSubtree; ids past its end are live. */
  readonly deleted: Uint8Array | null;
  readonly names: ReadonlyMap<NodeId, string>;
  readonly replay: readonly NodeId[];
}

export class TimelineView {
  readonly scenario: Scenario;
  readonly root: NodeId = 0;
  readonly size: number;
  readonly engine: ScenarioEngine;

  constructor(
    scenario: Scenario,
    readonly parts: TimelineParts,
  ) {
    this.scenario = scenario;
    this.engine = engineFor(scenario);
    let deletedCount = 0;
    if (parts.deleted) for (let i = 0; i < parts.count; i++) deletedCount += parts.deleted[i] ?? 0;
    this.size = parts.count - deletedCount;
  }

  get lineage(): object {
    return this.parts.store;
  }

  get lineageOrigin(): { readonly lineage: object; readonly below: number } | null {
    const copy = this.parts.store.copyOf;
    const from = copy?.from.deref();
    return copy && from ? { lineage: from, below: copy.below } : null;
  }

  appendedTo(older: { readonly lineage: object }): NodeId | null {
    if (!(older instanceof TimelineView)) return null;
    const a = older.parts;
    const b = this.parts;
    // The same store, or a copy of `older`'s nodes (a move after an undo).
    const copied = b.store.copyOf?.below === a.count && b.store.copyOf.from.deref() === a.store;
    const same = (a.store === b.store || copied) && a.deleted === b.deleted && a.replay === b.replay && b.count === a.count + 1;
    return same ? a.count : null;
  }

  has(id: NodeId): boolean {
    return Number.isInteger(id) && id >= 0 && id < this.parts.count && (this.parts.deleted?.[id] ?? 0) === 0;
  }

  check(id: NodeId): void {
    if (!this.has(id)) throw new EngineError('unknown-node', `There is no node ${id} in this timeline.`);
  }

  node(id: NodeId): TimelineNode {
    this.check(id);
    const { store } = this.parts;
    const origin = store.origin[id] as number;
    return {
      id,
      parent: id === 0 ? null : (store.parent[id] as number),
      move: this.moveRef(id),
      date: this.dateOf(id),
      turn: store.turn[id] as number,
      origin: ORIGINS[origin] as NodeOrigin,
      replayIndex: origin === ORIGIN_REPLAY ? (store.turn[id] as number) - 1 : null,
      override: this.overrideOf(id),
      injected: origin === ORIGIN_INJECT,
    };
  }

  private overrideOf(id: NodeId): PostureOverride | null {
    const code = this.parts.store.moveCode[id] as number;
    if (!isOverrideCode(code)) return null;
    const { posture, level } = decodeOverride(code);
    const p = this.engine.compiled.postures[posture];
    return p ? { actor: p.actor, posture: p.posture, level: p.levels[level] as string } : null;
  }

  moveRef(id: NodeId): MoveRef | null {
    const code = this.parts.store.moveCode[id] as number;
    if (code === ROOT_MOVE || isOverrideCode(code)) return null;
    if (code < 0) return { actor: this.scenario.actors[-1 - code]?.id as string, move: PASS };
    const move = this.scenario.moves[code];
    return { actor: move?.actor as string, move: move?.id as string };
  }

  dateOf(id: NodeId): string {
    return addDays(this.scenario.meta.span.from, this.parts.store.day[id] as number);
  }

  /** The packed posture state after the node. */
  stateOf(id: NodeId): number {
    return this.parts.store.state[id] as number;
  }

  /** The actor who moved last on the path to `id` (overrides are not moves). */
  lastActor(id: NodeId): ActorId | null {
    let n = id;
    while (n > 0 && isOverrideCode(this.parts.store.moveCode[n] as number)) n = this.parts.store.parent[n] as number;
    return this.moveRef(n)?.actor ?? null;
  }

  children(id: NodeId): readonly NodeId[] {
    this.check(id);
    const { store, count } = this.parts;
    const out: NodeId[] = [];
    for (let c = store.firstChild[id] as number; c >= 0 && c < count; c = store.nextSibling[c] as number) {
      if (this.has(c)) out.push(c);
    }
    return out;
  }

  pathTo(id: NodeId): readonly NodeId[] {
    this.check(id);
    const path: NodeId[] = [];
    for (let n = id; n > 0; n = this.parts.store.parent[n] as number) path.push(n);
    path.push(0);
    return path.reverse();
  }

  leaves(): readonly NodeId[] {
    const { store, count } = this.parts;
    const out: NodeId[] = [];
    for (let id = 0; id < count; id++) {
      if (!this.has(id)) continue;
      let c = store.firstChild[id] as number;
      while (c >= 0 && c < count && !this.has(c)) c = store.nextSibling[c] as number;
      if (c < 0 || c >= count) out.push(id);
    }
    return out;
  }

  replayTrack(): readonly NodeId[] {
    return this.parts.replay.length > 0 ? [0, ...this.parts.replay] : [];
  }

  postures(id: NodeId): PostureState {
    this.check(id);
    return this.engine.compiled.unpack(this.stateOf(id));
  }

  nameOf(id: NodeId): string | null {
    this.check(id);
    const { names, store } = this.parts;
    if (names.size === 0) return null;
    const named = nearestNamed(store, names, id);
    return named < 0 ? null : (names.get(named) ?? null);
  }

  /** The XState snapshot at a node, rebuilt from its cached posture state. */
  snapshotAt(id: NodeId) {
    this.check(id);
    const context: MachineContext = { turn: this.parts.store.turn[id] as number, date: this.dateOf(id), lastActor: this.lastActor(id) };
    return this.engine.machine.resolveState({ value: this.postures(id) as StateValue, context });
  }

  /** For the benchmark: the bytes the node store holds. */
  storeBytes(): number {
    const s = this.parts.store;
    return [s.parent, s.moveCode, s.origin, s.day, s.turn, s.state, s.firstChild, s.lastChild, s.nextSibling].reduce((sum, a) => sum + a.byteLength, 0);
  }
}

/**
 * For each node, the nearest node at or above it that has a name (-1: none), per names map (a
 * rename makes a new one; a move keeps it) and node store. Filled in id order, each from its
 * parent's (a parent always comes first), so asking every leaf of a 20,000-branch tree for its
 * name is one pass, not a walk to the root per leaf.
 */
const namedAbove = new WeakMap<ReadonlyMap<NodeId, string>, { store: NodeStore; ids: Int32Array; filled: number }>();

function nearestNamed(store: NodeStore, names: ReadonlyMap<NodeId, string>, id: NodeId): NodeId {
  let known = namedAbove.get(names);
  if (!known || known.store !== store) {
    known = { store, ids: new Int32Array(store.capacity), filled: 0 };
    namedAbove.set(names, known);
  }
  if (known.ids.length <= id) {
    const ids = new Int32Array(store.capacity);
    ids.set(known.ids.subarray(0, known.filled));
    known.ids = ids;
  }
  const { ids } = known;
  for (let n = known.filled; n <= id; n++) {
    const parent = store.parent[n] as number;
    ids[n] = names.has(n) ? n : parent >= 0 ? (ids[parent] as number) : -1;
  }
  known.filled = Math.max(known.filled, id + 1);
  return ids[id] as number;
}
