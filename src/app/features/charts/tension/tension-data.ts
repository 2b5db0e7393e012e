/**
 * Pure builders from a Timeline and the current node to what the tension chart draws, its table
 * and its CSV. No React, no Recharts: tested directly, and cheap on every move (node-rows.ts).
 */
import type { NodeId, Timeline } from '../../../../engine/types.ts';
import { daysBetween } from '../../../../scenario/dates.ts';
import type { Words } from '../../../lib/words/index.ts';
import { moveInfo, type MoveInfo } from '../shared/move-info.ts';
import { nodeRows, rowsAlong } from '../shared/node-rows.ts';
import { peakSeries } from './peak-series.ts';

/** Drawn branch series besides the ghost; Recharts' cost grows with series (toolchain.md). */
export const MAX_BRANCH_SERIES = 7;

export interface TensionPoint {
  readonly node: NodeId;
  /** Days since the scenario's start, plus a fraction that keeps same-day moves in order. */
  readonly x: number;
  readonly date: string;
  readonly tension: number;
  readonly move: MoveInfo;
}

export type SeriesKind = 'current' | 'branch' | 'replay' | 'peak';

export interface TensionSeries {
  /** Stable across moves: the leaf (or current node) id, or "replay". */
  readonly key: string;
  readonly label: string;
  readonly kind: SeriesKind;
  readonly end: NodeId;
  /** Another branch's number ("Branch 3"), which also picks its look (series-style.ts). */
  readonly number?: number;
  readonly points: readonly TensionPoint[];
}

export interface TensionData {
  readonly spanStart: string;
  /** Drawn: the ghost (if any) first, then the current branch (and its peak so far, when asked), named branches, most recent others. */
  readonly drawn: readonly TensionSeries[];
  /** Branches left out of the drawing. */
  readonly omitted: number;
  readonly xDomain: readonly [number, number];
}

/** A node's point when it is alone on its date (x is then the day), with what its neighbours need. */
interface NodePoint {
  readonly day: number;
  readonly alone: TensionPoint;
}

/** Points of the paths asked for last, by their end node: the branches a move did not touch. */
const PATHS_KEPT = 32;

/**
 * The points of the path to `end`. Each node is read once per lineage (node-rows.ts); a path's
 * points are kept for the next move, so only the current branch is built again.
 */
function pathPoints(words: Words, timeline: Timeline, end: NodeId): readonly TensionPoint[] {
  const paths = nodeRows<readonly TensionPoint[]>('tension-paths', words, timeline);
  const kept = paths.get(end);
  if (kept) return kept;
  const start = timeline.scenario.meta.span.from;
  const nodes = rowsAlong<NodePoint>('tension-nodes', words, timeline, timeline.pathTo(end), (id) => {
    const node = timeline.node(id);
    const day = daysBetween(start, node.date);
    return { day, alone: { node: id, x: day, date: node.date, tension: timeline.indicators(id).tension, move: moveInfo(words, timeline, node) } };
  });
  // Several moves on one date fan out inside that day, in order, instead of stacking on one x.
  const points = new Array<TensionPoint>(nodes.length);
  for (let i = 0; i < nodes.length; ) {
    const date = (nodes[i] as NodePoint).alone.date;
    let j = i + 1;
    while (j < nodes.length && (nodes[j] as NodePoint).alone.date === date) j++;
    const total = j - i;
    for (let k = i; k < j; k++) {
      const n = nodes[k] as NodePoint;
      points[k] = total === 1 ? n.alone : { ...n.alone, x: n.day + (k - i) / total };
    }
    i = j;
  }
  if (paths.size >= PATHS_KEPT) paths.delete(paths.keys().next().value as NodeId);
  paths.set(end, points);
  return points;
}

interface BranchPlan {
  readonly ghost: TensionSeries | null;
  readonly current: TensionSeries;
  /** Other branches, oldest first, each with its name (null: numbered) and whether it is drawn. */
  readonly others: readonly OtherBranch[];
}

