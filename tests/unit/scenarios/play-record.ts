/**
 * What a scenario file plays like, as plain data: its hash, every replay step (date, move, postures,
 * tension, Goldstein, outcomes) and a fixed walk of free play after the track (each next actor's
 * first open move, in the file's order). tests/fixtures/play-golden/ keeps one record a file.
 */
import { PASS, startTimeline, type NodeId, type Timeline } from '../../../src/engine/index.ts';
import type { Scenario } from '../../../src/scenario/index.ts';

const FREE_MOVES = 12;

function stepRecord(timeline: Timeline, id: NodeId) {
  const node = timeline.node(id);
  const indicators = timeline.indicators(id);
  return {
    date: node.date,
    move: node.move ? `${node.move.actor} ${node.move.move}` : null,
    postures: timeline.postures(id),
    tension: indicators.tension,
    goldstein: indicators.goldstein,
    cumulative: indicators.cumulativeGoldstein,
    outcomes: indicators.outcomes,
  };
}

export function playRecord(scenario: Scenario) {
  let timeline = startTimeline(scenario);
  const track = timeline.replayTrack();
  const replay = track.map((id) => stepRecord(timeline, id));
  let node = track.at(-1) ?? timeline.root;
  const free = [];
  for (let i = 0; i < FREE_MOVES; i++) {
    const actor = timeline.nextActors(node)[0];
    if (actor === undefined) break;
    const open = timeline.moves(node, actor).find((o) => o.open);
    if (!open && !scenario.turns.pass.allowed) break;
    const played = timeline.play(node, { actor, move: open ? open.move.id : PASS });
    timeline = played.timeline;
    node = played.node;
    free.push(stepRecord(timeline, node));
  }
  return { hash: scenario.hash, replay, free };
}
