import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../../src/engine/compile.ts';
import { PASS, startTimeline, type NodeId, type Timeline } from '../../../src/engine/index.ts';
import { allScenarioFiles, loadFile } from './load-fixture.ts';

/** The replay track, then a walk from the root playing the first open move of the actor to move. */
function someNodes(start: Timeline): { timeline: Timeline; nodes: NodeId[] } {
  let timeline = start;
  const nodes: NodeId[] = [...timeline.replayTrack()];
  let at: NodeId = timeline.root;
  for (let step = 0; step < 8; step++) {
    nodes.push(at);
    const option = timeline.moves(at).find((m) => m.open);
    if (!option) break;
    const played = timeline.play(at, { actor: option.actor, move: option.move.id });
    timeline = played.timeline;
    at = played.node;
  }
  return { timeline, nodes };
}

describe('Timeline.responses', () => {
  it.each(allScenarioFiles())('should be the compiled propensity weights normalised per actor (%s)', (file) => {
    const scenario = loadFile(file);
    const compiled = compileScenario(scenario);
    const { timeline, nodes } = someNodes(startTimeline(scenario));
    const expected = (node: NodeId, actor: string) => {
      const state = compiled.pack(timeline.postures(node));
      const { moves, weights, pass } = compiled.weights(state, compiled.actorIds.indexOf(actor));
      const entries = moves.map((m, i) => ({ move: scenario.moves[m]?.id as string, weight: weights[i] as number }));
      if (compiled.canPass(state)) entries.push({ move: PASS, weight: pass });
      const total = entries.reduce((sum, e) => sum + e.weight, 0);
      return entries.map((e) => ({ actor, move: e.move, weight: e.weight, probability: total > 0 ? e.weight / total : 0 }));
    };
    for (const node of nodes) {
      // An actor that is not played (played: false) never chooses, so it has no responses.
      for (const actor of scenario.actors) expect(timeline.responses(node, actor.id)).toEqual(actor.played === false ? [] : expected(node, actor.id));
      expect(timeline.responses(node)).toEqual(timeline.nextActors(node).flatMap((a) => expected(node, a)));
    }
  });
});
