/**
 * Scenario translations: a sidecar file (scenarios/translations/<id>.<language>.yaml) maps a
 * scenario's ids to their text in another language — titles, labels, descriptions, narration,
 * reasons and debrief questions — without touching the scenario. It is checked like a scenario:
 * its shape by a zod schema, then every id against the scenario (an unknown one is an error, with
 * a did-you-mean), then every text the scenario has and the sidecar lacks (a warning: the
 * original shows, marked). Applying one changes no id, no number and no hash, so sessions and
 * share links open in either language.
 */
import { z } from 'zod';
import { canonicalJson } from './canonical.ts';
import { decodeText } from './decode.ts';
import { suggestion } from './did-you-mean.ts';
import { deepFreeze, located } from './load.ts';
import type { PathSegment, Problem } from './problem.ts';
import { FORMAT_MESSAGE, migrate } from './migrate.ts';
import { FORMAT_VERSION, Id, LanguageTag, text } from './schema.ts';
import { originalScenario, rememberTranslation } from './translated.ts';
import type { Scenario } from './types.ts';
import { parseYamlTree, type Locator, type TreeProblem } from './yaml-tree.ts';
import { issuesToProblems, NO_CUSTOM_MESSAGE } from './zod-problems.ts';

const t = (max: number) => text(max).optional();

const LevelText = z.strictObject({ label: t(100), short: t(24).describe("The level's short label for the posture chips."), description: t(1000) });
const PostureText = z.strictObject({ label: t(100), description: t(1000), levels: z.record(z.string(), LevelText).optional() });
const ActorText = z.strictObject({ name: t(100), short: t(16), postures: z.record(z.string(), PostureText).optional() });
const MoveText = z.strictObject({
  label: t(120),
  description: t(2000),
  goldsteinReason: t(500).describe("The move's goldstein.reason."),
});
const OutcomeText = z.strictObject({ label: t(120), description: t(1000) });
const StepText = z.strictObject({ time: t(120), narration: t(3000), flag: t(500).describe("The step's flag.note.") });

export const TranslationSchema = z.strictObject({
  format: z.literal(FORMAT_VERSION, { error: FORMAT_MESSAGE }),
  translates: Id.describe('The id of the scenario this file translates (its meta.id).'),
  language: LanguageTag,
  meta: z
    .strictObject({
      title: t(200),
      summary: t(2000),
      escalationScale: t(2000),
      places: z.record(z.string(), text(40)).optional().describe("meta.places in this language, by zone: { America/New_York: 워싱턴 }."),
    })
    .optional(),
  actors: z.record(z.string(), ActorText).optional().describe('By actor id.'),
  moves: z.record(z.string(), MoveText).optional().describe('By move id.'),
  outcomes: z.record(z.string(), OutcomeText).optional().describe('By outcome id.'),
  replay: z.record(z.string(), StepText).optional().describe('By replay step, written "date move", e.g. "2019-03-22 cancel-sanctions".'),
  debrief: z.array(text(1000)).max(50).optional().describe("The debrief questions, in the scenario's order."),
});

export type Translation = z.output<typeof TranslationSchema>;

export type TranslationResult =
  | { readonly ok: true; readonly translation: Translation; readonly warnings: readonly Problem[] }
  | { readonly ok: false; readonly problems: readonly Problem[]; readonly warnings: readonly Problem[] };

/** A replay step's key in a sidecar: "2019-03-22 cancel-sanctions"; a second step of that date and move adds "#2". */
export function replayKeys(scenario: Scenario): string[] {
  const seen = new Map<string, number>();
  return scenario.replay.map((step) => {
    const key = `${step.date} ${step.move}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? key : `${key} #${n}`;
  });
}

/** One text of the scenario a sidecar can give: where it sits in the sidecar, and in the scenario. */
interface Slot {
  readonly sidecar: readonly PathSegment[];
  readonly scenario: readonly PathSegment[];
  readonly original: string;
}

