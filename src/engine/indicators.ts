/**
 * Indicators of a posture state (definitions and a worked example: docs/indicators.md).
 * tension = (Σ weight × escalation of current levels − lowest possible Σ) / (highest Σ − lowest Σ) × 100
 * (each posture's weight is 1 unless the scenario gives one).
 */
import type { Scenario } from '../scenario/types.ts';
import { ROOT_MOVE, type NodeStore } from './node-store.ts';
import type { TimelineView } from './timeline-view.ts';
import type { ActorId, Indicators, NodeId, PostureState } from './types.ts';

/** The lowest and highest possible sums of weighted escalation values over all postures. */
export function tensionRange(scenario: Scenario): { readonly min: number; readonly max: number } {
  let min = 0;
  let max = 0;
  for (const actor of scenario.actors) {
    for (const posture of actor.postures) {
      const weight = posture.weight ?? 1;
      const values = posture.levels.map((l) => l.escalation * weight);
      min += Math.min(...values);
      max += Math.max(...values);
    }
  }
  return { min, max };
}

export function escalationSum(scenario: Scenario, postures: PostureState): number {
  let sum = 0;
  for (const actor of scenario.actors) {
    for (const posture of actor.postures) {
      const level = postures[actor.id]?.[posture.id];
      sum += (posture.levels.find((l) => l.id === level)?.escalation ?? 0) * (posture.weight ?? 1);
    }
  }
  return sum;
}

/** 0–100; 0 when every posture's levels share one escalation value. */
export function tensionOf(scenario: Scenario, postures: PostureState): number {
  const { min, max } = tensionRange(scenario);
  return max === min ? 0 : ((escalationSum(scenario, postures) - min) / (max - min)) * 100;
}

/**
 * Each actor's Goldstein sum on the path to each node, per node store. Nodes are append-only and a
 * parent always comes before its children, so sums are filled in id order, each from its parent's:
 * reading a node's sums is O(1) after the first read, not a walk along its path.
 */
const sumsByStore = new WeakMap<NodeStore, { values: Float64Array; filled: number }>();

function pathSums(view: TimelineView, id: NodeId): Float64Array {
  const { store } = view.parts;
  const { compiled } = view.engine;
  const actors = view.scenario.actors.length;
  let sums = sumsByStore.get(store) ?? copiedSums(store, actors);
  if (!sums || sums.values.length < store.length * actors) {
    const values = new Float64Array(store.capacity * actors);
    if (sums) values.set(sums.values.subarray(0, sums.filled * actors));
    sums = { values, filled: sums?.filled ?? 0 };
    sumsByStore.set(store, sums);
  }
  const { values } = sums;
  for (let n = sums.filled; n <= id; n++) {
    const parent = store.parent[n] as number;
    if (parent >= 0) values.copyWithin(n * actors, parent * actors, parent * actors + actors);
    const code = store.moveCode[n] as number;
    if (code >= 0 && code !== ROOT_MOVE) {
      for (const actor of compiled.moveCredit[code] as Int32Array) {
        const at = n * actors + actor;
        values[at] = (values[at] as number) + (compiled.moveGoldstein[code] as number);
      }
    }
  }
  sums.filled = Math.max(sums.filled, id + 1);
  return values.subarray(id * actors, id * actors + actors);
}

/** A copied store (undo, then a move) starts from the sums of the ids it shares with its original. */
function copiedSums(store: NodeStore, actors: number): { values: Float64Array; filled: number } | undefined {
  const original = store.copyOf?.from.deref();
  const known = original && sumsByStore.get(original);
  if (!store.copyOf || !known) return undefined;
  const filled = Math.min(known.filled, store.copyOf.below);
  const values = new Float64Array(store.capacity * actors);
  values.set(known.values.subarray(0, filled * actors));
  const sums = { values, filled };
  sumsByStore.set(store, sums);
  return sums;
}

/**
 * Each node's indicators once computed, per node store: a node's state and path never change
 * (append-only), so the charts read a long path's indicators at every move without recomputing them.
 */
const indicatorsByStore = new WeakMap<NodeStore, Indicators[]>();

/** A timeline node's indicators: tension, the Goldstein weight of the move that led there and the sums along its path, the outcomes that hold. */
export function nodeIndicators(view: TimelineView, id: NodeId): Indicators {
  const { store } = view.parts;
  let known = indicatorsByStore.get(store);
  if (!known) {
    // A copied store shares its original's nodes below the copy point, and so their indicators.
    const original = store.copyOf?.from.deref();
    known = (original && indicatorsByStore.get(original)?.slice(0, store.copyOf?.below)) ?? [];
    indicatorsByStore.set(store, known);
  }
  return (known[id] ??= computeIndicators(view, id));
}

function computeIndicators(view: TimelineView, id: NodeId): Indicators {
  const { scenario } = view;
  const { compiled } = view.engine;
  const { moveCode } = view.parts.store;
  const state = view.stateOf(id);
  const sums = pathSums(view, id);
  const cumulative: Record<ActorId, number> = Object.fromEntries(scenario.actors.map((a, i) => [a.id, sums[i] as number]));
  const code = moveCode[id] as number;
  return {
    tension: compiled.tension(state),
    goldstein: code >= 0 && code !== ROOT_MOVE ? (compiled.moveGoldstein[code] as number) : null,
    cumulativeGoldstein: cumulative,
    outcomes: scenario.outcomes.filter((_o, i) => compiled.outcomeHolds(state, i)).map((o) => o.id),
  };
}
