/**
 * Loading a timeline from its JSON form: its format and shape are checked by parseTimelineJson
 * (timeline-format.ts), then it is checked against the scenario entry by entry: a wrong scenario
 * or hash, a missing parent, an unknown move, a move closed at that point or out of turn, or a
 * replay entry that is not the scenario's replay step gives a readable error.
 * States are rebuilt with the compiled form (proven equal to the machine) so thousands of nodes
 * load in milliseconds.
 */
import { explainFailure } from '../scenario/conditions.ts';
import { localDate } from '../scenario/time.ts';
import type { Scenario } from '../scenario/types.ts';
import { addDays, daysBetween } from '../scenario/dates.ts';
import { hasLapses, lapsedLevels, pendingAfterStep, stepDuration, type PendingLapse } from './lapses.ts';
import { decodeOverride, NodeStore, ORIGIN_PLAY, ORIGIN_ROOT, ROOT_MOVE } from './node-store.ts';
import { engineFor } from './scenario-engine.ts';
import { TimelineImpl } from './timeline.ts';
import { parseTimelineJson } from './timeline-format.ts';
import { historyNextActor, nextActorIds } from './turns.ts';
import type { NodeId, Timeline } from './types.ts';

export type TimelineLoadResult = { readonly ok: true; readonly timeline: Timeline } | { readonly ok: false; readonly error: string };