function slots(s: Scenario): Slot[] {
  const out: Slot[] = [];
  const add = (sidecar: readonly PathSegment[], scenario: readonly PathSegment[], original: string | undefined) => {
    if (original !== undefined) out.push({ sidecar, scenario, original });
  };
  add(['meta', 'title'], ['meta', 'title'], s.meta.title);
  add(['meta', 'summary'], ['meta', 'summary'], s.meta.summary);
  add(['meta', 'escalationScale'], ['meta', 'escalationScale'], s.meta.escalationScale);
  for (const [zone, place] of Object.entries(s.meta.places ?? {})) add(['meta', 'places', zone], ['meta', 'places', zone], place);
  s.actors.forEach((a, ai) => {
    add(['actors', a.id, 'name'], ['actors', ai, 'name'], a.name);
    add(['actors', a.id, 'short'], ['actors', ai, 'short'], a.short);
    a.postures.forEach((p, pi) => {
      const at = ['actors', a.id, 'postures', p.id];
      const of = ['actors', ai, 'postures', pi];
      add([...at, 'label'], [...of, 'label'], p.label);
      add([...at, 'description'], [...of, 'description'], p.description);
      p.levels.forEach((l, li) => {
        add([...at, 'levels', l.id, 'label'], [...of, 'levels', li, 'label'], l.label);
        add([...at, 'levels', l.id, 'short'], [...of, 'levels', li, 'short'], l.short);
        add([...at, 'levels', l.id, 'description'], [...of, 'levels', li, 'description'], l.description);
      });
    });
  });
  s.moves.forEach((m, mi) => {
    add(['moves', m.id, 'label'], ['moves', mi, 'label'], m.label);
    add(['moves', m.id, 'description'], ['moves', mi, 'description'], m.description);
    add(['moves', m.id, 'goldsteinReason'], ['moves', mi, 'goldstein', 'reason'], m.goldstein?.reason);
  });
  s.outcomes.forEach((o, oi) => {
    add(['outcomes', o.id, 'label'], ['outcomes', oi, 'label'], o.label);
    add(['outcomes', o.id, 'description'], ['outcomes', oi, 'description'], o.description);
  });
  const keys = replayKeys(s);
  s.replay.forEach((step, ri) => {
    const key = keys[ri] as string;
    add(['replay', key, 'time'], ['replay', ri, 'time'], step.time);
    add(['replay', key, 'narration'], ['replay', ri, 'narration'], step.narration);
    add(['replay', key, 'flag'], ['replay', ri, 'flag', 'note'], step.flag?.note);
  });
  s.debrief.forEach((q, qi) => add(['debrief', qi], ['debrief', qi], q));
  return out;
}

function at(data: unknown, path: readonly PathSegment[]): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, segment)) return undefined;
    value = (value as Record<PathSegment, unknown>)[segment];
  }
  return value;
}

/** The ids a sidecar may use at each keyed level, by the path of that level (actors, actors.us.postures…). */
interface IdLevel {
  /** "actor", "level of us.sanctions". */
  readonly one: string;
  /** "actors", "levels of us.sanctions". */
  readonly many: string;
  readonly ids: readonly string[];
}

function idLevels(s: Scenario): Map<string, IdLevel> {
  const levels = new Map<string, IdLevel>();
  levels.set('meta/places', { one: 'place for the zone', many: 'zones in meta.places', ids: Object.keys(s.meta.places ?? {}) });
  levels.set('actors', { one: 'actor', many: 'actors', ids: s.actors.map((a) => a.id) });
  for (const a of s.actors) {
    levels.set(`actors/${a.id}/postures`, { one: `posture of ${a.id}`, many: `postures of ${a.id}`, ids: a.postures.map((p) => p.id) });
    for (const p of a.postures) {
      levels.set(`actors/${a.id}/postures/${p.id}/levels`, { one: `level of ${a.id}.${p.id}`, many: `levels of ${a.id}.${p.id}`, ids: p.levels.map((l) => l.id) });
    }
  }
  levels.set('moves', { one: 'move', many: 'moves', ids: s.moves.map((m) => m.id) });
  levels.set('outcomes', { one: 'outcome', many: 'outcomes', ids: s.outcomes.map((o) => o.id) });
  levels.set('replay', { one: 'replay step', many: 'replay steps (written "date move")', ids: replayKeys(s) });
  return levels;
}

