/**
 * Checks what the schema cannot: that ids are unique and every reference names something
 * that exists (with a "did you mean"), that dates fall in order and inside the span, and that
 * the engine can hold every combination of the postures' levels.
 *
 * Runs beside the shape check, on the parsed YAML as written, so a file's cross-reference
 * problems are reported together with its shape problems. It therefore trusts nothing: a
 * value is checked only when it is well-formed itself (the shape check reports the rest),
 * and "unknown id" only when every entry of that kind has a readable id.
 */
import { allCameoCodes, cameoEntry } from './cameo.ts';
import { buildIndex, type Index, type Known, type Report } from './cross-index.ts';
import { suggestion } from './did-you-mean.ts';
import { checkParties, checkPlayed, checkSourceAddresses, unplayedActors } from './party-check.ts';
import type { PathSegment } from './problem.ts';
import { field, hasField, isRecord, itemsAt, wellFormed, type RawRecord } from './raw-access.ts';
import { GoldsteinOverride, Id, IsoDate, LevelRef, Move, PostureRef } from './schema.ts';
import { checkEffectDuration, checkStepDuration } from './lapse-check.ts';
import { checkPlaces, checkReplayTimes } from './time-check.ts';
import type { Locator, TreeProblem } from './yaml-tree.ts';

/** The engine's name for "this actor does nothing this turn"; a move may not take it. */
export const RESERVED_MOVE_IDS: readonly string[] = ['pass'];

const CameoCode = Move.shape.cameo;
const GoldsteinValue = GoldsteinOverride.shape.value;
const LEVEL_KEYS = ['is', 'isNot', 'atLeast', 'atMost'] as const;

interface Span {
  readonly from: string;
  readonly to: string;
}

export function crossCheck(data: unknown, locate: Locator): TreeProblem[] {
  const problems: TreeProblem[] = [];
  const report: Report = (path, message, hint) => {
    problems.push({ ...locate.valueAt(path), path, message, hint });
  };
  const index = buildIndex(data, report, locate);
  const span = spanOf(data, report);
  itemsAt(data, 'moves').forEach((move, i) => checkMove(move, ['moves', i], index, report));
  checkTurns(field(data, 'turns'), span, index, unplayedActors(data), report);
  checkPlayed(data, index, report);
  checkSourceAddresses(data, report);
  itemsAt(data, 'outcomes').forEach((outcome, i) => checkCondition(field(outcome, 'when'), ['outcomes', i, 'when'], index, report));
  checkReplayRefs(data, itemsAt(data, 'replay'), span, index, report);
  const explore = field(data, 'explore');
  itemsAt(explore, 'unreachable').forEach((ref, i) => checkLevelRef(ref, ['explore', 'unreachable', i], index, report));
  itemsAt(explore, 'neverOpen').forEach((id, i) => checkMoveRef(id, ['explore', 'neverOpen', i], index, report));
  return problems;
}

function spanOf(data: unknown, report: Report): Span | undefined {
  const span = field(field(data, 'meta'), 'span');
  const from = field(span, 'from');
  const to = field(span, 'to');
  if (!wellFormed(IsoDate, from) || !wellFormed(IsoDate, to)) return undefined;
  if (from > to) report(['meta', 'span', 'to'], `the span ends (${to}) before it starts (${from})`, 'swap the dates or fix the one that is wrong');
  return { from, to };
}

function checkMove(move: unknown, path: PathSegment[], index: Index, report: Report): void {
  const id = field(move, 'id');
  if (wellFormed(Id, id) && RESERVED_MOVE_IDS.includes(id)) {
    report([...path, 'id'], `'${id}' is reserved for an actor letting a turn go by`, 'choose another id, e.g. "wait-and-see"; passing is configured under turns.pass');
  }
  checkParties(move, path, index, report);
  if (hasField(move, 'requires')) checkCondition(field(move, 'requires'), [...path, 'requires'], index, report);
  const setPostures = new Map<string, number>();
  itemsAt(move, 'effects').forEach((effect, e) => {
    const effectPath = [...path, 'effects', e];
    const ref = field(effect, 'posture');
    if (!wellFormed(PostureRef, ref)) return;
    const first = setPostures.get(ref);
    if (first !== undefined) {
      report([...effectPath, 'posture'], `the move sets '${ref}' twice (also in effects[${first}])`, 'keep one effect per posture');
    } else {
      setPostures.set(ref, e);
    }
    const levels = checkPostureRef(ref, [...effectPath, 'posture'], index, report);
    if (levels) checkEffect(effect, ref, levels, effectPath, report);
  });
  checkCameo(move, path, report);
  itemsAt(field(move, 'propensity'), 'modifiers').forEach((modifier, m) =>
    checkCondition(field(modifier, 'when'), [...path, 'propensity', 'modifiers', m, 'when'], index, report),
  );
  itemsAt(move, 'sources').forEach((source, s) => checkSourceRef(source, [...path, 'sources', s], index, report));
}

