/**
 * Turns zod's issues into problems a scenario author can act on: located, in plain words,
 * with a fix ("unknown key 'efects' — did you mean 'effects'?").
 */
import type { z } from 'zod';
import { suggestion } from './did-you-mean.ts';
import type { PathSegment } from './problem.ts';
import { descriptionOf, innermostDescription, objectKeys, requiredKeys, schemaAt, unionOptions } from './schema-walk.ts';
import type { Locator, TreeProblem } from './yaml-tree.ts';
import { fixFor, splitFix } from './zod-hints.ts';

/** Returned by the per-parse error map: "the schema gave no message of its own, write one". */
export const NO_CUSTOM_MESSAGE = '\u0000default';

type Issue = z.core.$ZodIssue;

/** One problem per place: the first issue zod reports there, after the ones ranked lower (see `rank`). */
export function issuesToProblems(root: z.ZodType, issues: readonly Issue[], data: unknown, locate: Locator): TreeProblem[] {
  const problems: TreeProblem[] = [];
  const seen = new Set<string>();
  const add = (problem: TreeProblem) => {
    const key = JSON.stringify(problem.path);
    if (!seen.has(key)) {
      seen.add(key);
      problems.push(problem);
    }
  };
  const visit = (issue: Issue, prefix: readonly PathSegment[]) => {
    const path = [...prefix, ...(issue.path as PathSegment[])];
    if (issue.code === 'invalid_union') {
      unionProblems(root, issue, path, data, locate, visit, add);
      return;
    }
    if (issue.code === 'unrecognized_keys') {
      const allowed = objectKeys(schemaAt(root, path) ?? root);
      for (const key of issue.keys) {
        add({
          ...locate.keyAt([...path, key]),
          path: [...path, key],
          message: `unknown key '${key}'`,
          hint: suggestion(key, allowed, 'allowed keys here'),
        });
      }
      return;
    }
    add(describe(root, issue, path, data, locate));
  };
  for (const issue of [...issues].sort((a, b) => rank(a) - rank(b))) visit(issue, []);
  // "unknown key 'efects' — did you mean 'effects'?" already says that 'effects' is missing.
  const misspelt = new Set(
    problems.flatMap((p) => {
      const match = p.message.startsWith('unknown key ') ? /did you mean '(.+)'\?/.exec(p.hint ?? '') : null;
      return match ? [JSON.stringify([...p.path.slice(0, -1), match[1]])] : [];
    }),
  );
  return problems.filter((p) => !(p.message.startsWith('missing required key ') && misspelt.has(JSON.stringify(p.path))));
}

/**
 * zod's .int() brings bounds of its own (the safe integers, ±9007199254740991); where the schema
 * states a bound too ("at most 365"), the schema's is the one worth saying.
 */
function rank(issue: Issue): number {
  return (issue.code === 'too_big' || issue.code === 'too_small') && issue.origin === 'int' ? 1 : 0;
}

function describe(root: z.ZodType, issue: Issue, path: PathSegment[], data: unknown, locate: Locator): TreeProblem {
  const parent = valueAt(data, path.slice(0, -1));
  const last = path[path.length - 1];
  const value = valueAt(data, path);
  if (value === undefined && typeof last === 'string' && isRecord(parent) && !Object.hasOwn(parent, last)) {
    const description = descriptionOf(schemaAt(root, path));
    return {
      ...locate.keyAt(path.slice(0, -1)),
      path,
      message: `missing required key '${last}'`,
      hint: `add "${last}:"${description ? ` (${lowerFirst(description.replace(/\.$/, ''))})` : ''}`,
    };
  }
  const where = locate.valueAt(path);
  // The schema's own words first, split into what is wrong and how to fix it (zod-hints.ts).
  const { message, hint } = issue.message !== NO_CUSTOM_MESSAGE ? splitFix(issue.message) : defaultMessage(issue, value);
  // An empty fix is dropped when the problem is printed, and fails tests/unit/scenario/fix-hints.test.ts.
  return { ...where, path, message, hint: hint ?? fixFor(issue, schemaAt(root, path), value, path) ?? '' };
}

