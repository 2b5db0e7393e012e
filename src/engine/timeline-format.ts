/**
 * The saved form of a timeline (TimelineJson in types.ts): its format versions, the migrations
 * between them, and the one check of its shape, whose messages say where the problem is
 * ("… at entry 4 (timeline.nodes[3]): …"). Whether it fits the scenario is timeline-load.ts's job.
 *
 * Format history:
 * - 1: `{ format: 1, scenario, nodes, ids?, names }`. Files without `format` are format 1.
 */
import { z } from 'zod';
import { isOverrideCode, MAX_TIMELINE_NODES } from './node-store.ts';
import type { TimelineJson } from './types.ts';

export const TIMELINE_FORMAT = 1;
/** Entries besides the root. Deleted nodes keep their ids, which loading fills with placeholders, so ids are capped too. */
const MAX_ENTRIES = MAX_TIMELINE_NODES - 1;
const MAX_NAME_CHARS = 500;

type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

/** MIGRATIONS[f - 1] turns a format-f timeline into format f + 1: one per format before TIMELINE_FORMAT. */
const MIGRATIONS: readonly Migration[] = [];

export type TimelineJsonResult<T> =
  | { readonly ok: true; readonly json: T; readonly migratedFrom: number | null }
  | { readonly ok: false; readonly problem: 'newer-format' | 'malformed'; readonly error: string };

const NOT_AN_OBJECT = 'expected an object with "scenario", "nodes" and "names"';
const ENTRY = 'expected [parent, move, origin, day] as integers';

const text = (what: string, max: number) =>
  z.string({ error: `expected ${what}` }).min(1, { error: `expected ${what}` }).max(max, { error: `${what} has at most ${max} characters` });

function entryProblem(e: unknown): string | null {
  if (!Array.isArray(e) || e.length !== 4 || !Number.isInteger(e[0]) || !Number.isInteger(e[1]) || !Number.isInteger(e[2]) || !Number.isInteger(e[3])) return ENTRY;
  const [, code, origin] = e as [number, number, number, number];
  if (origin < 1 || origin > 4) return 'origin must be 1 (replay), 2 (play), 3 (injected) or 4 (override)';
  if (isOverrideCode(code) !== (origin === 4)) return 'only an override (origin 4) has an override code';
  return null;
}

// The schemas are marked pure so bundles that import the engine without loading timelines (the
// rollout worker) leave zod out. The entries are checked in one plain loop, not by zod entry by
// entry: a timeline holds up to 49,999 of them, and a per-entry schema costs most of the time a
// big session takes to open.
const Entries = /* @__PURE__ */ z.custom<readonly (readonly [number, number, number, number])[]>().check((ctx) => {
  const nodes = ctx.value;
  if (!Array.isArray(nodes)) {
    ctx.issues.push({ code: 'custom', message: 'must be a list of [parent, move, origin, day] entries', input: nodes });
    return;
  }
  for (let k = 0; k < nodes.length; k++) {
    const problem = entryProblem(nodes[k]);
    if (problem !== null) ctx.issues.push({ code: 'custom', path: [k], message: problem, input: nodes[k] });
  }
});

/** The shape of a current-format TimelineJson. parseTimelineJson migrates older formats first. */
export const TimelineJsonSchema = /* @__PURE__ */ z
  .looseObject(
    {
      format: z.literal(TIMELINE_FORMAT, { error: `expected format ${TIMELINE_FORMAT}` }).optional(),
      scenario: z.strictObject({ id: text('the scenario id', 64), hash: text('the scenario hash', 128) }, { error: 'must be { id, hash }' }),
      nodes: Entries,
      ids: z.array(z.number({ error: 'expected a node id' }), { error: 'must list one node id per entry' }).optional(),
      names: z
        .record(z.string(), z.string({ error: 'expected a name' }).max(MAX_NAME_CHARS, { error: `a name has at most ${MAX_NAME_CHARS} characters` }), { error: 'must map node ids to names' })
        .default({}),
    },
    { error: NOT_AN_OBJECT },
  )
  .check((ctx) => {
    const problem = idsProblem(ctx.value.ids, ctx.value.nodes.length);
    if (problem) ctx.issues.push({ code: 'custom', path: problem.path, message: problem.message, input: ctx.value });
  });

