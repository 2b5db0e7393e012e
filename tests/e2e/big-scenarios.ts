/**
 * Scenario files at the sizes issue 15 names, for the upload tests: 500 moves, a 1,000-step replay,
 * and a file just under the 2 MB cap. Generated from the grid scenario of the engine tests.
 */
import { readFileSync } from 'node:fs';
import { gridScenario } from '../unit/engine/grid-scenario.ts';

/** 100 postures of 5 levels, a move to set each level: 500 moves (the format's most) over 5 actors. */
export function fiveHundredMoves(): string {
  return gridScenario(100, 5, { everyLevel: true }).replace('id: grid, title: Grid', 'id: many-moves, title: Five hundred moves');
}

/** Two postures of three levels and a replay of `steps` steps, one a day, each setting a posture to another level. */
export function longReplay(steps: number): string {
  const from = new Date(Date.UTC(2019, 2, 1));
  const day = (d: number) => new Date(from.getTime() + d * 86_400_000).toISOString().slice(0, 10);
  const lines = [`replay:`];
  for (let i = 0; i < steps; i++) lines.push(`  - { date: ${day(i)}, move: set-p${i % 2}-l${1 + ((i >> 1) % 2)}, narration: Step ${i + 1}., sources: [s1] }`);
  return gridScenario(2, 3, { everyLevel: true })
    .replace('id: grid, title: Grid', 'id: long-replay, title: A thousand days')
    .replace('span: { from: 2019-03-01, to: 2019-03-31 }', `span: { from: 2019-03-01, to: ${day(steps + 30)} }`)
    .replace('daysPerTurn: 1 }', 'daysPerTurn: 1, sources: [{ id: s1, title: A source, publisher: Tests, date: 2019-03-01, url: "https://example.org/a" }] }')
    .replace('turns: { mode: free, start: 2019-03-01 }', `turns: { mode: free, start: ${day(steps - 1)} }\n${lines.join('\n')}`);
}

/** The 40 × 6 fixture, padded with comments to `bytes` bytes (the cap is 2 MB, 2,097,152 bytes). */
export function paddedTo(bytes: number): string {
  const text = readFileSync('tests/fixtures/large-40x6.yaml', 'utf8');
  const line = `# ${'padding '.repeat(12)}\n`;
  const pad = line.repeat(Math.floor((bytes - text.length) / line.length));
  return text + pad + '#'.repeat(bytes - text.length - pad.length - 1) + '\n';
}