function defaultMessage(issue: Issue, value: unknown): { message: string; hint?: string } {
  switch (issue.code) {
    case 'invalid_type':
      return { message: `expected ${noun(String(issue.expected))}, found ${describeValue(value)}` };
    case 'too_small':
      return { message: bound('at least', issue.origin, Number(issue.minimum)) };
    case 'too_big':
      return { message: bound('at most', issue.origin, Number(issue.maximum)) };
    case 'invalid_value': {
      const allowed = issue.values.map((v) => JSON.stringify(v));
      const message = `must be ${allowed.length > 1 ? 'one of ' : ''}${allowed.join(', ')}, found ${describeValue(value)}`;
      if (typeof value === 'string') {
        return { message, hint: suggestion(value, issue.values.map(String), 'allowed values') };
      }
      return { message };
    }
    case 'invalid_format':
      return { message: `is not a valid ${issue.format}` };
    case 'not_multiple_of':
      return { message: `must be a multiple of ${String(issue.divisor)}` };
    default:
      return { message: 'is not valid here' };
  }
}

function unionProblems(
  root: z.ZodType,
  issue: Extract<Issue, { code: 'invalid_union' }>,
  path: PathSegment[],
  data: unknown,
  locate: Locator,
  visit: (issue: Issue, prefix: readonly PathSegment[]) => void,
  add: (problem: TreeProblem) => void,
): void {
  const schema = schemaAt(root, path);
  const options = schema ? (unionOptions(schema) ?? []) : [];
  // Each form by the keys it needs (optional keys such as an effect's for/until/then are not a form of their own).
  const shapes = options.map(requiredKeys);
  const allowed = options.map(objectKeys);
  const value = valueAt(data, path);
  if (shapes.length === 0 || shapes.some((keys) => keys.length === 0)) {
    const said = issue.message === NO_CUSTOM_MESSAGE ? { message: 'is not valid here' } : splitFix(issue.message);
    add({ ...locate.valueAt(path), path, message: said.message, hint: said.hint ?? 'see docs/scenario-format.md for what this key takes' });
    return;
  }
  const expected = `expected ${article(innermostDescription(schema))}: ${shapes.map((keys) => `{${keys.join(', ')}}`).join(' | ')}`;
  if (!isRecord(value)) {
    add({ ...locate.valueAt(path), path, message: expected, hint: `found ${describeValue(value)}; write one of these forms, e.g. ${exampleForm(known(shapes))}` });
    return;
  }
  const keys = Object.keys(value);
  const knownKeys = new Set(allowed.flat());
  const unknown = keys.filter((k) => !knownKeys.has(k));
  for (const key of unknown) {
    add({ ...locate.keyAt([...path, key]), path: [...path, key], message: `unknown key '${key}'`, hint: suggestion(key, [...knownKeys], 'allowed keys here') });
  }
  if (unknown.length > 0) return;
  const match = shapes.findIndex((shape, i) => shape.every((k) => keys.includes(k)) && keys.every((k) => allowed[i]?.includes(k)) && shapes.every((other) => other === shape || !other.every((k) => keys.includes(k))));
  const nested = match >= 0 ? issue.errors[match] : undefined;
  if (nested && nested.length > 0) {
    for (const inner of nested) visit(inner, path);
    return;
  }
  add({
    ...locate.valueAt(path),
    path,
    message: expected,
    hint: `found {${keys.join(', ')}}; write exactly one of these forms, e.g. ${exampleForm(knownKeys)}`,
  });
}

function known(shapes: readonly string[][]): Set<string> {
  return new Set(shapes.flat());
}

/** One form of an effect or a condition, written out, for hints. */
function exampleForm(keys: ReadonlySet<string>): string {
  return keys.has('raise') ? '{ posture: us.sanctions, raise: 1 }' : '{ posture: dprk.liaison, is: withdrawn }';
}

function bound(relation: string, origin: string, limit: number): string {
  switch (origin) {
    case 'array':
      return `needs ${relation} ${limit} ${limit === 1 ? 'item' : 'items'}`;
    case 'string':
      return `must be ${relation} ${limit} characters long`;
    default:
      return `must be ${relation} ${limit}`;
  }
}

function noun(expected: string): string {
  const nouns: Record<string, string> = {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list',
    object: 'a mapping (key: value entries)',
  };
  return nouns[expected] ?? expected;
}

export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'number') return Number.isInteger(value) ? `the number ${value}` : `the number ${value}`;
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  return 'a mapping';
}

function article(description: string | undefined): string {
  const noun = (description ?? 'value').replace(/^an? /i, '').replace(/\.$/, '').replace(/ on posture levels$/, '');
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${lowerFirst(noun)}`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let current = data;
  for (const segment of path) {
    if (Array.isArray(current) && typeof segment === 'number') current = current[segment];
    else if (isRecord(current) && typeof segment === 'string' && Object.hasOwn(current, segment)) current = current[segment];
    else return undefined;
  }
  return current;
}
