/** Serializing a timeline to its compact JSON form (TimelineJson in types.ts documents the encoding). */
import type { Scenario } from '../scenario/types.ts';

import type { TimelineParts } from './timeline-view.ts';
import type { NodeId, TimelineJson } from './types.ts';

export function timelineToJson(scenario: Scenario, parts: TimelineParts, live: (id: NodeId) => boolean): TimelineJson {
  const { store, count } = parts;
  const nodes: [number, number, number, number][] = [];
  const ids: number[] = [];
  for (let id = 1; id < count; id++) {
    if (!live(id)) continue;
    ids.push(id);
    // Origin codes in JSON are the store's: 1 replay, 2 play, 3 injected play, 4 override.
    nodes.push([store.parent[id] as number, store.moveCode[id] as number, store.origin[id] as number, store.day[id] as number]);
  }
  const names: Record<string, string> = {};
  for (const [id, name] of parts.names) if (live(id)) names[String(id)] = name;
  const dense = ids.every((id, i) => id === i + 1);
  return {
    format: 1,
    scenario: { id: scenario.meta.id, hash: scenario.hash },
    nodes,
    ...(dense ? {} : { ids }),
    names,
  };
}
