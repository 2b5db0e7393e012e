/**
 * A damaged saved session described in words a user can act on ("“current” should be a whole
 * number, but it is the text "x""), not in a parser's terms.
 */
import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

const NOUNS: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'a group of fields',
  array: 'a list',
  record: 'a group of fields',
  tuple: 'a list',
};

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cursor = data;
  for (const key of path) {
    if (typeof cursor !== 'object' || cursor === null || !Object.hasOwn(cursor, key)) return undefined;
    cursor = (cursor as Record<PropertyKey, unknown>)[key];
  }
  return cursor;
}

/** What a value is, in a few words. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'object') return 'a group of fields';
  return String(value);
}

function sentence(issue: Issue, data: unknown): string {
  const path = issue.path.map(String);
  const field = path.length > 0 ? `“${path.join('.')}”` : 'the file';
  const value = valueAt(data, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return `${field} is missing`;
      return `${field} should be ${NOUNS[String(issue.expected)] ?? String(issue.expected)}, but it is ${describeValue(value)}`;
    case 'too_big':
      return `${field} is too ${issue.origin === 'number' ? 'large' : 'long'} (at most ${String(issue.maximum)})`;
    case 'too_small':
      return `${field} is too ${issue.origin === 'number' ? 'small' : 'short'} (at least ${String(issue.minimum)})`;
    case 'unrecognized_keys':
      return `${field} has ${issue.keys.length === 1 ? 'a field' : 'fields'} this app does not know (${issue.keys.map((k) => `“${k}”`).join(', ')})`;
    case 'invalid_value':
      return `${field} is ${describeValue(value)}, which this app does not know (expected ${issue.values.map((v) => String(v)).join(' or ')})`;
    case 'invalid_format':
      if (issue.format === 'datetime') return `${field} should be a date and time such as 2024-05-01T10:00:00Z, but it is ${describeValue(value)}`;
      // A schema's own message is already in words ("must be 1–64 letters…"); zod's default is not.
      return issue.message.startsWith('Invalid') ? `${field} is not written as expected (${describeValue(value)})` : `${field} ${issue.message}`;
    default:
      return `${field} is not what this app expects (${describeValue(value)})`;
  }
}

/** The first few problems as one clause: "“current” is missing; “mode” is the text "x", …". */
export function issuesInWords(issues: readonly Issue[], data: unknown, most = 3): string {
  const words = [...new Set(issues.map((issue) => sentence(issue, data)))];
  const more = words.length > most ? ` (and ${words.length - most} more)` : '';
  return words.slice(0, most).join('; ') + more;
}
