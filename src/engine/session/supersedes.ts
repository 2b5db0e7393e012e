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

function nodesById(timeline: TimelineJson): Map<number, string> {
  const byId = new Map<number, string>();
  timeline.nodes.forEach((node, k) => byId.set(timeline.ids?.[k] ?? k + 1, node.join(',')));
  return byId;
}

export function supersedes(incoming: SessionFile, saved: SessionFile): Supersedes {
  if (incoming.scenario.hash !== saved.scenario.hash || incoming.scenario.id !== saved.scenario.id) return 'other';
  if (saved.classroom !== undefined && JSON.stringify(saved.classroom) !== JSON.stringify(incoming.classroom)) return 'other';
  const mine = nodesById(incoming.timeline);
  const theirs = nodesById(saved.timeline);
  for (const [id, node] of theirs) if (mine.get(id) !== node) return 'other';
  for (const [id, name] of Object.entries(saved.timeline.names)) if (incoming.timeline.names[id] !== name) return 'other';
  const sameNames = Object.keys(incoming.timeline.names).length === Object.keys(saved.timeline.names).length;
  const sameClassroom = JSON.stringify(saved.classroom) === JSON.stringify(incoming.classroom);
  return mine.size === theirs.size && sameNames && sameClassroom ? 'same' : 'newer';
}
