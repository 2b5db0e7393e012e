/**
 * Checks what the schema cannot: that ids are unique and every reference names something
 * that exists (with a "did you mean"), that dates fall in order and inside the span, and
 * that the replay track can be played through the scenario's own rules.
 */
import { cameoEntry, allCameoCodes } from './cameo.ts';
import { suggestion } from './did-you-mean.ts';
import type { PathSegment } from './problem.ts';
import type { Actor, Condition, Move, Posture, ScenarioData } from './schema.ts';
import type { Locator, TreeProblem } from './yaml-tree.ts';

/** The engine's name for "this actor does nothing this turn"; a move may not take it. */
export const RESERVED_MOVE_IDS: readonly string[] = ['pass'];

export interface Index {
  readonly actors: ReadonlyMap<string, Actor>;
  /** "actor.posture" → posture */
  readonly postures: ReadonlyMap<string, Posture>;
  readonly moves: ReadonlyMap<string, Move>;
  readonly sources: ReadonlySet<string>;
}

type Report = (path: PathSegment[], message: string, hint?: string, where?: 'key' | 'value') => void;

export function crossCheck(data: ScenarioData, locate: Locator): { problems: TreeProblem[]; index: Index } {
  const problems: TreeProblem[] = [];
  const report: Report = (path, message, hint, where = 'value') => {
    const at = where === 'key' ? locate.keyAt(path) : locate.valueAt(path);
    problems.push(hint ? { ...at, path, message, hint } : { ...at, path, message });
  };
  const index = buildIndex(data, report, locate);
  checkMeta(data, report);
  data.moves.forEach((move, i) => checkMove(move, ['moves', i], index, report));
  checkTurns(data, index, report);
  data.outcomes.forEach((outcome, i) => checkCondition(outcome.when, ['outcomes', i, 'when'], index, report));
  checkReplayRefs(data, index, report);
  data.explore.unreachable.forEach((ref, i) => checkLevelRef(ref, ['explore', 'unreachable', i], index, report));
  data.explore.neverOpen.forEach((id, i) => checkMoveRef(id, ['explore', 'neverOpen', i], index, report));
  return { problems, index };
}

function uniqueIds<T extends { readonly id: string }>(
  items: readonly T[],
  path: PathSegment[],
  what: string,
  report: Report,
  locate: Locator,
): Map<string, T> {
  const map = new Map<string, T>();
  items.forEach((item, i) => {
    const first = map.get(item.id);
    if (first !== undefined) {
      const firstLine = locate.valueAt([...path, items.indexOf(first), 'id']).line;
      report([...path, i, 'id'], `duplicate id '${item.id}' among ${what} (first used on line ${firstLine})`, 'give each one its own id');
    } else {
      map.set(item.id, item);
    }
  });
  return map;
}

function buildIndex(data: ScenarioData, report: Report, locate: Locator): Index {
  const actors = uniqueIds(data.actors, ['actors'], 'the actors', report, locate);
  const postures = new Map<string, Posture>();
  data.actors.forEach((actor, a) => {
    const own = uniqueIds(actor.postures, ['actors', a, 'postures'], `the postures of actor '${actor.id}'`, report, locate);
    actor.postures.forEach((posture, p) => {
      const path: PathSegment[] = ['actors', a, 'postures', p];
      const levels = uniqueIds(posture.levels, [...path, 'levels'], `the levels of posture '${actor.id}.${posture.id}'`, report, locate);
      if (!levels.has(posture.initial)) {
        report([...path, 'initial'], `the initial level '${posture.initial}' is not a level of this posture`, suggestion(posture.initial, [...levels.keys()], 'its levels'));
      }
      posture.levels.forEach((level, l) => {
        const before = posture.levels[l - 1];
        if (before && level.escalation < before.escalation) {
          report(
            [...path, 'levels', l, 'escalation'],
            `escalation ${level.escalation} is lower than ${before.escalation} of '${before.id}' before it; levels are ordered from least to most escalated`,
            'reorder the levels (atLeast/atMost conditions rely on the order) or fix the value',
          );
        }
      });
    });
    if (actors.get(actor.id) === actor) for (const [id, posture] of own) postures.set(`${actor.id}.${id}`, posture);
  });
  const moves = uniqueIds(data.moves, ['moves'], 'the moves', report, locate);
  const sources = new Set(uniqueIds(data.meta.sources, ['meta', 'sources'], 'the sources', report, locate).keys());
  uniqueIds(data.outcomes, ['outcomes'], 'the outcomes', report, locate);
  return { actors, postures, moves, sources };
}