export function timelineFromJSON(scenario: Scenario, raw: unknown): TimelineLoadResult {
  const fail = (error: string): TimelineLoadResult => ({ ok: false, error });
  const parsed = parseTimelineJson(raw);
  if (!parsed.ok) return fail(parsed.error);
  const { scenario: ref, nodes, names } = parsed.json;
  if (ref.id !== scenario.meta.id) return fail(`The saved timeline belongs to scenario "${ref.id}", not "${scenario.meta.id}".`);
  if (ref.hash !== scenario.hash) {
    return fail(`The saved timeline was made with another version of scenario "${scenario.meta.id}" (content hash ${ref.hash}, this one is ${scenario.hash}).`);
  }
  const ids = parsed.json.ids ?? nodes.map((_n, i) => i + 1);

  const { compiled } = engineFor(scenario);
  const { moves, actors } = scenario;
  const store = new NodeStore(Math.max(64, (ids.at(-1) ?? 0) + 16));
  store.append({ parent: -1, moveCode: ROOT_MOVE, origin: ORIGIN_ROOT, day: 0, turn: 0, state: compiled.initial });
  const live = new Set<NodeId>([0]);
  const deletedIds: NodeId[] = [];
  const replay: NodeId[] = [];
  // The actor who moved last on the path to each node (overrides are not moves).
  const lastActor: (string | null)[] = [null];
  // The lapses pending after each node, for scenarios with lasting effects (timeline-lapses.ts walks the same rule).
  const lasting = hasLapses(scenario);
  const pendingOf: PendingLapse[][] = [[]];
  const dateOf = (d: number) => addDays(scenario.meta.span.from, d);

  for (let k = 0; k < nodes.length; k++) {
    const [parent, code, originCode, day] = nodes[k] as readonly [number, number, number, number];
    const id = ids[k] as number;
    const where = `entry ${k + 1}`;
    // Deleted nodes keep their ids: fill the gap with dead placeholders.
    while (store.length < id) {
      deletedIds.push(store.append({ parent: 0, moveCode: ROOT_MOVE, origin: ORIGIN_PLAY, day: 0, turn: 1, state: compiled.initial }));
      lastActor.push(null);
      pendingOf.push([]);
    }
    if (!live.has(parent)) return fail(`The saved timeline is malformed at ${where} (timeline.nodes[${k}]): its parent ${parent} is not an earlier node.`);
    if (originCode === 4) {
      const { posture, level } = decodeOverride(code);
      const p = compiled.postures[posture];
      if (!p || level >= p.levels.length) return fail(`The saved timeline does not fit scenario "${scenario.meta.id}": ${where} overrides an unknown posture level (code ${code}).`);
      const parentState = store.state[parent] as number;
      live.add(store.append({ parent, moveCode: code, origin: 4, day, turn: (store.turn[parent] as number) + 1, state: compiled.withLevel(parentState, posture, level) }));
      lastActor.push(lastActor[parent] ?? null);
      if (lasting) pendingOf.push(pendingAfterStep(pendingOf[parent] ?? [], { date: dateOf(day), before: compiled.unpack(parentState), after: compiled.unpack(store.state[store.length - 1] as number) }));
      continue;
    }
    const isPass = code < 0;
    const actorIndex = isPass ? -1 - code : compiled.moveActor[code];
    const move = isPass ? undefined : moves[code];
    if ((isPass && !actors[actorIndex ?? -1]) || (!isPass && !move)) return fail(`The saved timeline does not fit scenario "${scenario.meta.id}": ${where} names an unknown move (code ${code}).`);
    if (isPass && !scenario.turns.pass.allowed) return fail(`The saved timeline does not fit scenario "${scenario.meta.id}": ${where} is a pass, which the scenario does not allow.`);

    const stored = store.state[parent] as number;
    // Effects that had run their course by this node's date ended before its move.
    const lapsed = lasting ? lapsedLevels(compiled.unpack(stored), pendingOf[parent] ?? [], dateOf(day)) : null;
    const state = lapsed ? compiled.pack(lapsed) : stored;
    const label = move ? `"${move.id}"` : 'a pass';
    const actorId = actors[actorIndex as number]?.id as string;
    if (originCode === 1) {
      const step = scenario.replay[replay.length];
      const expectedParent = replay.at(-1) ?? 0;
      if (!step || parent !== expectedParent || step.move !== move?.id || daysBetween(scenario.meta.span.from, localDate(step.date)) !== day) {
        return fail(`The saved timeline does not fit scenario "${scenario.meta.id}": ${where} is not replay step ${replay.length + 1} of this scenario.`);
      }
    } else if (originCode === 2) {
      // The root (-1) continues with history's first step, a replay node with history's next one.
      const replayIndex = parent === 0 ? -1 : replay.indexOf(parent);
      const historyNext = parent !== 0 && replayIndex < 0 ? null : historyNextActor(scenario, replayIndex);
      const next = nextActorIds(scenario, lastActor[parent] ?? null, compiled.isTerminal(state), historyNext);
      // Sessions saved before step 0 followed history gave the root's first turn to the turn order's first actor: they still open.
      const before = parent === 0 ? nextActorIds(scenario, null, compiled.isTerminal(state)) : [];
      if (!next.includes(actorId) && !before.includes(actorId)) {
        return fail(`The saved timeline does not fit scenario "${scenario.meta.id}": ${where} plays ${label} for "${actorId}" when it is not that actor's turn.`);
      }
    }
    if (originCode === 3 && compiled.isTerminal(state)) return fail(`The saved timeline does not fit scenario "${scenario.meta.id}": ${where} injects ${label} after the game ended.`);
    if (move && !compiled.isOpen(state, code)) {
      const reason = move.requires ? explainFailure(scenario, move.requires, compiled.unpack(state)) : 'the game is over';
      return fail(`The saved timeline does not fit scenario "${scenario.meta.id}": ${where} plays ${label}, which is closed at that point (${reason}).`);
    }
    const added = store.append({
      parent,
      moveCode: code,
      origin: originCode,
      day,
      turn: (store.turn[parent] as number) + 1,
      state: move ? compiled.apply(state, code) : state,
    });
    live.add(added);
    lastActor.push(actorId);
    if (lasting) {
      const duration = originCode === 1 ? stepDuration(scenario.replay[replay.length]) : {};
      pendingOf.push(pendingAfterStep(pendingOf[parent] ?? [], { ...(move ? { move } : {}), date: dateOf(day), duration, before: compiled.unpack(stored), after: compiled.unpack(store.state[added] as number) }));
    }
    if (originCode === 1) replay.push(added);
  }

  const nameMap = new Map<NodeId, string>();
  for (const [key, value] of Object.entries(names)) {
    const id = Number(key);
    if (!live.has(id)) return fail(`The saved timeline is malformed at timeline.names.${key}: the name for "${key}" does not belong to a node.`);
    nameMap.set(id, value);
  }
  let deleted: Uint8Array | null = null;
  if (deletedIds.length > 0) {
    deleted = new Uint8Array(store.length);
    for (const id of deletedIds) deleted[id] = 1;
  }
  return { ok: true, timeline: new TimelineImpl(scenario, { store, count: store.length, deleted, names: nameMap, replay }) };
}
