import { describe, expect, it } from 'vitest';
import { PASS, startTimeline } from '../../../../../src/engine/index.ts';
import { english } from '../../../../../src/app/lib/words/index.ts';
import { nodeSentence, nodeWords } from '../../../../../src/app/lib/words/node-words.ts';
import { liaisonScenario } from '../../fixtures.ts';

describe('what happened at a node, in words', () => {
  const scenario = liaisonScenario();
  const timeline = startTimeline(scenario);

  it('should call the root the start', () => {
    expect(nodeWords(english, scenario, timeline.node(timeline.root))).toEqual({ actor: null, colour: null, label: 'Start' });
    expect(nodeSentence(english, scenario, timeline.node(timeline.root))).toBe('Start');
  });

  it('should name a facilitator override by what it set, not as the start', () => {
    const { timeline: after, node } = timeline.override(timeline.root, { actor: 'dprk', posture: 'liaison', level: 'withdrawn' });
    expect(nodeWords(english, scenario, after.node(node))).toEqual({ actor: 'Facilitator', colour: null, label: 'Sets DPRK liaison office to withdrawn' });
    expect(nodeSentence(english, scenario, after.node(node))).toBe('Facilitator sets liaison office to withdrawn');
  });

  it('should name a move and a pass by the actor who made it', () => {
    const actor = timeline.nextActors(timeline.root)[0] as string;
    const short = scenario.actors.find((a) => a.id === actor)?.short;
    const passed = timeline.play(timeline.root, { actor, move: PASS });
    expect(nodeWords(english, scenario, passed.timeline.node(passed.node))).toMatchObject({ actor: short, label: 'Pass' });
    expect(nodeSentence(english, scenario, passed.timeline.node(passed.node))).toBe(`${short} passes`);
  });
});
