/**
 * What every shipped scenario must give a user: it loads and points editors at the JSON Schema,
 * its id is its own, its replay plays through the engine, each historical move is plausible under
 * the propensity model, and exploring it finds nothing unexpected.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explore, startTimeline } from '../../../src/engine/index.ts';
import { formatProblem, loadScenario } from '../../../src/scenario/index.ts';
import { loadShipped, SCENARIO_DIR, shippedScenarioFiles } from './shipped.ts';

const MIN_REPLAY_PROBABILITY = 0.05;
const files = shippedScenarioFiles();

describe('scenarios/', () => {
  it('should ship at least one scenario', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s should validate and point editors at the JSON Schema', (file) => {
    const text = readFileSync(join(SCENARIO_DIR, file), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./scenario.schema.json');
    const result = loadScenario(text, `scenarios/${file}`);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });

  it('should give every scenario its own id', () => {
    const ids = files.map((file) => {
      const result = loadScenario(readFileSync(join(SCENARIO_DIR, file)), file);
      return result.ok ? result.scenario.meta.id : file;
    });
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('shipped scenarios', () => {
  it('should include the March 2019 scenario and the tutorial', () => {
    expect(files).toEqual(expect.arrayContaining(['march-2019.yaml', 'tutorial.yaml']));
  });

  describe.each(files)('%s', (file) => {
    const scenario = loadShipped(file);

    it('should lay every replay step on the replay track', () => {
      const track = startTimeline(scenario).replayTrack();
      // The track starts at the root, then one node per replay step.
      expect(track).toHaveLength(scenario.replay.length + 1);
    });

    it('should give each replay move a probability of at least 5% among its actor\'s open moves', () => {
      const timeline = startTimeline(scenario);
      const track = timeline.replayTrack();
      const unlikely: string[] = [];
      track.slice(1).forEach((id, index) => {
        const node = timeline.node(id);
        const move = node.move!;
        const responses = timeline.responses(node.parent!, move.actor);
        const probability = responses.find((r) => r.move === move.move)?.probability ?? 0;
        if (probability < MIN_REPLAY_PROBABILITY) {
          unlikely.push(`${scenario.replay[index]!.date} ${move.actor} ${move.move}: ${(probability * 100).toFixed(1)}%`);
        }
      });
      expect(unlikely).toEqual([]);
    });

    it('should never reach a game-ending outcome on the replay track, so every step can be branched', () => {
      const timeline = startTimeline(scenario);
      const terminal = new Set(scenario.outcomes.filter((o) => o.terminal).map((o) => o.id));
      const ended = timeline
        .replayTrack()
        .filter((id) => timeline.indicators(id).outcomes.some((o) => terminal.has(o)))
        .map((id) => timeline.node(id).date);
      expect(ended).toEqual([]);
    });

    it('should cite at least one source with a web address on every replay step', () => {
      const urls = new Map(scenario.meta.sources.map((s) => [s.id, s.url]));
      for (const step of scenario.replay) {
        expect(step.sources.length, step.date).toBeGreaterThan(0);
        for (const id of step.sources) expect(urls.get(id), `${step.date} cites ${id}`).toMatch(/^https?:\/\//);
      }
    });

    it('should explore with no unexpected unreachable level, never-open move or dead end', () => {
      const report = explore(scenario);
      expect(report.unreachableLevels.unexpected).toEqual([]);
      expect(report.neverOpenMoves.unexpected).toEqual([]);
      expect(report.deadEnds.count).toBe(0);
      expect(report.staleExpectations).toEqual([]);
      expect(report.ok).toBe(true);
    });
  });
});
