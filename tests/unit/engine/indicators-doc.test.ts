import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escalationSum, startTimeline, tensionRange } from '../../../src/engine/index.ts';
import { liaison } from './load-fixture.ts';

const doc = readFileSync(join(import.meta.dirname, '..', '..', '..', 'docs', 'indicators.md'), 'utf8');
const scenario = liaison();

describe('docs/indicators.md worked example', () => {
  it('should state the tension range the engine uses', () => {
    const { min, max } = tensionRange(scenario);
    expect(doc).toContain(`so *min* = 0 + 1 + 0 + 0 = ${min} and *max* = 6 + 4 + 3 + 7 = ${max}`);
  });

  it('should match the engine on every replay step', () => {
    const timeline = startTimeline(scenario);
    const track = timeline.replayTrack();
    expect(doc).toContain(`tension (4 − 1) / 19 × 100 = ${timeline.indicators(track[0] as number).tension.toFixed(1)}`);
    track.slice(1).forEach((id, i) => {
      const node = timeline.node(id);
      const ind = timeline.indicators(id);
      const cumulative = `US ${ind.cumulativeGoldstein.us}, DPRK ${Math.round((ind.cumulativeGoldstein.dprk ?? 0) * 10) / 10}`;
      const cells = [
        String(i + 1),
        node.date,
        String(ind.goldstein),
        String(escalationSum(scenario, timeline.postures(id))),
        ind.tension.toFixed(1),
        cumulative,
        ind.outcomes.length > 0 ? ind.outcomes.join(', ') : '–',
      ];
      const row = doc.split('\n').find((line) => line.startsWith(`| ${i + 1} | ${node.date} |`));
      expect(row, `row for step ${i + 1}`).toBeDefined();
      const docCells = (row as string).split('|').map((c) => c.trim()).filter((c) => c !== '');
      expect([docCells[0], docCells[1], ...docCells.slice(3)]).toEqual(cells);
    });
  });

  it('should match the engine on the response probabilities after step 1', () => {
    const timeline = startTimeline(scenario);
    const probabilities = timeline.responses(timeline.replayTrack()[1] as number).map((r) => r.probability.toFixed(3));
    expect(doc).toContain(`so 4/7 = ${probabilities[0]}, 2/7 = ${probabilities[1]}\nand 1/7 = ${probabilities[2]}`);
  });
});
