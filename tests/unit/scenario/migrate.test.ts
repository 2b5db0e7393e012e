import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FORMAT_VERSION, formatProblem, loadScenario, type Scenario } from '../../../src/scenario/index.ts';
import { migrate } from '../../../src/scenario/migrate.ts';
import { loadTranslation } from '../../../src/scenario/translation.ts';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

function load(text: string): Scenario {
  const result = loadScenario(text, 'test.yaml');
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.scenario;
}

// The hashes these format-1 files had before format 2 existed: saved sessions and share links
// name them, so a migrated file must keep them.
const FORMAT_1_HASHES: [string, string][] = [
  ['tests/fixtures/minimal.yaml', 'c1cb05de10408bbb'],
  ['tests/fixtures/valid-full.yaml', 'c7c79f5b47bc01f0'],
  ['tests/fixtures/engine-free.yaml', 'e08082ba73602ff6'],
  ['tests/fixtures/engine-liaison.yaml', '9735e36d5ae045dd'],
  ['scenarios/tutorial.yaml', 'bd0107d5177ce5da'],
];

describe('format migration', () => {
  it('should be at format 2', () => {
    expect(FORMAT_VERSION).toBe(2);
  });

  it.each(FORMAT_1_HASHES)('should load the format-1 file %s unchanged, with the hash it had before', (path, hash) => {
    const text = read(path);
    expect(text).toMatch(/^format: 1$/m);
    const scenario = load(text);
    expect(scenario.format).toBe(2);
    expect(scenario.hash).toBe(hash);
  });

  it('should give the same file written as format 2 its own hash (a different file to sessions)', () => {
    const v1 = read('tests/fixtures/minimal.yaml');
    const v2 = v1.replace(/^format: 1$/m, 'format: 2');
    const a = load(v1);
    const b = load(v2);
    expect(b.hash).not.toBe(a.hash);
    expect({ ...b, hash: '' }).toEqual({ ...a, hash: '' });
  });

  it('should migrate without touching the input and leave unreadable versions for the schema to report', () => {
    const input = { format: 1, meta: { id: 'x' } };
    const out = migrate(input);
    expect(out).toEqual({ value: { format: 2, meta: { id: 'x' } }, hashedAs: 1 });
    expect(input.format).toBe(1);
    expect(migrate({ format: 7 })).toEqual({ value: { format: 7 }, hashedAs: 2 });
    expect(migrate('text')).toEqual({ value: 'text', hashedAs: 2 });
  });

  it('should refuse an unknown version with a message naming the readable ones, at its line', () => {
    const result = loadScenario(read('tests/fixtures/minimal.yaml').replace(/^format: 1$/m, 'format: 3'), 'test.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const problem = result.problems.find((p) => p.path === 'format');
    expect(problem?.message).toMatch(/must be 2 .*format 1 load too/);
    expect(problem?.line).toBe(read('tests/fixtures/minimal.yaml').split('\n').findIndex((l) => l.startsWith('format:')) + 1);
  });

  it('should read a format-1 translation sidecar against its scenario', () => {
    const scenario = load(read('scenarios/tutorial.yaml'));
    const sidecar = read('scenarios/translations/tutorial.ko.yaml');
    expect(sidecar).toMatch(/^format: 1$/m);
    const result = loadTranslation(sidecar, 'tutorial.ko.yaml', scenario);
    expect(result.ok).toBe(true);
  });
});