interface OtherBranch {
  readonly leaf: NodeId;
  /** 1-based among the other branches, oldest first: "Branch 3" keeps its number as new ones appear. */
  readonly number: number;
  readonly name: string | null;
  readonly drawn: boolean;
}

function planBranches(words: Words, timeline: Timeline, current: NodeId, maxBranches: number): BranchPlan {
  const { t } = words;
  const track = timeline.replayTrack();
  const onTrack = new Set(track);
  const ghost: TensionSeries | null =
    track.length > 1
      ? { key: 'replay', label: t('charts.record'), kind: 'replay', end: track[track.length - 1] as NodeId, points: pathPoints(words, timeline, track[track.length - 1] as NodeId) }
      : null;
  const currentLabel = timeline.nameOf(current) ?? t(current === timeline.root ? 'node.start' : onTrack.has(current) ? 'charts.replaySoFar' : 'charts.currentBranch');
  const currentSeries: TensionSeries = {
    key: `n${current}`,
    label: t('charts.here', { series: currentLabel }),
    kind: 'current',
    end: current,
    points: pathPoints(words, timeline, current),
  };
  // Leaves off the replay track, oldest first (leaves() is in id order), so "Branch 3" keeps its
  // number as new ones appear. Drawn: named ones, then the most recent; chosen without sorting
  // or wording the thousands of a big tree.
  const leaves = timeline.leaves().filter((id) => !onTrack.has(id) && id !== current);
  const budget = Math.max(0, maxBranches - 1);
  const names = leaves.map((leaf) => timeline.nameOf(leaf));
  const chosen = new Set<number>();
  for (let i = leaves.length - 1; i >= 0 && chosen.size < budget; i--) if (names[i] !== null) chosen.add(i);
  for (let i = leaves.length - 1; i >= 0 && chosen.size < budget; i--) chosen.add(i);
  const others: OtherBranch[] = [];
  for (let i = 0; i < leaves.length; i++) others.push({ leaf: leaves[i] as NodeId, number: i + 1, name: names[i] ?? null, drawn: chosen.has(i) });
  return { ghost, current: currentSeries, others };
}

function branchSeries(words: Words, timeline: Timeline, other: OtherBranch): TensionSeries {
  const { leaf } = other;
  const label = other.name ?? words.t('charts.branch', { number: other.number });
  return { key: `n${leaf}`, label, kind: 'branch', end: leaf, number: other.number, points: pathPoints(words, timeline, leaf) };
}

/**
 * Tension per branch. A branch is the path to a leaf; the current branch is the path to the
 * current node; the replay track is drawn as a ghost. At most `maxBranches` branches are drawn
 * (the current one, named ones, then the most recent), so a big tree never slows the chart.
 */
export function tensionData(words: Words, timeline: Timeline, current: NodeId, maxBranches = MAX_BRANCH_SERIES, peak = false): TensionData {
  const spanStart = timeline.scenario.meta.span.from;
  const plan = planBranches(words, timeline, current, maxBranches);
  const drawnOthers = plan.others.filter((o) => o.drawn).map((o) => branchSeries(words, timeline, o));
  const drawn = [...(plan.ghost ? [plan.ghost] : []), plan.current, ...(peak ? [peakSeries(words, plan.current)] : []), ...drawnOthers];
  // Dates never go back along a path: each series ends at its largest x.
  let max = 1;
  for (const s of drawn) max = Math.max(max, s.points[s.points.length - 1]?.x ?? 0);
  return { spanStart, drawn, omitted: plan.others.length - drawnOthers.length, xDomain: [0, Math.ceil(max)] };
}

/** Every branch (drawn or not) with its points: the CSV export, computed only when asked for. */
export function allTensionSeries(words: Words, timeline: Timeline, current: NodeId, peak = false): readonly TensionSeries[] {
  const plan = planBranches(words, timeline, current, Infinity);
  return [...(plan.ghost ? [plan.ghost] : []), plan.current, ...(peak ? [peakSeries(words, plan.current)] : []), ...plan.others.map((o) => branchSeries(words, timeline, o))];
}
