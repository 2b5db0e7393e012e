import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadScenario } from '../../../src/scenario/index.ts';

const dir = new URL('../../../scenarios/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'));

describe('scenarios/', () => {
  it('should ship at least one scenario', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s should validate without warnings and point editors at the JSON Schema', (file) => {
    const text = readFileSync(new URL(file, dir), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./scenario.schema.json');
    const result = loadScenario(text, `scenarios/${file}`);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
    expect(result.warnings.map(formatProblem)).toEqual([]);
  });

  it('should give every scenario its own id', () => {
    const ids = files.map((file) => {
      const result = loadScenario(readFileSync(new URL(file, dir)), file);
      return result.ok ? result.scenario.meta.id : file;
    });
    expect(new Set(ids).size).toBe(ids.length);
  });
});