function checkCameo(move: unknown, path: PathSegment[], report: Report): void {
  const code = field(move, 'cameo');
  if (!wellFormed(CameoCode, code)) return;
  if (code === 'none') {
    if (!hasField(move, 'goldstein')) {
      report([...path, 'cameo'], 'cameo: none needs the weight CAMEO would have given', 'add goldstein: { value: <-10 to 10>, reason: "why this weight" } to the move, or give its CAMEO code');
    }
    return;
  }
  const entry = cameoEntry(code);
  const override = field(field(move, 'goldstein'), 'value');
  if (!entry) {
    report([...path, 'cameo'], `CAMEO code '${code}' is not in the CAMEO table`, cameoHint(code));
  } else if (wellFormed(GoldsteinValue, override) && override === entry.goldstein) {
    report(
      [...path, 'goldstein', 'value'],
      `the override equals the Goldstein weight of CAMEO ${code} (${entry.goldstein})`,
      'remove the goldstein override; the weight follows from the code',
    );
  }
}

function cameoHint(code: string): string {
  const root = code.slice(0, 2);
  const rootEntry = cameoEntry(root);
  const codes = allCameoCodes().filter((c) => c.startsWith(root) && c !== root);
  if (!rootEntry) return 'CAMEO codes start with a root from 01 to 20; see src/data/cameo-goldstein.tsv';
  const shown = codes.slice(0, 10).join(', ');
  return `root ${root} is "${rootEntry.description}": use ${root} or one of ${shown}${codes.length > 10 ? ', …' : ''} (src/data/cameo-goldstein.tsv)`;
}

function checkTurns(turns: unknown, span: Span | undefined, index: Index, unplayed: ReadonlySet<string>, report: Report): void {
  const actorIds = [...index.actors.byId.keys()].filter((id) => !unplayed.has(id));
  if (field(turns, 'mode') === 'alternating' && !hasField(turns, 'order')) {
    const listing = index.actors.complete ? `: [${actorIds.join(', ')}]` : '';
    report(['turns', 'mode'], 'alternating turns need an order', `add "order:" listing each actor once${listing}`);
  }
  if (Array.isArray(field(turns, 'order'))) {
    const order = itemsAt(turns, 'order');
    const seen = new Set<string>();
    order.forEach((id, i) => {
      if (!wellFormed(Id, id) || unplayed.has(id)) return;
      if (!index.actors.byId.has(id)) checkRef(id, index.actors, ['turns', 'order', i], report, 'actor', 'actors');
      else if (seen.has(id)) report(['turns', 'order', i], `actor '${id}' appears twice in the turn order`, 'name each actor once');
      seen.add(id);
    });
    const missing = actorIds.filter((id) => !seen.has(id));
    // An unreadable entry in either list might be the one that looks left out.
    const readable = index.actors.complete && order.every((id) => wellFormed(Id, id));
    if (missing.length > 0 && readable) {
      report(['turns', 'order'], `the turn order leaves out ${missing.map((m) => `'${m}'`).join(', ')}`, 'name every actor once');
    }
  }
  const start = field(turns, 'start');
  if (span && wellFormed(IsoDate, start) && (start < span.from || start > span.to)) {
    report(['turns', 'start'], `the start date ${start} is outside the scenario span (${span.from} to ${span.to})`, 'move it inside meta.span');
  }
}

function checkReplayRefs(data: unknown, steps: readonly unknown[], span: Span | undefined, index: Index, report: Report): void {
  steps.forEach((step, i) => {
    const path: PathSegment[] = ['replay', i];
    checkMoveRef(field(step, 'move'), [...path, 'move'], index, report);
    itemsAt(step, 'sources').forEach((id, s) => checkSourceRef(id, [...path, 'sources', s], index, report));
    checkStepDuration(step, path, report);
  });
  checkReplayTimes(data, steps, span, report);
  checkPlaces(data, steps, report);
}

