/**
 * Whether a session arriving from a link or a file may replace the one saved under the same id.
 * Only if it holds everything the saved one holds (every node, the same branch names, the same
 * classroom record): then replacing it loses nothing. Anything older or different must be kept
 * beside it, as a copy.
 */
import type { TimelineJson } from '../types.ts';
import type { SessionFile } from './session-file.ts';

/** 'same': the same work (where it stands may differ); 'newer': the same work and more; 'other': replacing would lose something. */
export type Supersedes = 'same' | 'newer' | 'other';

function sameVersion(a: SessionFile, b: SessionFile, versions: readonly string[]): boolean {
  if (a.scenario.hash === b.scenario.hash) return true;
  if (a.scenario.source !== undefined || b.scenario.source !== undefined) return false;
  return versions.includes(a.scenario.hash) && versions.includes(b.scenario.hash);
}

function nodesById(timeline: TimelineJson): Map<number, string> {
  const byId = new Map<number, string>();
  timeline.nodes.forEach((node, k) => byId.set(timeline.ids?.[k] ?? k + 1, node.join(',')));
  return byId;
}

/**
 * `versions`: content hashes that are one version of the scenario here (its own hash and the
 * `meta.earlierVersions` it lists), so a session of a listed earlier version and its copy saved
 * under the new hash compare by their work. Sessions that carry their scenario's YAML never do.
 */
export function supersedes(incoming: SessionFile, saved: SessionFile, versions: readonly string[] = []): Supersedes {
  if (incoming.scenario.id !== saved.scenario.id || !sameVersion(incoming, saved, versions)) return 'other';
  if (saved.classroom !== undefined && JSON.stringify(saved.classroom) !== JSON.stringify(incoming.classroom)) return 'other';
  const mine = nodesById(incoming.timeline);
  const theirs = nodesById(saved.timeline);
  for (const [id, node] of theirs) if (mine.get(id) !== node) return 'other';
  for (const [id, name] of Object.entries(saved.timeline.names)) if (incoming.timeline.names[id] !== name) return 'other';
  const sameNames = Object.keys(incoming.timeline.names).length === Object.keys(saved.timeline.names).length;
  const sameClassroom = JSON.stringify(saved.classroom) === JSON.stringify(incoming.classroom);
  return mine.size === theirs.size && sameNames && sameClassroom ? 'same' : 'newer';
}
