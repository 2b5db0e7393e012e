import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadScenario, loadTranslation, scenarioJsonSchema, translateScenario } from '../../../src/scenario/index.ts';

const doc = readFileSync(new URL('../../../docs/scenario-format.md', import.meta.url), 'utf8');
const example = /## Worked example[\s\S]*?```yaml\n([\s\S]*?)```/.exec(doc)?.[1];
const translation = /## Translations[\s\S]*?```yaml\n([\s\S]*?)```/.exec(doc)?.[1];

describe('docs/scenario-format.md', () => {
  it('should contain a worked example that validates', () => {
    expect(example, 'docs/scenario-format.md has no ```yaml block under "## Worked example"').toBeDefined();
    const result = loadScenario(example ?? '', 'docs/scenario-format.md (worked example)');
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
    if (result.ok) {
      expect(result.scenario.replay).toHaveLength(3);
      expect(result.scenario.moves.some((m) => m.goldstein)).toBe(true);
    }
  });

  it('should contain a translation of the worked example that checks with no problem and no missing text', () => {
    expect(translation, 'docs/scenario-format.md has no ```yaml block under "## Translations"').toBeDefined();
    const scenario = loadScenario(example ?? '', 'worked example');
    if (!scenario.ok) throw new Error('the worked example does not load');
    const result = loadTranslation(translation ?? '', 'docs/scenario-format.md (translation)', scenario.scenario);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
    expect(result.warnings.map(formatProblem)).toEqual([]);
    if (result.ok) expect(translateScenario(scenario.scenario, result.translation).hash).toBe(scenario.scenario.hash);
  });

  it('should document every key of the format', () => {
    const keys = new Set<string>();
    const collect = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(collect);
      else if (node && typeof node === 'object') {
        const properties = (node as { properties?: Record<string, unknown> }).properties;
        if (properties) Object.keys(properties).forEach((k) => keys.add(k));
        Object.values(node).forEach(collect);
      }
    };
    collect(scenarioJsonSchema());
    expect(keys.size).toBeGreaterThan(50);
    for (const key of keys) expect(doc, `docs/scenario-format.md never mentions \`${key}\``).toContain(`\`${key}`);
  });
});
