/**
 * The "Limits" table of docs/scenario-format.md, written from the format's own schema (its JSON
 * Schema form: every length, count and range) and from the loader's constants (file size,
 * nesting, aliases…). `npm run docs` writes it between the markers;
 * tests/unit/scenario/limits-doc.test.ts fails when the doc and the schema differ.
 */
import { DEFAULT_MAX_STATES } from '../src/engine/explore.ts';
import { MAX_BYTES } from '../src/scenario/decode.ts';
import { MAX_PROBLEMS } from '../src/scenario/load.ts';
import { MAX_SCAN_DEPTH } from '../src/scenario/nesting-scan.ts';
import { MAX_COMBINING_MARKS } from '../src/scenario/text-guard.ts';
import { MAX_DEPTH, MAX_VALUES } from '../src/scenario/yaml-tree.ts';

export const LIMITS_START = '<!-- limits: written by `npm run docs` from src/scenario/schema.ts and the loader; do not edit by hand -->';
export const LIMITS_END = '<!-- /limits -->';

type JsonSchema = {
  readonly type?: string;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly items?: JsonSchema;
  readonly anyOf?: readonly JsonSchema[];
  readonly $ref?: string;
  readonly definitions?: Readonly<Record<string, JsonSchema>>;
  readonly pattern?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly minimum?: number;
  readonly maximum?: number;
};

/** Values whose limit is the same wherever they stand, said once each (by their pattern). */
const SAID_ONCE: ReadonlyArray<readonly [pattern: string, what: string]> = [
  ['^[a-z][a-z0-9]*(-[a-z0-9]+)*$', 'every id'],
  ['^[a-z][a-z0-9-]*\\.[a-z][a-z0-9-]*$', 'every posture reference (`actor.posture`)'],
  ['^[a-z][a-z0-9-]*\\.[a-z][a-z0-9-]*\\.[a-z][a-z0-9-]*$', 'every level reference (`actor.posture.level`)'],
];

/** 2,000 and −10, with a true minus sign as in the rest of the docs. */
const number = (n: number) => n.toLocaleString('en-US').replace('-', '−');

function range(low: number | undefined, high: number | undefined, unit: string): string {
  if (low !== undefined && high !== undefined) return `${number(low)}${low < 0 ? ' to ' : '–'}${number(high)}${unit}`;
  if (high !== undefined) return `at most ${number(high)}${unit}`;
  return `at least ${number(low ?? 0)}${unit}`;
}

/** What a value's schema limits, in words, or undefined when it has no limit. */
function limitOf(schema: JsonSchema): string | undefined {
  if (schema.maxLength !== undefined) {
    const low = schema.minLength ?? 0;
    return low > 1 ? `text, ${range(low, schema.maxLength, ' characters')}` : `text, at most ${number(schema.maxLength)} characters${low === 1 ? ', not empty' : ''}`;
  }
  if (schema.minItems !== undefined || schema.maxItems !== undefined) return `list, ${range(schema.minItems, schema.maxItems, ' items')}`;
  if (schema.minimum !== undefined || schema.maximum !== undefined) {
    return `${schema.type === 'integer' ? 'whole number' : 'number'}, ${range(schema.minimum, schema.maximum, '')}`;
  }
  return undefined;
}

/**
 * Rows of [place, limit] in the schema's order, places as Markdown: ids and references once each,
 * conditions (one definition, used in three places) once, under `condition`.
 */
export function schemaLimits(root: JsonSchema): [string, string][] {
  const rows: [string, string][] = [];
  const conditionRows: [string, string][] = [];
  const said = new Set<string>();
  const once = new Map<string, string>();
  const definitions = new Set<string>();
  const walk = (schema: JsonSchema, place: string) => {
    if (schema.$ref) {
      const name = schema.$ref.replace('#/definitions/', '');
      const definition = root.definitions?.[name];
      if (definition && !definitions.has(name)) {
        definitions.add(name);
        walk(definition, 'condition');
      }
      return;
    }
    const limit = limitOf(schema);
    const shared = SAID_ONCE.find(([pattern]) => pattern === schema.pattern);
    if (shared && limit) {
      if (!once.has(shared[1])) once.set(shared[1], limit);
    } else if (limit && place && !said.has(`${place} ${limit}`)) {
      said.add(`${place} ${limit}`);
      (place.startsWith('condition') ? conditionRows : rows).push([`\`${place}\``, limit]);
    }
    for (const [key, child] of Object.entries(schema.properties ?? {})) walk(child, place ? `${place}.${key}` : key);
    if (schema.items) walk(schema.items, `${place}[]`);
    for (const option of schema.anyOf ?? []) walk(option, place);
  };
  walk(root, '');
  return [...once, ...rows, ...conditionRows];
}

/** Limits the loader enforces beyond the shape: [what, limit]. */
export function loaderLimits(): [string, string][] {
  return [
    ['the file', `at most ${MAX_BYTES / 1024 / 1024} MB (${number(MAX_BYTES)} bytes), UTF-8 text`],
    ['nesting', `at most ${MAX_DEPTH} levels deep (a quick scan before parsing refuses past ${MAX_SCAN_DEPTH} brackets or indicators)`],
    ['values after expanding aliases', `at most ${number(MAX_VALUES)} (an "alias bomb" is refused)`],
    ['combining marks on one character', `at most ${MAX_COMBINING_MARKS}`],
    ['problems listed per run', `${MAX_PROBLEMS}, then one line saying how many more`],
    ['`whn explore` states', `${number(DEFAULT_MAX_STATES)} by default (\`--max-states\`; refused past what the machine can hold)`],
  ];
}

export function limitsMarkdown(jsonSchema: JsonSchema): string {
  const table = (head: string, rows: readonly [string, string][]) => [`| ${head} | limit |`, '|---|---|', ...rows.map(([place, limit]) => `| ${place} | ${limit} |`)];
  return [
    LIMITS_START,
    '',
    ...table('where', schemaLimits(jsonSchema)),
    '',
    'And what the loader checks before and beside the shape:',
    '',
    ...table('what', loaderLimits()),
    '',
    LIMITS_END,
  ].join('\n');
}

/** The document with its limits block replaced by `block`; throws when the markers are missing. */
export function withLimits(doc: string, block: string): string {
  const start = doc.indexOf(LIMITS_START);
  const end = doc.indexOf(LIMITS_END);
  if (start < 0 || end < start) throw new Error('docs/scenario-format.md has no limits markers');
  return doc.slice(0, start) + block + doc.slice(end + LIMITS_END.length);
}
