/**
 * What the editor needs beside the loader's problems: the ids a draft defines (for autocomplete,
 * read from the text as written, so they are there while the file is still invalid) and, for a
 * valid draft, what `whn explore` reports. Pure: runs in the draft worker, or on the page in tests.
 */
import { parse } from 'yaml';
import { EngineError, explore, type ExploreReport } from '../../../engine/index.ts';
import type { Scenario } from '../../../scenario/index.ts';

/** The explorer's cap in the editor: enough for every shipped scenario, small enough to answer while typing. */
export const EDITOR_MAX_STATES = 200_000;

export interface DraftIds {
  readonly actors: readonly string[];
  /** "actor.posture" references. */
  readonly postures: readonly string[];
  /** Level ids by posture reference. */
  readonly levels: Readonly<Record<string, readonly string[]>>;
  readonly moves: readonly string[];
  readonly sources: readonly string[];
}

export type DraftExplore = { readonly kind: 'report'; readonly report: ExploreReport } | { readonly kind: 'stopped'; readonly message: string };

export interface DraftDetails {
  readonly ids: DraftIds;
  readonly explore: DraftExplore | null;
}

export const NO_IDS: DraftIds = { actors: [], postures: [], levels: {}, moves: [], sources: [] };

const list = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);
const field = (value: unknown, key: string): unknown => (value !== null && typeof value === 'object' && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined);
const idOf = (value: unknown): string | null => {
  const id = field(value, 'id');
  return typeof id === 'string' && id !== '' ? id : null;
};
const ids = (values: readonly unknown[]): string[] => [...new Set(values.map(idOf).filter((id): id is string => id !== null))];

/** The ids the text defines, as far as it parses; nothing is trusted, nothing throws. */
export function draftIds(text: string): DraftIds {
  let doc: unknown;
  try {
    doc = parse(text, { maxAliasCount: 100, prettyErrors: false });
  } catch {
    return NO_IDS;
  }
  const actors = list(field(doc, 'actors'));
  const postures: string[] = [];
  const levels: Record<string, readonly string[]> = {};
  for (const actor of actors) {
    const actorId = idOf(actor);
    if (actorId === null) continue;
    for (const posture of list(field(actor, 'postures'))) {
      const postureId = idOf(posture);
      if (postureId === null) continue;
      const ref = `${actorId}.${postureId}`;
      postures.push(ref);
      levels[ref] = ids(list(field(posture, 'levels')));
    }
  }
  return { actors: ids(actors), postures, levels, moves: ids(list(field(doc, 'moves'))), sources: ids(list(field(field(doc, 'meta'), 'sources'))) };
}

export function draftExplore(scenario: Scenario): DraftExplore {
  try {
    return { kind: 'report', report: explore(scenario, { maxStates: EDITOR_MAX_STATES, examples: 3 }) };
  } catch (error) {
    if (error instanceof EngineError) return { kind: 'stopped', message: error.message };
    throw error;
  }
}

/** The ids of a valid scenario, straight from it (no second parse). */
export function scenarioIds(scenario: Scenario): DraftIds {
  const levels: Record<string, readonly string[]> = {};
  for (const actor of scenario.actors) for (const posture of actor.postures) levels[`${actor.id}.${posture.id}`] = posture.levels.map((l) => l.id);
  return { actors: scenario.actors.map((a) => a.id), postures: Object.keys(levels), levels, moves: scenario.moves.map((m) => m.id), sources: scenario.meta.sources.map((s) => s.id) };
}

export function draftDetails(text: string, scenario: Scenario | null): DraftDetails {
  return { ids: scenario ? scenarioIds(scenario) : draftIds(text), explore: scenario ? draftExplore(scenario) : null };
}