function checkMeta(data: ScenarioData, report: Report): void {
  const { from, to } = data.meta.span;
  if (from > to) report(['meta', 'span', 'to'], `the span ends (${to}) before it starts (${from})`, 'swap the dates or fix the one that is wrong');
}

function checkMove(move: Move, path: PathSegment[], index: Index, report: Report): void {
  if (RESERVED_MOVE_IDS.includes(move.id)) {
    report([...path, 'id'], `'${move.id}' is reserved for an actor letting a turn go by`, 'choose another id, e.g. "wait-and-see"; passing is configured under turns.pass');
  }
  if (!index.actors.has(move.actor)) {
    report([...path, 'actor'], `unknown actor '${move.actor}'`, suggestion(move.actor, [...index.actors.keys()], 'actors'));
  }
  if (move.requires) checkCondition(move.requires, [...path, 'requires'], index, report);
  const setPostures = new Map<string, number>();
  move.effects.forEach((effect, e) => {
    const effectPath = [...path, 'effects', e];
    const first = setPostures.get(effect.posture);
    if (first !== undefined) {
      report([...effectPath, 'posture'], `the move sets '${effect.posture}' twice (also in effects[${first}])`, 'keep one effect per posture');
    } else {
      setPostures.set(effect.posture, e);
    }
    const posture = checkPostureRef(effect.posture, [...effectPath, 'posture'], index, report);
    if (posture) checkLevel(effect.set, effect.posture, posture, [...effectPath, 'set'], report);
  });
  const entry = cameoEntry(move.cameo);
  if (!entry) {
    report([...path, 'cameo'], `CAMEO code '${move.cameo}' is not in the CAMEO table`, cameoHint(move.cameo));
  } else if (move.goldstein && move.goldstein.value === entry.goldstein) {
    report(
      [...path, 'goldstein', 'value'],
      `the override equals the Goldstein weight of CAMEO ${move.cameo} (${entry.goldstein})`,
      'remove the goldstein override; the weight follows from the code',
    );
  }
  move.propensity.modifiers.forEach((modifier, m) => checkCondition(modifier.when, [...path, 'propensity', 'modifiers', m, 'when'], index, report));
  move.sources.forEach((id, s) => checkSourceRef(id, [...path, 'sources', s], index, report));
}

function cameoHint(code: string): string {
  const root = code.slice(0, 2);
  const root_ = cameoEntry(root);
  const codes = allCameoCodes().filter((c) => c.startsWith(root) && c !== root);
  if (!root_) return 'CAMEO codes start with a root from 01 to 20; see src/data/cameo-goldstein.tsv';
  const shown = codes.slice(0, 10).join(', ');
  return `root ${root} is "${root_.description}": use ${root} or one of ${shown}${codes.length > 10 ? ', …' : ''} (src/data/cameo-goldstein.tsv)`;
}

function checkTurns(data: ScenarioData, index: Index, report: Report): void {
  const { turns } = data;
  if (turns.mode === 'alternating' && !turns.order) {
    report(['turns', 'mode'], 'alternating turns need an order', `add "order:" listing each actor once: [${[...index.actors.keys()].join(', ')}]`);
  }
  if (turns.order) {
    const seen = new Map<string, number>();
    turns.order.forEach((id, i) => {
      if (!index.actors.has(id)) report(['turns', 'order', i], `unknown actor '${id}'`, suggestion(id, [...index.actors.keys()], 'actors'));
      else if (seen.has(id)) report(['turns', 'order', i], `actor '${id}' appears twice in the turn order`, 'name each actor once');
      seen.set(id, i);
    });
    const missing = [...index.actors.keys()].filter((id) => !seen.has(id));
    if (missing.length > 0) {
      report(['turns', 'order'], `the turn order leaves out ${missing.map((m) => `'${m}'`).join(', ')}`, 'name every actor once');
    }
  }
  const { from, to } = data.meta.span;
  if (turns.start < from || turns.start > to) {
    report(['turns', 'start'], `the start date ${turns.start} is outside the scenario span (${from} to ${to})`, 'move it inside meta.span');
  }
}

