// The limits table of docs/scenario-format.md: written from the schema, and what the loader enforces.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { LIMITS_END, LIMITS_START, limitsMarkdown } from '../../../scripts/limits-doc.ts';
import { formatProblem, loadScenario, MAX_BYTES, scenarioJsonSchema } from '../../../src/scenario/index.ts';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const doc = read('docs/scenario-format.md');
const full = read('tests/fixtures/valid-full.yaml');
const minimal = read('tests/fixtures/minimal.yaml');
const block = doc.slice(doc.indexOf(LIMITS_START), doc.indexOf(LIMITS_END) + LIMITS_END.length);

function problems(text: string): string[] {
  const result = loadScenario(text, 'f.yaml');
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('the limits table of docs/scenario-format.md', () => {
  it('should be exactly what the schema and the loader give (run npm run docs after changing the schema)', () => {
    expect(doc).toContain(LIMITS_START);
    expect(block).toBe(limitsMarkdown(scenarioJsonSchema()));
  });

  it.each([
    ['`moves`', 'list, 1–500 items'],
    ['`replay`', 'list, at most 1,000 items'],
    ['`replay[].time`', 'text, at most 120 characters, not empty'],
    ['`meta.daysPerTurn`', 'whole number, 1–365'],
    ['`moves[].goldstein.value`', 'number, −10 to 10'],
    ['the file', 'at most 2 MB (2,097,152 bytes), UTF-8 text'],
  ])('should state the limit of %s: %s', (place, limit) => {
    expect(block).toContain(`| ${place} | ${limit} |`);
  });

  it('should give limits the loader enforces at their edge: 120 characters of time pass, 121 do not', () => {
    const time = (n: number) => full.replace('time: morning, Seoul (UTC+9)', `time: ${'t'.repeat(n)}`);
    expect(problems(time(120))).toEqual([]);
    expect(problems(time(121))).toEqual([expect.stringContaining('replay[1].time: must be at most 120 characters')]);
  });

  it('should give the move and replay limits the loader enforces at their edge: 500 moves and 1,000 steps pass, one more does not', () => {
    /** The minimal scenario with `moves` always-open moves and `steps` replay steps that play the first of them. */
    const sized = (moves: number, steps: number) => {
      const doc = parse(minimal) as { meta: Record<string, unknown>; moves: Record<string, unknown>[]; replay?: unknown[] };
      const [template] = doc.moves;
      doc.moves = Array.from({ length: moves }, (_, i) => ({ ...template, id: `move-${i + 1}`, label: `Move ${i + 1}`, requires: undefined }));
      doc.meta.sources = [{ id: 'wire', title: 'Wire', publisher: 'Example', url: 'https://example.org/' }];
      doc.replay = Array.from({ length: steps }, () => ({ date: '2019-03-02', move: 'move-1', narration: 'It happens again.', sources: ['wire'] }));
      return stringify(doc);
    };
    expect(problems(sized(500, 1000))).toEqual([]);
    expect(problems(sized(501, 1))).toEqual([expect.stringMatching(/:\d+:\d+: moves: needs at most 500 items — remove 1 of the 501 \(at most 500\)$/)]);
    expect(problems(sized(1, 1001))).toEqual([expect.stringMatching(/:\d+:\d+: replay: needs at most 1000 items — remove 1 of the 1001 \(at most 1000\)$/)]);
  });

  it('should give the day and file limits the loader enforces at their edge', () => {
    expect(problems(full.replace(/daysPerTurn: \d+/, 'daysPerTurn: 365'))).toEqual([]);
    expect(problems(full.replace(/daysPerTurn: \d+/, 'daysPerTurn: 366'))).toEqual([expect.stringContaining('meta.daysPerTurn: must be at most 365')]);
    const padded = (bytes: number) => `${full}\n#${'x'.repeat(bytes - full.length - 2)}`;
    expect(problems(padded(MAX_BYTES))).toEqual([]);
    expect(problems(padded(MAX_BYTES + 1))).toEqual([expect.stringContaining('more than the 2 MB a scenario may be')]);
  });
});
