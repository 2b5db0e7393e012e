/**
 * Cross-checks of who takes part (actors that make a move together, a move's target, actors that
 * are not played) and of a source's addresses. Part of cross-check.ts, on the file as written.
 */
import type { Index, Report } from './cross-index.ts';
import { suggestion } from './did-you-mean.ts';
import type { PathSegment } from './problem.ts';
import { field, hasField, itemsAt, wellFormed } from './raw-access.ts';
import { Id } from './schema.ts';

/** The ids of the actors written with `played: false` (or a `played` the shape check rejects: it is reported there, not twice). */
export function unplayedActors(data: unknown): Set<string> {
  const ids = itemsAt(data, 'actors').flatMap((a) => (hasField(a, 'played') && field(a, 'played') !== true && wellFormed(Id, field(a, 'id')) ? [field(a, 'id') as string] : []));
  return new Set(ids);
}

/** `actor:` and `target:` of a move: known actors, each once, and a target that is not among the move's own actors. */
export function checkParties(move: unknown, path: PathSegment[], index: Index, report: Report): void {
  const actors = partyIds(move, 'actor', path, index, report);
  const targets = partyIds(move, 'target', path, index, report);
  for (const { id, at } of targets) {
    if (actors.some((a) => a.id === id)) {
      report(at, `the move is aimed at '${id}', one of the actors making it`, `remove '${id}' from target (a move's target is who it is aimed at; omit target to mean the actors not making it)`);
    }
  }
}

function partyIds(move: unknown, key: 'actor' | 'target', path: PathSegment[], index: Index, report: Report): { id: string; at: PathSegment[] }[] {
  const value = field(move, key);
  const entries = typeof value === 'string' ? [{ id: value, at: [...path, key] }] : itemsAt(move, key).map((id, i) => ({ id, at: [...path, key, i] }));
  const seen = new Set<string>();
  const found: { id: string; at: PathSegment[] }[] = [];
  for (const { id, at } of entries) {
    if (!wellFormed(Id, id)) continue;
    if (seen.has(id)) {
      report(at, `actor '${id}' is listed twice in ${key}`, 'name each actor once');
      continue;
    }
    seen.add(id);
    if (index.actors.complete && !index.actors.byId.has(id)) {
      report(at, `unknown actor '${id}'`, suggestion(id, [...index.actors.byId.keys()], 'actors'));
      continue;
    }
    found.push({ id, at });
  }
  return found;
}

/** At least one actor is played; an actor that is not played has no place in the turn order. */
export function checkPlayed(data: unknown, index: Index, report: Report): void {
  const unplayed = unplayedActors(data);
  if (unplayed.size === 0) return;
  if (index.actors.complete && [...index.actors.byId.keys()].every((id) => unplayed.has(id))) {
    report(['actors'], 'every actor has played: false, so nobody can take a turn', 'remove played: false from at least one actor');
  }
  itemsAt(field(data, 'turns'), 'order').forEach((id, i) => {
    if (wellFormed(Id, id) && unplayed.has(id) && itemsAt(data, 'actors').some((a) => field(a, 'id') === id && field(a, 'played') === false)) {
      report(['turns', 'order', i], `actor '${id}' is not played (played: false), so it takes no turn`, `remove '${id}' from the turn order, or remove its played: false`);
    }
  });
}

/** A source has an address: `url:`, `links:` or both. */
export function checkSourceAddresses(data: unknown, report: Report): void {
  itemsAt(field(data, 'meta'), 'sources').forEach((source, i) => {
    if (field(source, 'id') === undefined || hasField(source, 'url') || hasField(source, 'links')) return;
    report(['meta', 'sources', i], 'a source needs an address', 'add url: https://… (or links: with one entry per address, each url: https://…)');
  });
}