function checkReplayRefs(data: ScenarioData, index: Index, report: Report): void {
  const { from, to } = data.meta.span;
  data.replay.forEach((step, i) => {
    const path: PathSegment[] = ['replay', i];
    checkMoveRef(step.move, [...path, 'move'], index, report);
    step.sources.forEach((id, s) => checkSourceRef(id, [...path, 'sources', s], index, report));
    if (step.date < from || step.date > to) {
      report([...path, 'date'], `the date ${step.date} is outside the scenario span (${from} to ${to})`, 'fix the date or widen meta.span');
    }
    const before = data.replay[i - 1];
    if (before && step.date < before.date) {
      report([...path, 'date'], `the date ${step.date} comes before ${before.date} of the step above`, 'order the replay steps by date');
    }
  });
}

export function checkCondition(condition: Condition, path: PathSegment[], index: Index, report: Report): void {
  if ('all' in condition) condition.all.forEach((c, i) => checkCondition(c, [...path, 'all', i], index, report));
  else if ('any' in condition) condition.any.forEach((c, i) => checkCondition(c, [...path, 'any', i], index, report));
  else if ('not' in condition) checkCondition(condition.not, [...path, 'not'], index, report);
  else {
    const posture = checkPostureRef(condition.posture, [...path, 'posture'], index, report);
    if (!posture) return;
    if ('oneOf' in condition) {
      condition.oneOf.forEach((level, i) => checkLevel(level, condition.posture, posture, [...path, 'oneOf', i], report));
    } else {
      const key = 'is' in condition ? 'is' : 'isNot' in condition ? 'isNot' : 'atLeast' in condition ? 'atLeast' : 'atMost';
      const level = 'is' in condition ? condition.is : 'isNot' in condition ? condition.isNot : 'atLeast' in condition ? condition.atLeast : condition.atMost;
      checkLevel(level, condition.posture, posture, [...path, key], report);
    }
  }
}

function checkPostureRef(ref: string, path: PathSegment[], index: Index, report: Report): Posture | undefined {
  const posture = index.postures.get(ref);
  if (posture) return posture;
  const [actorId = '', postureId = ''] = ref.split('.');
  const actor = index.actors.get(actorId);
  if (!actor) {
    const hint = suggestion(ref, [...index.postures.keys()], 'postures');
    report(path, `unknown actor '${actorId}' in '${ref}'`, hint.startsWith('did') ? hint : suggestion(actorId, [...index.actors.keys()], 'actors'));
  } else {
    report(path, `actor '${actorId}' has no posture '${postureId}'`, suggestion(postureId, actor.postures.map((p) => p.id), `postures of '${actorId}'`));
  }
  return undefined;
}

function checkLevel(level: string, ref: string, posture: Posture, path: PathSegment[], report: Report): void {
  const ids = posture.levels.map((l) => l.id);
  if (!ids.includes(level)) report(path, `posture '${ref}' has no level '${level}'`, suggestion(level, ids, 'its levels'));
}

function checkLevelRef(ref: string, path: PathSegment[], index: Index, report: Report): void {
  const dot = ref.lastIndexOf('.');
  const posture = checkPostureRef(ref.slice(0, dot), path, index, report);
  if (posture) checkLevel(ref.slice(dot + 1), ref.slice(0, dot), posture, path, report);
}

function checkMoveRef(id: string, path: PathSegment[], index: Index, report: Report): void {
  if (!index.moves.has(id)) report(path, `unknown move '${id}'`, suggestion(id, [...index.moves.keys()], 'moves'));
}

function checkSourceRef(id: string, path: PathSegment[], index: Index, report: Report): void {
  if (!index.sources.has(id)) report(path, `unknown source '${id}'`, suggestion(id, [...index.sources], 'sources in meta.sources'));
}
