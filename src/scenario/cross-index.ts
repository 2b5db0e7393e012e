/**
 * The ids a scenario defines (actors, their postures, the postures' levels, moves, sources),
 * read from data that may have shape problems elsewhere, with the checks that belong to
 * defining them: duplicate ids, the initial level, the order of escalation values.
 */
import { suggestion } from './did-you-mean.ts';
import { formatPath, type PathSegment } from './problem.ts';
import { field, listAt, wellFormed, type RawList, type RawRecord } from './raw-access.ts';
import { Id, Level } from './schema.ts';
import type { Locator } from './yaml-tree.ts';

export type Report = (path: PathSegment[], message: string, hint: string) => void;

/**
 * The entries of one kind by id (the first of each id). Not complete when the list is not a
 * list, or an entry has no readable id: a reference that matches nothing may then name the
 * unreadable entry, so it is not reported as unknown.
 */
export interface Known<T> {
  readonly byId: ReadonlyMap<string, T>;
  readonly complete: boolean;
}

export interface Index {
  /** actor id → its postures (posture id → the posture as written) */
  readonly actors: Known<Known<RawRecord>>;
  /** "actor.posture" → its levels */
  readonly postures: ReadonlyMap<string, Known<RawRecord>>;
  readonly moves: Known<RawRecord>;
  readonly sources: Known<RawRecord>;
}

const Escalation = Level.shape.escalation;

export function buildIndex(data: unknown, report: Report, locate: Locator): Index {
  const actorList = listAt(data, 'actors', true);
  const actorIds = uniqueIds(actorList, ['actors'], 'the actors', report, locate);
  const actors = new Map<string, Known<RawRecord>>();
  const postures = new Map<string, Known<RawRecord>>();
  actorList.items.forEach((actor, a) => {
    const actorId = field(actor, 'id');
    const path: PathSegment[] = ['actors', a];
    const owner = wellFormed(Id, actorId) ? `actor '${actorId}'` : formatPath(path);
    const postureList = listAt(actor, 'postures', true);
    const own = uniqueIds(postureList, [...path, 'postures'], `the postures of ${owner}`, report, locate);
    const first = wellFormed(Id, actorId) && actorIds.byId.get(actorId) === actor;
    if (first) actors.set(actorId, own);
    postureList.items.forEach((posture, p) => {
      const levels = checkPosture(posture, actorId, [...path, 'postures', p], report, locate);
      const postureId = field(posture, 'id');
      if (first && wellFormed(Id, postureId) && own.byId.get(postureId) === posture) postures.set(`${actorId}.${postureId}`, levels);
    });
  });
  const moves = uniqueIds(listAt(data, 'moves', true), ['moves'], 'the moves', report, locate);
  const sources = uniqueIds(listAt(field(data, 'meta'), 'sources', false), ['meta', 'sources'], 'the sources', report, locate);
  uniqueIds(listAt(data, 'outcomes', false), ['outcomes'], 'the outcomes', report, locate);
  return { actors: { byId: actors, complete: actorIds.complete }, postures, moves, sources };
}

function checkPosture(posture: unknown, actorId: unknown, path: PathSegment[], report: Report, locate: Locator): Known<RawRecord> {
  const postureId = field(posture, 'id');
  const name = wellFormed(Id, actorId) && wellFormed(Id, postureId) ? `posture '${actorId}.${postureId}'` : formatPath(path);
  const levelList = listAt(posture, 'levels', true);
  const levels = uniqueIds(levelList, [...path, 'levels'], `the levels of ${name}`, report, locate);
  const initial = field(posture, 'initial');
  if (wellFormed(Id, initial) && levels.complete && !levels.byId.has(initial)) {
    report([...path, 'initial'], `the initial level '${initial}' is not a level of this posture`, suggestion(initial, [...levels.byId.keys()], 'levels of the posture'));
  }
  levelList.items.forEach((level, l) => {
    const before = levelList.items[l - 1];
    const value = field(level, 'escalation');
    const previous = field(before, 'escalation');
    if (!wellFormed(Escalation, value) || !wellFormed(Escalation, previous) || value >= previous) return;
    const beforeId = field(before, 'id');
    report(
      [...path, 'levels', l, 'escalation'],
      `escalation ${value} is lower than ${previous}${wellFormed(Id, beforeId) ? ` of '${beforeId}'` : ''} before it; levels are ordered from least to most escalated`,
      'reorder the levels (atLeast/atMost conditions rely on the order) or fix the value',
    );
  });
  return levels;
}

function uniqueIds(list: RawList, path: PathSegment[], what: string, report: Report, locate: Locator): Known<RawRecord> {
  const byId = new Map<string, RawRecord>();
  const firstAt = new Map<string, number>();
  let complete = list.complete;
  list.items.forEach((item, i) => {
    const id = field(item, 'id');
    if (!wellFormed(Id, id)) {
      complete = false;
      return;
    }
    const first = firstAt.get(id);
    if (first !== undefined) {
      const firstLine = locate.valueAt([...path, first, 'id']).line;
      report([...path, i, 'id'], `duplicate id '${id}' among ${what} (first used on line ${firstLine})`, 'give each one its own id');
    } else {
      firstAt.set(id, i);
      byId.set(id, item as RawRecord);
    }
  });
  return { byId, complete };
}