function checkCondition(condition: unknown, path: PathSegment[], index: Index, report: Report): void {
  if (!isRecord(condition)) return;
  for (const key of ['all', 'any'] as const) {
    itemsAt(condition, key).forEach((inner, i) => checkCondition(inner, [...path, key, i], index, report));
  }
  if (hasField(condition, 'not')) checkCondition(field(condition, 'not'), [...path, 'not'], index, report);
  const ref = field(condition, 'posture');
  if (!wellFormed(PostureRef, ref)) return;
  const levels = checkPostureRef(ref, [...path, 'posture'], index, report);
  if (!levels) return;
  itemsAt(condition, 'oneOf').forEach((level, i) => checkLevel(level, ref, levels, [...path, 'oneOf', i], report));
  for (const key of LEVEL_KEYS) {
    if (hasField(condition, key)) checkLevel(field(condition, key), ref, levels, [...path, key], report);
  }
}

/** The levels of the posture "actor.posture" names, or undefined (reported when it surely does not exist). */
function checkPostureRef(ref: string, path: PathSegment[], index: Index, report: Report): Known<RawRecord> | undefined {
  const levels = index.postures.get(ref);
  if (levels) return levels;
  const [actorId = '', postureId = ''] = ref.split('.');
  const postures = index.actors.byId.get(actorId);
  if (!postures) {
    if (!index.actors.complete) return undefined;
    const hint = suggestion(ref, [...index.postures.keys()], 'postures');
    report(path, `unknown actor '${actorId}' in '${ref}'`, hint.startsWith('did') ? hint : suggestion(actorId, [...index.actors.byId.keys()], 'actors'));
  } else if (postures.complete) {
    report(path, `actor '${actorId}' has no posture '${postureId}'`, suggestion(postureId, [...postures.byId.keys()], `postures of '${actorId}'`));
  }
  return undefined;
}

function checkLevel(level: unknown, ref: string, levels: Known<RawRecord>, path: PathSegment[], report: Report): void {
  if (!wellFormed(Id, level) || !levels.complete || levels.byId.has(level)) return;
  report(path, `posture '${ref}' has no level '${level}'`, suggestion(level, [...levels.byId.keys()], 'levels of the posture'));
}

/** An effect's level is on the posture's ladder; a raise or lower moves fewer levels than the ladder has. */
function checkEffect(effect: unknown, ref: string, levels: Known<RawRecord>, path: PathSegment[], report: Report): void {
  for (const key of ['set', 'atLeast', 'atMost'] as const) {
    if (hasField(effect, key)) checkLevel(field(effect, key), ref, levels, [...path, key], report);
  }
  checkEffectDuration(effect, ref, levels, path, report);
  if (!levels.complete) return;
  const count = levels.byId.size;
  for (const key of ['raise', 'lower'] as const) {
    const steps = field(effect, key);
    if (typeof steps === 'number' && Number.isInteger(steps) && steps >= count) {
      const ends = key === 'raise' ? 'top' : 'bottom';
      report(
        [...path, key],
        `'${ref}' has ${count} levels, so it can move at most ${count - 1} (${key}: ${steps} is out of range)`,
        `write ${key}: ${count - 1} or less, or set: <level> to go straight to the ${ends}`,
      );
    }
  }
}

function checkLevelRef(ref: unknown, path: PathSegment[], index: Index, report: Report): void {
  if (!wellFormed(LevelRef, ref)) return;
  const dot = ref.lastIndexOf('.');
  const levels = checkPostureRef(ref.slice(0, dot), path, index, report);
  if (levels) checkLevel(ref.slice(dot + 1), ref.slice(0, dot), levels, path, report);
}

function checkMoveRef(id: unknown, path: PathSegment[], index: Index, report: Report): void {
  if (wellFormed(Id, id)) checkRef(id, index.moves, path, report, 'move', 'moves');
}

function checkSourceRef(id: unknown, path: PathSegment[], index: Index, report: Report): void {
  if (wellFormed(Id, id)) checkRef(id, index.sources, path, report, 'source', 'sources in meta.sources');
}

function checkRef<T>(id: string, known: Known<T>, path: PathSegment[], report: Report, what: string, candidates: string): void {
  if (known.complete && !known.byId.has(id)) report(path, `unknown ${what} '${id}'`, suggestion(id, [...known.byId.keys()], candidates));
}