function idsProblem(ids: readonly number[] | undefined, entries: number): { readonly path: (string | number)[]; readonly message: string } | null {
  if (ids === undefined) return null;
  if (ids.length !== entries) return { path: ['ids'], message: `must list one node id per entry (it has ${ids.length} for ${entries} entries)` };
  let previous = 0;
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k] as number;
    if (!Number.isInteger(id) || id <= previous) return { path: ['ids', k], message: 'node ids must increase, from 1 (0 is the root)' };
    // Entry k is node `id`: the ids below it that no entry has are deleted nodes, each one a placeholder when loaded.
    if (id > MAX_ENTRIES) return { path: ['ids', k], message: `node id ${id} is past the ${MAX_TIMELINE_NODES} nodes a timeline holds (deleted ones included, so ids go up to ${MAX_ENTRIES})` };
    previous = id;
  }
  return null;
}

/**
 * Brings a saved timeline of any format this version knows to the current one, without checking its
 * shape. Accepts format 1 and no format (format 1); refuses a newer format, saying the app is older.
 */
export function migrateTimelineJson(raw: unknown): TimelineJsonResult<Record<string, unknown>> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return malformed(`The saved timeline is malformed: ${NOT_AN_OBJECT}.`);
  const record = raw as Record<string, unknown>;
  const format = record.format ?? 1;
  if (typeof format !== 'number' || !Number.isInteger(format) || format < 1) {
    return malformed(`The saved timeline is malformed at timeline.format: expected a format number, found ${JSON.stringify(format)}.`);
  }
  if (format > TIMELINE_FORMAT) {
    return {
      ok: false,
      problem: 'newer-format',
      error: `The saved timeline was made by a newer version of What Happens Next (timeline format ${format}; this version reads up to ${TIMELINE_FORMAT}). Update the app to open it.`,
    };
  }
  const migrated = MIGRATIONS.slice(format - 1).reduce((old, migrate) => migrate(old), record);
  return { ok: true, json: { ...migrated, format: TIMELINE_FORMAT }, migratedFrom: format < TIMELINE_FORMAT ? format : null };
}

/** Migrates, then checks the shape: a TimelineJson, or a message naming the first problem and where it is. Never throws. */
export function parseTimelineJson(raw: unknown): TimelineJsonResult<TimelineJson> {
  const migrated = migrateTimelineJson(raw);
  if (!migrated.ok) return migrated;
  // Counted before any entry is read, so a file of a million entries is refused at once.
  const { nodes } = migrated.json;
  if (Array.isArray(nodes) && nodes.length > MAX_ENTRIES) return malformed(`The saved timeline is too large at timeline.nodes: it holds ${nodes.length} entries, more than the ${MAX_ENTRIES} a timeline holds (${MAX_TIMELINE_NODES} nodes with the start).`);
  const parsed = TimelineJsonSchema.safeParse(migrated.json);
  if (parsed.success) return { ok: true, json: parsed.data, migratedFrom: migrated.migratedFrom };
  const [first, ...rest] = parsed.error.issues;
  const more = rest.length > 0 ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : '';
  return malformed(`The saved timeline is malformed at ${place(first?.path ?? [])}: ${first?.message ?? 'unreadable'}${more}.`);
}

/** "timeline.scenario.id"; an entry of nodes or ids is also named by its number: "entry 4 (timeline.nodes[3])". */
function place(path: readonly PropertyKey[]): string {
  const located = path.reduce<string>((s, key) => (typeof key === 'number' ? `${s}[${key}]` : `${s}.${String(key)}`), 'timeline');
  const [list, index] = path;
  return (list === 'nodes' || list === 'ids') && typeof index === 'number' ? `entry ${index + 1} (${located})` : located;
}

function malformed(error: string): TimelineJsonResult<never> {
  return { ok: false, problem: 'malformed', error };
}
