/**
 * The timeline: an immutable, event-sourced tree of moves (see Timeline in types.ts).
 *
 * Nodes live in a shared append-only NodeStore; each Timeline value sees the first `count` of
 * them, minus its deleted set. A node stores its move, date, turn and the packed posture state
 * after it (a cache: 8 bytes instead of an XState snapshot). Interactive play goes through the
 * XState machine, the source of truth; listing moves, weights and indicators read the cached
 * state through the compiled form, which tests prove equal to the machine.
 */
import { initialTransition, transition, type StateValue } from 'xstate';
import { explainFailure, unmetCondition } from '../scenario/conditions.ts';
import { explainClosed, type ClosedReason } from './closed-reason.ts';
import type { Scenario } from '../scenario/types.ts';
import type { MachineContext, MoveEvent } from './build-machine.ts';
import { compareNodes } from './compare.ts';
import { addDays, daysBetween } from './dates.ts';
import { EngineError } from './errors.ts';
import { actorShort, moveCameo, moveGoldstein } from './moves.ts';
import { decodeOverride, isOverrideCode, NodeStore, ORIGIN_INJECT, ORIGIN_OVERRIDE, ORIGIN_PLAY, ORIGIN_REPLAY, ORIGIN_ROOT, overrideCode, ROOT_MOVE } from './node-store.ts';
import { engineFor, type ScenarioEngine } from './scenario-engine.ts';
import { timelineToJson } from './timeline-json.ts';
import { historyNextActor, nextActorIds } from './turns.ts';
import {
  PASS,
  type ActorId,
  type Comparison,
  type Indicators,
  type MoveOption,
  type MoveRef,
  type NodeId,
  type NodeOrigin,
  type PostureOverride,
  type PostureState,
  type ResponseProbability,
  type Timeline,
  type TimelineJson,
  type TimelineNode,
} from './types.ts';

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

export class TimelineImpl implements Timeline {
  readonly scenario: Scenario;
  readonly root: NodeId = 0;
  readonly size: number;
  private readonly engine: ScenarioEngine;

  constructor(
    scenario: Scenario,
    private readonly parts: TimelineParts,
  ) {
    this.scenario = scenario;
    this.engine = engineFor(scenario);
    let deletedCount = 0;
    if (parts.deleted) for (let i = 0; i < parts.count; i++) deletedCount += parts.deleted[i] ?? 0;
    this.size = parts.count - deletedCount;
  }

  has(id: NodeId): boolean {
    return Number.isInteger(id) && id >= 0 && id < this.parts.count && (this.parts.deleted?.[id] ?? 0) === 0;
  }

