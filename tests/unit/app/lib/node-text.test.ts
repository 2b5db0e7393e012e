import { describe, expect, it } from 'vitest';
import { startTimeline } from '../../../../src/engine/index.ts';
import { nodeText } from '../../../../src/app/lib/node-text.ts';
import { liaisonScenario } from '../fixtures.ts';

describe('nodeText', () => {
  const scenario = liaisonScenario();
  const timeline = startTimeline(scenario);

  it('should call the root the start', () => {
    expect(nodeText(scenario, timeline, timeline.root)).toEqual({ actor: null, colour: null, label: 'Start' });
  });

  it('should name a facilitator override by what it set, not as the start', () => {
    const { timeline: after, node } = timeline.override(timeline.root, { actor: 'dprk', posture: 'liaison', level: 'withdrawn' });
    expect(nodeText(scenario, after, node)).toEqual({ actor: 'Facilitator', colour: null, label: 'Sets DPRK liaison office to withdrawn' });
  });
});
