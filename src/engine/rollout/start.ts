/** Where rollouts begin: a timeline node, a replay date, or a list of moves played from the root. */
import { closest } from '../../scenario/did-you-mean.ts';
import type { Scenario } from '../../scenario/types.ts';
import { EngineError } from '../errors.ts';
import { hasLapses } from '../lapses.ts';
import { engineFor } from '../scenario-engine.ts';
import { pendingAt } from '../timeline-lapses.ts';
import { startTimeline } from '../timeline.ts';
import { PASS, type NodeId, type Timeline } from '../types.ts';
import type { RolloutFrom } from './spec.ts';
import type { RolloutStart } from './types.ts';

/** The rollout start at a timeline node: its posture state, last mover, Goldstein sums, date and pending lapses. */
export function rolloutStartAt(timeline: Timeline, node: NodeId): RolloutStart {
  const { compiled } = engineFor(timeline.scenario);
  const n = timeline.node(node);
  const indicators = timeline.indicators(node);
  const next = timeline.nextActors(node);
  const state = compiled.pack(timeline.postures(node));
  return {
    state,
    levels: compiled.postures.map((_p, i) => compiled.level(state, i)),
    lastActor: n.move ? compiled.actorIds.indexOf(n.move.actor) : null,
    nextActor: timeline.scenario.turns.mode === 'alternating' && next.length === 1 ? compiled.actorIds.indexOf(next[0] as string) : null,
    cumulativeGoldstein: compiled.actorIds.map((a) => indicators.cumulativeGoldstein[a] ?? 0),
    date: n.date,
    atRoot: n.parent === null,
    ...(hasLapses(timeline.scenario) ? { lapses: pendingAt(timeline, node) } : {}),
  };
}

export interface StartPoint {
  readonly timeline: Timeline;
  readonly node: NodeId;
}

/**
 * The node a start point names: after the last replay step dated `from.replayDate`, then `from.moves`
 * played in order (rolloutFrom is the inverse). Throws EngineError naming the date or move and what would fit;
 * `where` names move i in a message (`move 3 ("id")`, or with the line of a moves file).
 */
export function startPoint(scenario: Scenario, from: RolloutFrom, where: (index: number, id: string) => string = (i, id) => `move ${i + 1} ("${id}")`): StartPoint {
  let timeline = startTimeline(scenario);
  let node: NodeId = timeline.root;
  if (from.replayDate !== undefined) node = replayNode(timeline, from.replayDate);
  (from.moves ?? []).forEach((id, i) => {
    const ref = moveRef(scenario, timeline, node, id, where(i, id));
    let played: StartPoint;
    try {
      played = timeline.play(node, ref);
    } catch (error) {
      if (error instanceof EngineError) throw new EngineError(error.code, `${where(i, id)}: ${error.message}`, error.closed);
      throw error;
    }
    timeline = played.timeline;
    node = played.node;
  });
  return { timeline, node };
}

function replayNode(timeline: Timeline, date: string): NodeId {
  const track = timeline.replayTrack().slice(1);
  if (track.length === 0) throw new EngineError('not-allowed', `Scenario "${timeline.scenario.meta.id}" has no replay track, so there is no replay date to start from.`);
  const dates = [...new Set(track.map((id) => timeline.node(id).date))];
  const match = track.filter((id) => timeline.node(id).date === date);
  if (match.length === 0) {
    const list = dates.length > 12 ? `${dates.slice(0, 12).join(', ')}, … (${dates.length} in all)` : dates.join(', ');
    throw new EngineError('unknown-node', `The replay track of "${timeline.scenario.meta.id}" has no step dated ${date}; its dates: ${list}.`);
  }
  return match[match.length - 1] as NodeId;
}

function moveRef(scenario: Scenario, timeline: Timeline, node: NodeId, id: string, where: string) {
  if (id === PASS || id.startsWith(`${PASS}:`)) {
    const next = timeline.nextActors(node);
    const actor = id === PASS ? next[0] : id.slice(PASS.length + 1);
    if (id === PASS && next.length !== 1) {
      throw new EngineError('malformed', `${where}: several actors may move here (${next.join(', ')}); write the pass as "pass:<actor>".`);
    }
    if (actor === undefined) throw new EngineError('not-allowed', `${where}: nobody may move here; the game is over.`);
    return { actor, move: PASS };
  }
  const move = scenario.moves.find((m) => m.id === id);
  if (!move) {
    const guess = closest(id, scenario.moves.map((m) => m.id));
    throw new EngineError('unknown-move', `${where}: scenario "${scenario.meta.id}" has no move "${id}"${guess ? ` — did you mean "${guess}"?` : '.'}`);
  }
  return { actor: move.actor, move: move.id };
}
