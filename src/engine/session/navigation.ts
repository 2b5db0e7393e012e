/** Where the user is on the timeline and what mode that means: navigation, not change. */
import type { NodeId, Timeline } from '../types.ts';
import type { Mode } from './types.ts';

/** Mode follows where the user is: on the historical track it is replay, elsewhere free play. */
export function modeAt(timeline: Timeline, id: NodeId, fallback: Mode): Mode {
  const origin = timeline.node(id).origin;
  if (origin === 'play') return 'free';
  if (origin === 'replay') return 'replay';
  return fallback;
}

/** The next node forward: along the replay track when on it, otherwise the newest child; back is the parent. */
export function stepTarget(timeline: Timeline, current: NodeId, delta: 1 | -1): NodeId | null {
  if (delta === -1) return timeline.node(current).parent;
  const track = timeline.replayTrack();
  const at = track.indexOf(current);
  if (at >= 0 && at + 1 < track.length) return track[at + 1] ?? null;
  const children = timeline.children(current);
  return children.length > 0 ? Math.max(...children) : null;
}

/** The mode a session opens in: replay when the scenario has a replay track to step along. */
export function openingMode(timeline: Timeline): Mode {
  return timeline.replayTrack().length > 1 ? 'replay' : 'free';
}
