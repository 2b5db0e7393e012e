import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadScenario } from '../../../src/scenario/index.ts';

const full = readFileSync(new URL('../../fixtures/valid-full.yaml', import.meta.url), 'utf8');

function warningsOf(text: string): string[] {
  const result = loadScenario(text, 'look.yaml');
  expect(result.ok).toBe(true);
  return result.warnings.map(formatProblem);
}

describe('look-alike warnings', () => {
  it('should load the fixtures without warnings', () => {
    expect(warningsOf(full)).toEqual([]);
  });

  it('should warn, and still load, when two moves of one actor have the same label', () => {
    const text = full.replace('label: Cancel sanctions by tweet', 'label: "  expand  SANCTIONS"');
    expect(warningsOf(text)).toEqual([
      "look.yaml:68:12: warning: moves[1].label: actor 'us' has another move labelled 'expand  SANCTIONS' (moves[0], line 52) — give each move of an actor its own label: players choose moves by label",
    ]);
  });

  it('should count labels that differ only by an invisible character or a compatibility form as the same', () => {
    expect(warningsOf(full.replace('label: Cancel sanctions by tweet', 'label: "Expand\u200b sanctions"'))).toHaveLength(1);
    expect(warningsOf(full.replace('label: Cancel sanctions by tweet', 'label: "Ｅxpand sanctions"'))).toHaveLength(1);
  });

  it('should not warn about the same label on moves of different actors', () => {
    expect(warningsOf(full.replace('label: Withdraw liaison staff', 'label: Expand sanctions'))).toEqual([]);
  });

  it('should warn when two actors have the same short name and colour', () => {
    const text = full.replace('short: DPRK\n    colour: "#d62728"', 'short: US\n    colour: "#1F77B4"');
    expect(warningsOf(text)).toEqual([
      "look.yaml:40:12: warning: actors[1].short: this actor has the same short name 'US' and the same colour #1F77B4 as actor 'us' (line 25) — give each actor its own name, short name and colour: players tell the sides apart by them",
    ]);
  });

  it('should warn when two actors have the same name', () => {
    expect(warningsOf(full.replace("name: Democratic People's Republic of Korea", 'name: united states'))).toEqual([
      expect.stringMatching(/^look\.yaml:39:11: warning: actors\[1\]\.name: this actor has the same name 'united states' as actor 'us' \(line 25\)/),
    ]);
  });

  it('should return warnings beside the problems of an invalid file', () => {
    const result = loadScenario(full.replace('short: DPRK', 'short: US').replace('actor: dprk\n    label: Return', 'actor: dprkk\n    label: Return'), 'look.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.message)).toEqual(["unknown actor 'dprkk'"]);
    expect(result.warnings.map((p) => [p.path, p.severity])).toEqual([['actors[1].short', 'warning']]);
  });
});
