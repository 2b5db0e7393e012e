/**
 * The "— how to fix it" half of a shape problem. Every problem the loader reports has one
 * (tests/unit/scenario/fix-hints.test.ts walks the invalid fixtures and a set of mistakes).
 *
 * A message written in the schema may carry its own fix after " — " ("must be a colour written
 * #rrggbb — write it in quotes, e.g. …"); `splitFix` separates the two. Where the schema says
 * only what is wrong ("must be at most 120 characters"), `fixFor` writes the fix from the issue
 * and the schema at that place: the limit, the value's own length or count, the range.
 */
import type { z } from 'zod';
import type { PathSegment } from './problem.ts';
import { unwrap } from './schema-walk.ts';

type Issue = z.core.$ZodIssue;

const FIX_SEPARATOR = ' — ';

/** "what is wrong — how to fix it" → both halves; a message without the separator has no fix. */
export function splitFix(text: string): { readonly message: string; readonly hint?: string } {
  const at = text.indexOf(FIX_SEPARATOR);
  if (at < 0) return { message: text };
  return { message: text.slice(0, at), hint: text.slice(at + FIX_SEPARATOR.length) };
}

interface Bounds {
  readonly minValue?: number | null;
  readonly maxValue?: number | null;
  readonly isInt?: boolean;
}

/**
 * How to fix what `issue` reports about `value` at `path`, whose schema is `schema`; undefined for
 * a pattern or a refinement, whose message in the schema must bring its own fix.
 */
export function fixFor(issue: Issue, schema: z.ZodType | undefined, value: unknown, path: readonly PathSegment[]): string | undefined {
  const inList = typeof path[path.length - 1] === 'number';
  switch (issue.code) {
    case 'too_big':
    case 'too_small':
      return boundFix(issue, schema, value, inList);
    case 'invalid_type':
      return typeFix(String(issue.expected), value, schema);
    case 'invalid_value':
      return `write ${issue.values.length > 1 ? 'one of ' : ''}${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return undefined;
  }
}

function boundFix(issue: Extract<Issue, { code: 'too_big' | 'too_small' }>, schema: z.ZodType | undefined, value: unknown, inList: boolean): string {
  const big = issue.code === 'too_big';
  const limit = Number(big ? issue.maximum : issue.minimum);
  if (issue.origin === 'string') {
    const length = typeof value === 'string' ? [...value.trim()].length : 0;
    if (!big && limit <= 1) return inList ? 'write the text, or remove the item' : isOptional(schema) ? 'write the text, or remove the key' : 'write the text';
    return big ? `shorten it to ${limit} characters or fewer (it has ${length})` : `write at least ${limit} characters`;
  }
  if (issue.origin === 'array') {
    const count = Array.isArray(value) ? value.length : 0;
    const more = limit - count;
    return big ? `remove ${count - limit} of the ${count} (at most ${limit})` : `add ${more === 1 ? 'one' : more}${count > 0 ? ' more' : ''}`;
  }
  const bounds = (schema ? unwrap(schema) : undefined) as Bounds | undefined;
  const low = bounds?.minValue;
  const high = bounds?.maxValue;
  const kind = bounds?.isInt ? 'a whole number' : 'a number';
  const safe = (n: number | null | undefined): n is number => typeof n === 'number' && Number.isFinite(n) && Math.abs(n) < Number.MAX_SAFE_INTEGER;
  if (safe(low) && safe(high)) return `write ${kind} from ${low} to ${high}`;
  return `write ${kind} ${big ? `of at most ${limit}` : `of at least ${limit}`}`;
}

function typeFix(expected: string, value: unknown, schema: z.ZodType | undefined): string {
  if (value === undefined || value === null) return expected === 'object' ? 'fill in the entries under this key' : 'fill in a value here';
  switch (expected) {
    case 'string':
      return typeof value === 'number' || typeof value === 'boolean' ? `put it in quotes: "${String(value)}"` : 'write one text value here';
    case 'number':
    case 'int':
      if (typeof value === 'string') return value.trim() !== '' && Number.isFinite(Number(value)) ? `remove the quotes: ${value.trim()}` : 'write a number in digits, without quotes';
      return typeof value === 'number' ? `write a whole number, e.g. ${wholeWithin(value, schema)}` : 'write one number here';
    case 'boolean':
      return 'write true or false';
    case 'array':
      return 'write a list, one item per line starting with "- "';
    case 'object':
      return 'write a mapping: "key: value" lines indented under this key';
    default:
      return 'see docs/scenario-format.md for what this key takes';
  }
}

/** The whole number nearest `value` that the field takes (its bounds when it has them, else at least 1). */
function wholeWithin(value: number, schema: z.ZodType | undefined): number {
  const bounds = (schema ? unwrap(schema) : undefined) as Bounds | undefined;
  const low = typeof bounds?.minValue === 'number' && Number.isFinite(bounds.minValue) ? Math.ceil(bounds.minValue) : 1;
  const high = typeof bounds?.maxValue === 'number' && Number.isFinite(bounds.maxValue) ? Math.floor(bounds.maxValue) : Number.MAX_SAFE_INTEGER;
  return Math.min(high, Math.max(low, Math.round(value)));
}

function isOptional(schema: z.ZodType | undefined): boolean {
  const type = (schema as unknown as { _zod?: { def?: { type?: string } } } | undefined)?._zod?.def?.type;
  return type === 'optional' || type === 'default';
}
