/**
 * Big and odd session files, written as data: long chains, many branches, deeply nested branches.
 * They use the grid scenario (free turns, every move open everywhere), so every entry is legal and
 * only the shape is tested. Shared by the restore tests and `npm run bench:sessions`.
 */
import { loadScenario } from '../../../../src/scenario/load.ts';
import type { Scenario } from '../../../../src/scenario/types.ts';
import { SESSION_FORMAT, SESSION_VERSION, type SessionFile } from '../../../../src/engine/session/index.ts';
import { gridScenario } from '../grid-scenario.ts';

export function gridForShapes(): Scenario {
  const loaded = loadScenario(gridScenario(2, 3, { everyLevel: true }), 'grid.yaml');
  if (!loaded.ok) throw new Error('the grid scenario does not load');
  return loaded.scenario;
}

type Entry = [number, number, number, number];

/** Builds entries node by node: `add(parent, move)` gives the new node's id (ids are 1..n). */
class Entries {
  readonly list: Entry[] = [];
  private readonly day: number[] = [0];

  add(parent: number, move: number): number {
    const day = parent === 0 ? 0 : (this.day[parent] as number) + 1;
    this.list.push([parent, move, 2, day]);
    this.day.push(day);
    return this.list.length;
  }
}

/** A chain of `length` moves; the move alternates, so no two siblings share one. */
export function chain(length: number): Entry[] {
  const e = new Entries();
  for (let i = 0, at = 0; i < length; i++) at = e.add(at, i % 6);
  return e.list;
}

/** A chain of `branches` nodes, each with a one-move side branch: `branches` branches, 2 × `branches` nodes. */
export function comb(branches: number): Entry[] {
  const e = new Entries();
  for (let i = 0, at = 0; i < branches; i++) {
    const next = e.add(at, 0);
    e.add(at, 1);
    at = next;
  }
  return e.list;
}

/** Each branch starts inside the one before: the tree is `depth` branches deep. */
export function nested(depth: number): Entry[] {
  const e = new Entries();
  for (let i = 0, at = 0; i < depth; i++) {
    // The first child continues the branch; the second, younger one starts a branch one deeper.
    e.add(at, 0);
    at = e.add(at, 1);
  }
  return e.list;
}

export function sessionOf(scenario: Scenario, nodes: readonly Entry[], extra: { ids?: number[]; current?: number } = {}): SessionFile {
  const scenarioRef = { id: scenario.meta.id, hash: scenario.hash };
  return {
    format: SESSION_FORMAT,
    version: SESSION_VERSION,
    id: 'shape',
    name: 'Shape',
    savedAt: '2024-05-01T10:00:00.000Z',
    scenario: scenarioRef,
    timeline: { format: 1, scenario: scenarioRef, nodes, ...(extra.ids ? { ids: extra.ids } : {}), names: {} },
    current: extra.current ?? nodes.length,
    mode: 'free',
  };
}
