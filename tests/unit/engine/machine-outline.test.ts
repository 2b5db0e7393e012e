import { describe, expect, it } from 'vitest';
import { engineFor, isActive, startTimeline, type OutlineNode } from '../../../src/engine/index.ts';
import { allScenarioFiles, liaison, loadFile } from './load-fixture.ts';

describe('the statechart outline', () => {
  it.each(allScenarioFiles())('should draw %s as the machine: actors, their posture regions, and the levels', (file) => {
    const scenario = loadFile(file);
    const { outline } = engineFor(scenario);
    expect(outline).toMatchObject({ key: scenario.meta.id, path: [], type: 'parallel' });
    expect(outline.children.map((a) => a.key)).toEqual(scenario.actors.map((a) => a.id));
    scenario.actors.forEach((actor, i) => {
      const region = outline.children[i] as OutlineNode;
      expect(region.type).toBe('parallel');
      expect(region.children.map((p) => ({ key: p.key, type: p.type, initial: p.initial }))).toEqual(
        actor.postures.map((p) => ({ key: p.id, type: 'compound', initial: p.initial })),
      );
      actor.postures.forEach((posture, j) => {
        const levels = region.children[j]?.children ?? [];
        expect(levels.map((l) => [l.path, l.type, l.children.length])).toEqual(posture.levels.map((l) => [[actor.id, posture.id, l.id], 'atomic', 0]));
      });
    });
  });

  it('should be built once per scenario and shared', () => {
    const scenario = liaison();
    const engine = engineFor(scenario);
    expect(engineFor(scenario)).toBe(engine);
    expect(engine.outline).toBe(engine.outline);
    expect(engine.compiled).toBe(engineFor(scenario).compiled);
  });

  it('should mark the states of a state value active, and no others', () => {
    const scenario = liaison();
    const timeline = startTimeline(scenario);
    const value = timeline.postures(timeline.root);
    const { outline } = engineFor(scenario);
    for (const actor of outline.children) {
      for (const region of actor.children) {
        const active = region.children.filter((level) => isActive(value, level.path)).map((level) => level.key);
        expect(active).toEqual([value[actor.key]?.[region.key]]);
      }
    }
    expect(isActive(value, [])).toBe(true);
    expect(isActive(value, ['nobody'])).toBe(false);
  });
});