/** Ids the scenario does not have, and texts it has no counterpart for (a description the original lacks, a debrief question too many). */
function unknownIds(data: unknown, s: Scenario, locate: Locator): TreeProblem[] {
  const problems: TreeProblem[] = [];
  const levels = idLevels(s);
  const known = new Set(slots(s).map((slot) => JSON.stringify(slot.sidecar)));
  const walk = (value: unknown, path: readonly PathSegment[]) => {
    if (typeof value === 'string') {
      if (!known.has(JSON.stringify(path))) {
        problems.push({ ...locate.keyAt(path), path, message: `the scenario has no text here to translate`, hint: 'remove it: a translation gives only the texts the scenario itself has' });
      }
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const level = levels.get(path.join('/'));
    for (const [key, child] of Object.entries(value)) {
      const segment: PathSegment = Array.isArray(value) ? Number(key) : key;
      if (level && !level.ids.includes(key)) {
        problems.push({ ...locate.keyAt([...path, segment]), path: [...path, segment], message: `scenario "${s.meta.id}" has no ${level.one} "${key}"`, hint: suggestion(key, level.ids, level.many) });
        continue;
      }
      walk(child, [...path, segment]);
    }
  };
  for (const part of ['meta', 'actors', 'moves', 'outcomes', 'replay', 'debrief']) {
    const value = at(data, [part]);
    if (value !== undefined) walk(value, [part]);
  }
  return problems;
}

/** Checks a sidecar against the scenario it translates: problems make it unusable; warnings name each text it lacks. */
export function loadTranslation(input: Uint8Array | string, file: string, scenario: Scenario): TranslationResult {
  const decoded = decodeText(input);
  if (!decoded.ok) return { ok: false, problems: located(file, [{ line: decoded.line, column: decoded.column, path: [], message: decoded.message, hint: decoded.hint }]), warnings: [] };
  const tree = parseYamlTree(decoded.text);
  if (!tree.ok) return { ok: false, problems: located(file, tree.problems), warnings: [] };
  // Shape and ids are checked side by side, so one run reports both kinds.
  const { value } = migrate(tree.value);
  const parsed = TranslationSchema.safeParse(value, { error: () => NO_CUSTOM_MESSAGE });
  const shape = parsed.success ? [] : issuesToProblems(TranslationSchema, parsed.error.issues, value, tree.locate);
  const translates = at(value, ['translates']);
  if (typeof translates === 'string' && translates !== scenario.meta.id) {
    shape.push({ ...tree.locate.valueAt(['translates']), path: ['translates'], message: `this file translates "${translates}", not "${scenario.meta.id}"`, hint: `check it against scenarios/${translates}.yaml` });
  }
  const reported = new Set(shape.map((p) => JSON.stringify(p.path)));
  const problems = [...shape, ...(shape.some((p) => p.path[0] === 'translates') ? [] : unknownIds(value, scenario, tree.locate).filter((p) => !reported.has(JSON.stringify(p.path))))];
  if (!parsed.success || problems.length > 0) return { ok: false, problems: located(file, problems), warnings: [] };
  const data = parsed.data;
  const warnings = located(
    file,
    slots(scenario)
      .filter((slot) => typeof at(data, slot.sidecar) !== 'string')
      .map((slot) => ({
        ...tree.locate.keyAt(slot.sidecar),
        path: slot.sidecar,
        message: `no ${data.language} text: "${slot.original.length > 60 ? `${slot.original.slice(0, 57)}…` : slot.original}" shows in ${scenario.meta.language}`,
        hint: 'add it to make the translation complete',
        severity: 'warning' as const,
      })),
  );
  return { ok: true, translation: data, warnings };
}

/**
 * The scenario with the translation's texts: the same ids, numbers and hash, `meta.language`
 * the translation's. A text the translation lacks keeps the original (see `untranslatedTexts`).
 */
export function translateScenario(scenario: Scenario, translation: Translation): Scenario {
  const original = originalScenario(scenario);
  const copy = JSON.parse(canonicalJson(original)) as Record<PathSegment, unknown>;
  const kept = new Set<string>();
  for (const slot of slots(original)) {
    const value = at(translation, slot.sidecar);
    if (typeof value !== 'string') {
      kept.add(slot.original);
      continue;
    }
    const parent = at(copy, slot.scenario.slice(0, -1)) as Record<PathSegment, unknown>;
    parent[slot.scenario[slot.scenario.length - 1] as PathSegment] = value;
  }
  (copy.meta as Record<string, unknown>).language = translation.language;
  const translated = deepFreeze({ ...copy, hash: original.hash }) as unknown as Scenario;
  rememberTranslation(translated, original, kept);
  return translated;
}
