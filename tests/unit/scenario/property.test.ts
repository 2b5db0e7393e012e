import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { crossCheck } from '../../../src/scenario/cross-check.ts';
import { formatPath, formatProblem, loadScenario, type LoadResult } from '../../../src/scenario/index.ts';
import { parseYamlTree } from '../../../src/scenario/yaml-tree.ts';
import { valueAt } from '../../../src/scenario/zod-problems.ts';

const text = readFileSync(new URL('../../fixtures/valid-full.yaml', import.meta.url), 'utf8');
const original = parse(text) as unknown;
type Tree = unknown;
type Path = (string | number)[];

function paths(tree: Tree, prefix: Path = []): Path[] {
  const out: Path[] = [prefix];
  if (Array.isArray(tree)) tree.forEach((child, i) => out.push(...paths(child, [...prefix, i])));
  else if (tree && typeof tree === 'object') for (const [k, v] of Object.entries(tree)) out.push(...paths(v, [...prefix, k]));
  return out;
}

const mutation = fc.record({
  kind: fc.constantFrom('delete', 'replace', 'rename', 'truncate', 'proto', 'duplicate'),
  pick: fc.nat(),
  value: fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.integer({ min: -1000, max: 1000 }),
    fc.double({ noNaN: false }),
    fc.boolean(),
    fc.constant(null),
    fc.constant([]),
    fc.constant({}),
    fc.constantFrom('us', 'dprk', 'us.sanctions', 'dprk.liaison.withdrawn', 'expand-sanctions', 's-mou', '163', '2019-03-22', 'pass'),
    // Cross-references are checked on data the shape check may have rejected: feed them look-alikes.
    fc.constantFrom('constructor', '__proto__', 'toString', 'us.constructor', 'us.sanctions.__proto__', '2019-02-30', '9999'),
    fc.constantFrom<unknown>({ all: [] }, { posture: 'us.sanctions' }, { not: null }, { any: 'us' }, [[]], [{ id: 'us' }], { id: ['us'] }),
  ),
  cut: fc.nat(),
});

interface Mutation {
  kind: string;
  pick: number;
  value: unknown;
  cut: number;
}

function apply(tree: Tree, m: Mutation): Tree {
  const all = paths(tree).filter((p) => p.length > 0);
  const path = all[m.pick % all.length];
  if (!path) return tree;
  const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], tree) as Record<string | number, unknown> | unknown[];
  const key = path[path.length - 1] as string | number;
  const current = (parent as Record<string | number, unknown>)[key];
  switch (m.kind) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete (parent as Record<string, unknown>)[key];
      break;
    case 'replace':
      (parent as Record<string | number, unknown>)[key] = m.value;
      break;
    case 'rename':
      if (typeof current === 'string') (parent as Record<string | number, unknown>)[key] = `${current}x`.slice(m.cut % 3);
      else if (!Array.isArray(parent)) {
        const value = (parent as Record<string, unknown>)[key];
        delete (parent as Record<string, unknown>)[key];
        (parent as Record<string, unknown>)[`${String(key)}${m.cut % 2 ? 's' : ''}`.slice(1)] = value;
      }
      break;
    case 'truncate':
      if (typeof current === 'string') (parent as Record<string | number, unknown>)[key] = current.slice(0, m.cut % (current.length + 1));
      else if (Array.isArray(current)) current.length = m.cut % (current.length + 1);
      break;
    case 'proto':
      if (current && typeof current === 'object' && !Array.isArray(current)) {
        Object.defineProperty(current, '__proto__', { value: { polluted: true }, enumerable: true, configurable: true, writable: true });
      }
      break;
    case 'duplicate':
      if (Array.isArray(parent)) parent.push(structuredClone(current));
      break;
  }
  return tree;
}

function expectCleanResult(result: LoadResult): void {
  if (result.ok) {
    expect(result.scenario.hash).toMatch(/^[0-9a-f]{16}$/);
    expect(Object.isFrozen(result.scenario)).toBe(true);
  } else {
    expect(result.problems.length).toBeGreaterThan(0);
    for (const p of result.problems) {
      expect(p.line).toBeGreaterThanOrEqual(1);
      expect(p.column).toBeGreaterThanOrEqual(1);
      expect(typeof p.message).toBe('string');
      expect(p.message).not.toMatch(/internal error/);
    }
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

describe('loadScenario on mutated scenarios (property)', () => {
  it('should return a Scenario or located problems for any mutation of the data, never throw', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        let tree = structuredClone(original);
        for (const m of mutations) tree = apply(tree, m);
        expectCleanResult(loadScenario(stringify(tree), 'mutated.yaml'));
      }),
      { numRuns: 500, seed: 20190228 },
    );
  });

  it('should give well-formed cross-reference problems on data that failed the shape check, and report each once', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        let tree = structuredClone(original);
        for (const m of mutations) tree = apply(tree, m);
        const text = stringify(tree);
        const parsed = parseYamlTree(text);
        if (!parsed.ok) return;
        const cross = crossCheck(parsed.value, parsed.locate);
        for (const p of cross) {
          expect(p.line).toBeGreaterThanOrEqual(1);
          expect(p.column).toBeGreaterThanOrEqual(1);
          // Every cross-reference problem points at a value that is written in the file.
          expect(valueAt(parsed.value, p.path), p.path.join('.')).not.toBeUndefined();
          for (const words of [p.message, p.hint ?? 'no hint']) {
            expect(words).toMatch(/\S/);
            expect(words).not.toMatch(/undefined|\[object |NaN/);
          }
        }
        const result = loadScenario(text, 'mutated.yaml');
        if (result.ok) return;
        const lines = result.problems.map(formatProblem);
        expect(new Set(lines).size).toBe(lines.length);
        // A place the shape check reported gets no second message from the cross-reference check.
        const key = (p: { line: number; column: number; path: string; message: string }) => JSON.stringify([p.line, p.column, p.path, p.message]);
        const fromCross = new Set(cross.map((p) => key({ ...p, path: formatPath(p.path) })));
        const shapePaths = new Set(result.problems.filter((p) => !fromCross.has(key(p))).map((p) => p.path));
        for (const p of result.problems) if (fromCross.has(key(p))) expect(shapePaths.has(p.path), formatProblem(p)).toBe(false);
      }),
      { numRuns: 500, seed: 20190322 },
    );
  });

  it('should return located problems for any cut or splice of the text, never throw', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat({ max: 40 }), fc.string({ maxLength: 6 }), (at, remove, insert) => {
        const cut = at % (text.length + 1);
        const mutated = text.slice(0, cut) + insert + text.slice(cut + remove);
        expectCleanResult(loadScenario(mutated, 'spliced.yaml'));
      }),
      { numRuns: 500, seed: 20190301 },
    );
  });
});
