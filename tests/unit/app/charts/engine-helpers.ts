import { readFileSync } from 'node:fs';
import { loadScenario } from '../../../../src/scenario/index.ts';
import { PASS, startTimeline, type NodeId, type Timeline } from '../../../../src/engine/index.ts';

export function fixtureTimeline(name = 'engine-liaison'): Timeline {
  const file = `tests/fixtures/${name}.yaml`;
  const loaded = loadScenario(readFileSync(file, 'utf8'), file);
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
  return startTimeline(loaded.scenario);
}

/**
 * Plays the `pick`-th open move of the actors to move (PASS when none is open and passing is
 * allowed), up to `count` times from `at`; stops early when the game is over.
 */
export function playOpen(timeline: Timeline, at: NodeId, count: number, pick = 0): { timeline: Timeline; node: NodeId } {
  let t = timeline;
  let node = at;
  for (let i = 0; i < count; i++) {
    const open = t.moves(node).filter((m) => m.open);
    const choice = open[(pick + i) % Math.max(1, open.length)];
    const actor = t.nextActors(node)[0];
    if (choice) ({ timeline: t, node } = t.play(node, { actor: choice.actor, move: choice.move.id }));
    else if (actor !== undefined && t.scenario.turns.pass.allowed) ({ timeline: t, node } = t.play(node, { actor, move: PASS }));
    else break;
  }
  return { timeline: t, node };
}