  private check(id: NodeId): void {
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

  private moveRef(id: NodeId): MoveRef | null {
    const code = this.parts.store.moveCode[id] as number;
    if (code === ROOT_MOVE || isOverrideCode(code)) return null;
    if (code < 0) return { actor: this.scenario.actors[-1 - code]?.id as string, move: PASS };
    const move = this.scenario.moves[code];
    return { actor: move?.actor as string, move: move?.id as string };
  }

  private dateOf(id: NodeId): string {
    return addDays(this.scenario.meta.span.from, this.parts.store.day[id] as number);
  }

  private stateOf(id: NodeId): number {
    return this.parts.store.state[id] as number;
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
    const out: NodeId[] = [];
    for (let id = 0; id < this.parts.count; id++) if (this.has(id) && this.children(id).length === 0) out.push(id);
    return out;
  }

  replayTrack(): readonly NodeId[] {
    return this.parts.replay.length > 0 ? [0, ...this.parts.replay] : [];
  }

  postures(id: NodeId): PostureState {
    this.check(id);
    return this.engine.compiled.unpack(this.stateOf(id));
  }

  indicators(id: NodeId): Indicators {
    const { compiled } = this.engine;
    const state = this.stateOf(id);
    const cumulative: Record<ActorId, number> = Object.fromEntries(this.scenario.actors.map((a) => [a.id, 0]));
    for (const n of this.pathTo(id)) {
      const code = this.parts.store.moveCode[n] as number;
      if (code >= 0 && code !== ROOT_MOVE) {
        const actor = this.scenario.moves[code]?.actor as string;
        cumulative[actor] = (cumulative[actor] ?? 0) + (compiled.moveGoldstein[code] as number);
      }
    }
    const code = this.parts.store.moveCode[id] as number;
    return {
      tension: compiled.tension(state),
      goldstein: code >= 0 && code !== ROOT_MOVE ? (compiled.moveGoldstein[code] as number) : null,
      cumulativeGoldstein: cumulative,
      outcomes: this.scenario.outcomes.filter((_o, i) => compiled.outcomeHolds(state, i)).map((o) => o.id),
    };
  }

  /** The actor who moved last on the path to `id` (overrides are not moves). */
  private lastActor(id: NodeId): ActorId | null {
    let n = id;
    while (n > 0 && isOverrideCode(this.parts.store.moveCode[n] as number)) n = this.parts.store.parent[n] as number;
    return this.moveRef(n)?.actor ?? null;
  }

  nextActors(id: NodeId): readonly ActorId[] {
    this.check(id);
    const replayIndex = this.node(id).replayIndex;
    const historyNext = replayIndex === null ? null : historyNextActor(this.scenario, replayIndex);
    return nextActorIds(this.scenario, this.lastActor(id), this.engine.compiled.isTerminal(this.stateOf(id)), historyNext);
  }

  /** Why nobody may move here, or why it is not this actor's turn; null when the actor may move. */
  private turnReason(id: NodeId, actor: ActorId, next: readonly ActorId[]): ClosedReason | null {
    const state = this.stateOf(id);
    const { compiled } = this.engine;
    if (compiled.isTerminal(state)) {
      return { code: 'game-over', outcomes: this.scenario.outcomes.filter((o, i) => o.terminal && compiled.outcomeHolds(state, i)).map((o) => o.id) };
    }
    if (next.includes(actor)) return null;
    return { code: 'not-your-turn', next };
  }

  moves(id: NodeId, actor?: ActorId): readonly MoveOption[] {
    this.check(id);
    const next = this.nextActors(id);
    const actors = actor !== undefined ? [this.checkActor(actor)] : next;
    const state = this.stateOf(id);
    const postures = this.engine.compiled.unpack(state);
    return actors.flatMap((a) => {
      const notYours = this.turnReason(id, a, next);
      return this.scenario.moves.flatMap((move, i) => {
        if (move.actor !== a) return [];
        const open = notYours === null && this.engine.compiled.isOpen(state, i);
        const unmet = open || notYours || !move.requires ? null : unmetCondition(this.scenario, move.requires, postures);
        const reason: ClosedReason | null = open ? null : (notYours ?? (unmet ? { code: 'requires', ...unmet } : null));
        const { goldstein: _g, ...cameo } = moveCameo(move);
        return [{ actor: a, move, open, reason, goldstein: moveGoldstein(move), cameo }];
      });
    });
  }

  private checkActor(actor: ActorId): ActorId {
    if (!this.scenario.actors.some((a) => a.id === actor)) {
      const known = this.scenario.actors.map((a) => a.id).join(', ');
      throw new EngineError('unknown-actor', `Scenario "${this.scenario.meta.id}" has no actor "${actor}" (actors: ${known}).`);
    }
    return actor;
  }

  responses(id: NodeId, actor?: ActorId): readonly ResponseProbability[] {
    this.check(id);
    const { compiled } = this.engine;
    const state = this.stateOf(id);
    const actors = actor !== undefined ? [this.checkActor(actor)] : this.nextActors(id);
    return actors.flatMap((a) => {
      const { moves, weights, pass } = compiled.weights(state, compiled.actorIds.indexOf(a));
      const entries = moves.map((m, i) => ({ move: this.scenario.moves[m]?.id as string, weight: weights[i] as number }));
      if (compiled.canPass(state)) entries.push({ move: PASS, weight: pass });
      const total = entries.reduce((sum, e) => sum + e.weight, 0);
      // With every weight at zero nobody can say what the actor prefers: all probabilities are 0.
      return entries.map((e) => ({ actor: a, move: e.move, weight: e.weight, probability: total > 0 ? e.weight / total : 0 }));
    });
  }

  /** The XState snapshot at a node, rebuilt from its cached posture state. */
  snapshotAt(id: NodeId) {
    this.check(id);
    const context: MachineContext = { turn: this.parts.store.turn[id] as number, date: this.dateOf(id), lastActor: this.lastActor(id) };
    return this.engine.machine.resolveState({ value: this.postures(id) as StateValue, context });
  }

  play(at: NodeId, ref: MoveRef): { readonly timeline: Timeline; readonly node: NodeId } {
    return this.playMove(at, ref, false);
  }

  inject(at: NodeId, ref: MoveRef): { readonly timeline: Timeline; readonly node: NodeId } {
    return this.playMove(at, ref, true);
  }

  private playMove(at: NodeId, ref: MoveRef, injected: boolean) {
    this.check(at);
    const code = this.moveCode(ref);
    for (const child of this.children(at)) {
      if (this.parts.store.moveCode[child] === code) return { timeline: this as Timeline, node: child };
    }
    const next = injected ? this.scenario.actors.map((a) => a.id) : this.nextActors(at);
    const notYours = this.turnReason(at, ref.actor, next);
    if (notYours !== null) {
      throw new EngineError(this.engine.compiled.isTerminal(this.stateOf(at)) ? 'move-closed' : 'not-your-turn', `Cannot play "${ref.move}" for ${actorShort(this.scenario, ref.actor)}: ${explainClosed(this.scenario, notYours)}.`);
    }
    const snapshot = this.snapshotAt(at);
    const date = at === 0 ? this.scenario.turns.start : addDays(this.dateOf(at), this.scenario.meta.daysPerTurn);
    const event: MoveEvent = { type: 'move', actor: ref.actor, move: ref.move, date };
    if (!snapshot.can(event)) {
      const move = this.scenario.moves[code];
      const reason = move?.requires ? explainFailure(this.scenario, move.requires, this.postures(at)) : null;
      throw new EngineError('move-closed', `"${move?.label ?? ref.move}" is closed here: ${reason ?? 'the machine does not allow it'}.`);
    }
    const [after] = transition(this.engine.machine, snapshot, event);
    return this.appended(at, code, injected ? ORIGIN_INJECT : ORIGIN_PLAY, date, this.engine.compiled.pack(after.value as PostureState));
  }

  override(at: NodeId, change: PostureOverride): { readonly timeline: Timeline; readonly node: NodeId } {
    this.check(at);
    const { compiled } = this.engine;
    const p = compiled.postures.findIndex((q) => q.actor === change.actor && q.posture === change.posture);
    const posture = compiled.postures[p];
    if (!posture) {
      throw new EngineError('malformed', `Scenario "${this.scenario.meta.id}" has no posture "${change.actor}.${change.posture}".`);
    }
    const level = posture.levels.indexOf(change.level);
    if (level < 0) throw new EngineError('malformed', `Posture "${posture.ref}" has no level "${change.level}" (levels: ${posture.levels.join(', ')}).`);
    const code = overrideCode(p, level);
    for (const child of this.children(at)) {
      if (this.parts.store.moveCode[child] === code) return { timeline: this, node: child };
    }
    const state = this.stateOf(at);
    if (compiled.level(state, p) === level) throw new EngineError('not-allowed', `${posture.ref} is already at "${change.level}".`);
    return this.appended(at, code, ORIGIN_OVERRIDE, this.dateOf(at), state + (level - compiled.level(state, p)) * posture.stride);
  }

  /** The move code of a move reference: its index in scenario.moves, or -1 - actorIndex for a pass. */
  private moveCode(ref: MoveRef): number {
    const actorIndex = this.scenario.actors.findIndex((a) => a.id === ref.actor);
    this.checkActor(ref.actor);
    if (ref.move === PASS) {
      if (!this.scenario.turns.pass.allowed) throw new EngineError('not-allowed', `Scenario "${this.scenario.meta.id}" does not allow passing a turn.`);
      return -1 - actorIndex;
    }
    const code = this.scenario.moves.findIndex((m) => m.id === ref.move && m.actor === ref.actor);
    if (code < 0) {
      const own = this.scenario.moves.filter((m) => m.actor === ref.actor).map((m) => m.id);
      throw new EngineError('unknown-move', `${actorShort(this.scenario, ref.actor)} has no move "${ref.move}" (its moves: ${own.join(', ')}).`);
    }
    return code;
  }

  private appended(parent: NodeId, moveCode: number, origin: number, date: string, state: number): { readonly timeline: Timeline; readonly node: NodeId } {
    const { store, count } = this.parts;
    const target = store.length === count ? store : store.truncatedCopy(count);
    const node = target.append({
      parent,
      moveCode,
      origin,
      day: daysBetween(this.scenario.meta.span.from, date),
      turn: (store.turn[parent] as number) + 1,
      state,
    });
    const timeline = new TimelineImpl(this.scenario, { ...this.parts, store: target, count: target.length });
    return { timeline, node };
  }

  nameOf(id: NodeId): string | null {
    for (const n of [...this.pathTo(id)].reverse()) {
      const name = this.parts.names.get(n);
      if (name !== undefined) return name;
    }
    return null;
  }

  rename(id: NodeId, name: string | null): Timeline {
    this.check(id);
    const names = new Map(this.parts.names);
    const trimmed = name?.trim() ?? '';
    if (trimmed === '') names.delete(id);
    else names.set(id, trimmed.slice(0, 200));
    return new TimelineImpl(this.scenario, { ...this.parts, names });
  }

  deleteSubtree(id: NodeId): Timeline {
    this.check(id);
    if (id === 0) throw new EngineError('not-allowed', 'The root of a timeline cannot be deleted.');
    if (this.parts.store.origin[id] === ORIGIN_REPLAY) throw new EngineError('not-allowed', 'Replay nodes are history and cannot be deleted; delete the branches that start from them.');
    const deleted = new Uint8Array(this.parts.count);
    if (this.parts.deleted) deleted.set(this.parts.deleted.subarray(0, this.parts.count));
    const names = new Map(this.parts.names);
    const stack = [id];
    while (stack.length > 0) {
      const n = stack.pop() as NodeId;
      stack.push(...this.children(n));
      deleted[n] = 1;
      names.delete(n);
    }
    return new TimelineImpl(this.scenario, { ...this.parts, deleted, names });
  }

  compare(a: NodeId, b: NodeId): Comparison {
    this.check(a);
    this.check(b);
    return compareNodes(this, a, b);
  }

  toJSON(): TimelineJson {
    return timelineToJson(this.scenario, this.parts, (id) => this.has(id));
  }

  /** For the benchmark: the bytes the node store holds. */
  storeBytes(): number {
    const s = this.parts.store;
    return [s.parent, s.moveCode, s.origin, s.day, s.turn, s.state, s.firstChild, s.lastChild, s.nextSibling].reduce((sum, a) => sum + a.byteLength, 0);
  }
}

/**
 * A new timeline for the scenario: the root at meta.span.from and, when the scenario has a replay
 * track, its steps as a chain of replay nodes played through the machine.
 * Throws EngineError ('replay-closed') naming the step, its date and the failing condition when a
 * replay step's move is closed at that point.
 */
export function startTimeline(scenario: Scenario): Timeline {
  const { machine, compiled } = engineFor(scenario);
  const store = new NodeStore(Math.max(64, scenario.replay.length + 16));
  store.append({ parent: -1, moveCode: ROOT_MOVE, origin: ORIGIN_ROOT, day: 0, turn: 0, state: compiled.initial });
  let [snapshot] = initialTransition(machine);
  const replay: NodeId[] = [];
  scenario.replay.forEach((step, i) => {
    const code = scenario.moves.findIndex((m) => m.id === step.move);
    const move = scenario.moves[code];
    if (!move) throw new EngineError('unknown-move', `Replay step ${i + 1} (${step.date}) names an unknown move "${step.move}".`);
    const event: MoveEvent = { type: 'move', actor: move.actor, move: move.id, date: step.date };
    if (!snapshot.can(event)) {
      const postures = snapshot.value as PostureState;
      const over = compiled.isTerminal(compiled.pack(postures)) ? 'the game is already over (a terminal outcome holds)' : null;
      const reason = over ?? (move.requires ? explainFailure(scenario, move.requires, postures) : 'the machine does not allow it');
      throw new EngineError('replay-closed', `Replay step ${i + 1} (${step.date}): "${move.label}" (${move.id}) is closed at that point: ${reason}.`);
    }
    [snapshot] = transition(machine, snapshot, event);
    const parent = replay[replay.length - 1] ?? 0;
    replay.push(
      store.append({
        parent,
        moveCode: code,
        origin: ORIGIN_REPLAY,
        day: daysBetween(scenario.meta.span.from, step.date),
        turn: i + 1,
        state: compiled.pack(snapshot.value as PostureState),
      }),
    );
  });
  return new TimelineImpl(scenario, { store, count: store.length, deleted: null, names: new Map(), replay });
}

/** The XState snapshot (state value and context) at a node: what the live statechart draws. */
export function machineSnapshotAt(timeline: Timeline, id: NodeId) {
  if (!(timeline instanceof TimelineImpl)) throw new EngineError('malformed', 'machineSnapshotAt needs a timeline made by the engine.');
  return timeline.snapshotAt(id);
}
