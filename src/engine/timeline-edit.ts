/**
 * The timeline's changes: playing or injecting a move, overriding a posture, naming a branch and
 * deleting a subtree. Each returns the parts of the new timeline value and leaves the old one as it
 * was. Play goes through the XState machine, the source of truth.
 */
import { transition, type StateValue } from 'xstate';
import { unmetCondition, unmetText } from '../scenario/conditions.ts';
import type { MoveEvent } from './build-machine.ts';
import { explainClosed } from './closed-reason.ts';
import { daysBetween } from '../scenario/dates.ts';
import { EngineError } from './errors.ts';
import { actorShort, moveCodeOf } from './moves.ts';
import { MAX_TIMELINE_NODES, ORIGIN_INJECT, ORIGIN_OVERRIDE, ORIGIN_PLAY, ORIGIN_REPLAY, overrideCode } from './node-store.ts';
import { nextMoveAt } from './timeline-lapses.ts';
import type { TimelineParts, TimelineView } from './timeline-view.ts';
import { nextActorsAt, turnReason } from './turns.ts';
import type { MoveRef, NodeId, PostureOverride, PostureState } from './types.ts';

/** The new timeline's parts and the node a change lands on; `parts` is the old timeline's when that node already existed. */
export interface Edit {
  readonly parts: TimelineParts;
  readonly node: NodeId;
}

/** Plays (or, for a facilitator, injects out of turn) a move at a node; an existing child for the same move is reused. */
export function played(view: TimelineView, at: NodeId, ref: MoveRef, injected: boolean): Edit {
  view.check(at);
  const { scenario, engine } = view;
  const code = moveCodeOf(scenario, ref);
  const existing = childWithCode(view, at, code);
  if (existing !== null) return existing;
  const next = injected ? scenario.actors.map((a) => a.id) : nextActorsAt(view, at);
  const notYours = turnReason(view, at, ref.actor, next);
  if (notYours !== null) {
    const message = `Cannot play "${ref.move}" for ${actorShort(scenario, ref.actor)}: ${explainClosed(scenario, notYours)}.`;
    throw new EngineError(engine.compiled.isTerminal(view.stateOf(at)) ? 'move-closed' : 'not-your-turn', message, { ...ref, reason: notYours });
  }
  // Effects that have run their course by the move's date end before it (timeline-lapses.ts).
  const { date, postures, lapsed } = nextMoveAt(view, at);
  const atNode = view.snapshotAt(at);
  const snapshot = lapsed.length > 0 ? engine.machine.resolveState({ value: postures as StateValue, context: atNode.context }) : atNode;
  const event: MoveEvent = { type: 'move', actor: ref.actor, move: ref.move, date };
  if (!snapshot.can(event)) {
    const move = scenario.moves[code];
    const unmet = move?.requires ? unmetCondition(scenario, move.requires, postures) : null;
    const reason = unmet === null ? 'the machine does not allow it' : unmetText(scenario, unmet);
    throw new EngineError('move-closed', `"${move?.label ?? ref.move}" is closed here: ${reason}.`, { ...ref, reason: unmet === null ? null : { code: 'requires', ...unmet } });
  }
  const [after] = transition(engine.machine, snapshot, event);
  return appended(view, at, code, injected ? ORIGIN_INJECT : ORIGIN_PLAY, date, engine.compiled.pack(after.value as PostureState));
}

/** A facilitator's posture override at a node: a new node on the same date; an existing child for the same override is reused. */
export function overridden(view: TimelineView, at: NodeId, change: PostureOverride): Edit {
  view.check(at);
  const { scenario } = view;
  const { compiled } = view.engine;
  const p = compiled.postures.findIndex((q) => q.actor === change.actor && q.posture === change.posture);
  const posture = compiled.postures[p];
  if (!posture) {
    throw new EngineError('malformed', `Scenario "${scenario.meta.id}" has no posture "${change.actor}.${change.posture}".`);
  }
  const level = posture.levels.indexOf(change.level);
  if (level < 0) throw new EngineError('malformed', `Posture "${posture.ref}" has no level "${change.level}" (levels: ${posture.levels.join(', ')}).`);
  const code = overrideCode(p, level);
  const existing = childWithCode(view, at, code);
  if (existing !== null) return existing;
  const state = view.stateOf(at);
  if (compiled.level(state, p) === level) throw new EngineError('not-allowed', `${posture.ref} is already at "${change.level}".`);
  return appended(view, at, code, ORIGIN_OVERRIDE, view.dateOf(at), compiled.withLevel(state, p, level));
}

export function renamed(view: TimelineView, id: NodeId, name: string | null): TimelineParts {
  view.check(id);
  const names = new Map(view.parts.names);
  const trimmed = name?.trim() ?? '';
  if (trimmed === '') names.delete(id);
  else names.set(id, trimmed.slice(0, 200));
  return { ...view.parts, names };
}

export function withoutSubtree(view: TimelineView, id: NodeId): TimelineParts {
  view.check(id);
  const { parts } = view;
  if (id === 0) throw new EngineError('not-allowed', 'The root of a timeline cannot be deleted.');
  if (parts.store.origin[id] === ORIGIN_REPLAY) throw new EngineError('not-allowed', 'Replay nodes are history and cannot be deleted; delete the branches that start from them.');
  const deleted = new Uint8Array(parts.count);
  if (parts.deleted) deleted.set(parts.deleted.subarray(0, parts.count));
  const names = new Map(parts.names);
  const stack = [id];
  while (stack.length > 0) {
    const n = stack.pop() as NodeId;
    stack.push(...view.children(n));
    deleted[n] = 1;
    names.delete(n);
  }
  return { ...parts, deleted, names };
}

function childWithCode(view: TimelineView, at: NodeId, code: number): Edit | null {
  for (const child of view.children(at)) {
    if (view.parts.store.moveCode[child] === code) return { parts: view.parts, node: child };
  }
  return null;
}

function appended(view: TimelineView, parent: NodeId, moveCode: number, origin: number, date: string, state: number): Edit {
  const { store, count } = view.parts;
  if (count >= MAX_TIMELINE_NODES) {
    throw new EngineError('not-allowed', `This timeline holds ${MAX_TIMELINE_NODES} steps (deleted ones included), the most one session holds. Download it to keep it, and start a new session to play on.`);
  }
  const target = store.length === count ? store : store.truncatedCopy(count);
  const node = target.append({
    parent,
    moveCode,
    origin,
    day: daysBetween(view.scenario.meta.span.from, date),
    turn: (store.turn[parent] as number) + 1,
    state,
  });
  return { parts: { ...view.parts, store: target, count: target.length }, node };
}
