// Every message the loader gives says what is wrong, where, AND how to fix it: the part after " — ".
import { readdirSync, readFileSync } from 'node:fs';
import { isMap, isSeq, parseDocument, type Document, type Node } from 'yaml';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadScenario, loadTranslation, type Problem } from '../../../src/scenario/index.ts';

const fixtures = new URL('../../fixtures/', import.meta.url);
const invalidDir = new URL('invalid/', fixtures);
const minimal = readFileSync(new URL('minimal.yaml', fixtures), 'utf8');
const full = readFileSync(new URL('valid-full.yaml', fixtures), 'utf8');
const scenarios = new URL('../../../scenarios/', import.meta.url);

/** Every problem and warning of a file, printed; those without a fix part are the failures. */
function said(text: string | Uint8Array, file: string): readonly Problem[] {
  const result = loadScenario(text, file);
  return result.ok ? result.warnings : [...result.problems, ...result.warnings];
}

function withoutFix(problems: readonly Problem[]): string[] {
  return problems.filter((p) => !p.hint?.trim() || !formatProblem(p).includes(' — ')).map(formatProblem);
}

describe('every loader message has its "— how to fix it" part', () => {
  const files = readdirSync(invalidDir).filter((name) => /\.ya?ml$/.test(name));

  it('should find the invalid fixtures to walk', () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
  });

  it.each(files)('should give a fix with every message for invalid/%s', (file) => {
    const problems = said(readFileSync(new URL(file, invalidDir)), `invalid/${file}`);
    expect(problems.length).toBeGreaterThan(0);
    expect(withoutFix(problems)).toEqual([]);
  });

  it('should say how to shorten the 120-character time note, with its length', () => {
    const long = `morning, Seoul (UTC+9), ${'x'.repeat(110)}`;
    const problems = said(full.replace('time: morning, Seoul (UTC+9)', `time: ${long}`), 'f.yaml');
    expect(problems.map(formatProblem)).toEqual([
      `f.yaml:129:11: replay[1].time: must be at most 120 characters — shorten it to 120 characters or fewer (it has ${long.length})`,
    ]);
  });

  it.each([
    ['an impossible date', ['span: { from: 2019-03-01', 'span: { from: 2019-02-30'], 'meta.span.from: is not a real calendar date — month 02 of 2019 has 28 days'],
    ['a number out of range', ['daysPerTurn: 1', 'daysPerTurn: 400'], 'meta.daysPerTurn: must be at most 365 — write a whole number from 1 to 365'],
    ['an id with spaces', ['- id: expand-sanctions', '- id: Expand Sanctions'], "moves[0].id: must be an id: lowercase letters, digits and single hyphens, starting with a letter — write 'expand-sanctions'"],
    ['an empty list', ['authors: [What Happens Next]', 'authors: []'], 'meta.authors: needs at least 1 item — add one'],
    ['a quoted number', ['escalation: 3 }', 'escalation: "3" }'], 'levels[0].escalation: expected a number, found the text "3" — remove the quotes: 3'],
  ] as const)('should give %s a fix of its own', (_name, [find, replace], text) => {
    expect(minimal).toContain(find);
    expect(said(minimal.replace(find, replace), 'm.yaml').map(formatProblem)).toEqual([expect.stringContaining(text)]);
  });

  // Each place of the minimal scenario, broken in each of these ways; whatever message comes back has a fix.
  const BAD_VALUES: readonly unknown[] = ['', 'x'.repeat(3001), -1e6, 1.5, 'Not An Id', [], {}];

  function places(doc: Document): (string | number)[][] {
    const found: (string | number)[][] = [];
    const walk = (node: Node | null | undefined, path: (string | number)[]) => {
      if (!node) return;
      if (path.length > 0) found.push(path);
      if (isMap(node)) for (const pair of node.items) walk(pair.value as Node, [...path, String((pair.key as { value: unknown }).value)]);
      else if (isSeq(node)) node.items.forEach((item, i) => walk(item as Node, [...path, i]));
    };
    walk(doc.contents as Node, []);
    return found;
  }

  it('should give a fix with every message for a scenario broken at each place in each of several ways', () => {
    const doc = parseDocument(minimal);
    const missing = new Set<string>();
    let broken = 0;
    for (const path of places(doc)) {
      const variants: ((d: Document) => void)[] = [
        ...BAD_VALUES.map((value) => (d: Document) => d.setIn(path, d.createNode(value))),
        (d) => d.deleteIn(path),
        (d) => {
          if (isMap(d.getIn(path.slice(0, -1)))) d.setIn([...path.slice(0, -1), 'extra-key'], 1);
        },
      ];
      for (const mutate of variants) {
        const copy = doc.clone();
        mutate(copy);
        const result = loadScenario(String(copy), 'm.yaml');
        if (!result.ok) broken++;
        for (const line of withoutFix(result.ok ? result.warnings : [...result.problems, ...result.warnings])) missing.add(line);
      }
    }
    expect(broken).toBeGreaterThan(300);
    expect([...missing]).toEqual([]);
  });

  // The fixtures of the format's later features, each place given an empty text, a fraction and an empty list.
  it.each(['engine-parties.yaml', 'engine-relative-effects.yaml', 'time-zones.yaml', 'time-lapse.yaml'])('should give a fix with every message for %s broken at each place', (file) => {
    const doc = parseDocument(readFileSync(new URL(file, fixtures), 'utf8'));
    const missing = new Set<string>();
    let broken = 0;
    // The places of what those features added (the minimal walk above covers the rest of the format).
    const added = places(doc).filter(([top, , key]) => top === 'moves' || top === 'replay' || (top === 'meta' && key !== 'span') || ['played', 'short', 'weight'].includes(String(key)));
    for (const path of added) {
      for (const value of ['', 1.5, []]) {
        const copy = doc.clone();
        copy.setIn(path, copy.createNode(value));
        const result = loadScenario(String(copy), file);
        if (!result.ok) broken++;
        for (const line of withoutFix(result.ok ? result.warnings : [...result.problems, ...result.warnings])) missing.add(line);
      }
    }
    expect(broken).toBeGreaterThan(150);
    expect([...missing]).toEqual([]);
  });

  it('should give a fix with every message for a translation sidecar broken at each place', () => {
    const tutorial = loadScenario(readFileSync(new URL('tutorial.yaml', scenarios)), 'tutorial.yaml');
    if (!tutorial.ok) throw new Error('the tutorial should load');
    const doc = parseDocument(readFileSync(new URL('translations/tutorial.ko.yaml', scenarios), 'utf8'));
    const missing = new Set<string>();
    let broken = 0;
    for (const path of places(doc)) {
      for (const value of [1.5, '', []]) {
        const copy = doc.clone();
        copy.setIn(path, copy.createNode(value));
        const result = loadTranslation(String(copy), 'tutorial.ko.yaml', tutorial.scenario);
        if (!result.ok) broken++;
        for (const line of withoutFix(result.ok ? result.warnings : [...result.problems, ...result.warnings])) missing.add(line);
      }
    }
    expect(broken).toBeGreaterThan(100);
    expect([...missing]).toEqual([]);
  });
});
