/** The classroom tutorial: small enough for a ten-minute warm-up, with what the issue asks for. */
import { describe, expect, it } from 'vitest';
import { startTimeline } from '../../../src/engine/index.ts';
import { sourceLinks } from '../../../src/scenario/source-links.ts';
import { loadShipped } from './shipped.ts';

const scenario = loadShipped('tutorial.yaml');

describe('tutorial scenario', () => {
  it('should have two actors with two postures and four moves each', () => {
    expect(scenario.actors).toHaveLength(2);
    for (const actor of scenario.actors) {
      expect(actor.postures, actor.id).toHaveLength(2);
      expect(scenario.moves.filter((m) => m.actor === actor.id), actor.id).toHaveLength(4);
    }
  });

  it('should have a four-step replay, two outcomes and three debrief questions', () => {
    expect(scenario.replay).toHaveLength(4);
    expect(scenario.outcomes).toHaveLength(2);
    expect(scenario.debrief).toHaveLength(3);
  });

  it('should label every source as fictional and point it at example.org', () => {
    for (const source of scenario.meta.sources) {
      expect(source.title, source.id).toMatch(/fictional/i);
      for (const link of sourceLinks(source)) expect(new URL(link.url).hostname, source.id).toBe('example.org');
    }
  });

  it('should end its replay in an armed standoff the class can still play out', () => {
    const timeline = startTimeline(scenario);
    const last = timeline.replayTrack().at(-1)!;
    expect(timeline.indicators(last).outcomes).toEqual(['armed-standoff']);
    expect(timeline.responses(last).some((r) => r.move !== 'pass' && r.probability > 0)).toBe(true);
  });
});
