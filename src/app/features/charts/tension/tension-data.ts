/**
 * Pure builders from a Timeline and the current node to what the tension chart draws, its table
 * and its CSV. No React, no Recharts: tested directly and cheap to recompute on every move.
 */
import type { NodeId, Timeline } from '../../../../engine/types.ts';
import { daysBetween } from '../../../../engine/dates.ts';
import type { Words } from '../../../lib/words/index.ts';
import { moveInfo, type MoveInfo } from '../shared/move-info.ts';
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

function pathPoints(words: Words, timeline: Timeline, ids: readonly NodeId[]): TensionPoint[] {
  const start = timeline.scenario.meta.span.from;
  const nodes = ids.map((id) => timeline.node(id));
  const perDay = new Map<string, number>();
  for (const n of nodes) perDay.set(n.date, (perDay.get(n.date) ?? 0) + 1);
  const seen = new Map<string, number>();
  return nodes.map((node) => {
    // Several moves on one date fan out inside that day, in order, instead of stacking on one x.
    const k = seen.get(node.date) ?? 0;
    seen.set(node.date, k + 1);
    const total = perDay.get(node.date) ?? 1;
    return {
      node: node.id,
      x: daysBetween(start, node.date) + (total > 1 ? k / total : 0),
      date: node.date,
      tension: timeline.indicators(node.id).tension,
      move: moveInfo(words, timeline, node),
    };
  });
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
      ? { key: 'replay', label: t('charts.record'), kind: 'replay', end: track[track.length - 1] as NodeId, points: pathPoints(words, timeline, track) }
      : null;
  const currentLabel = timeline.nameOf(current) ?? t(current === timeline.root ? 'node.start' : onTrack.has(current) ? 'charts.replaySoFar' : 'charts.currentBranch');
  const currentSeries: TensionSeries = {
    key: `n${current}`,
    label: t('charts.here', { series: currentLabel }),
    kind: 'current',
    end: current,
    points: pathPoints(words, timeline, timeline.pathTo(current)),
  };
  // Leaves off the replay track, oldest first, so "Branch 3" keeps its number as new ones appear.
  const leaves = timeline
    .leaves()
    .filter((id) => !onTrack.has(id) && id !== current)
    .slice()
    .sort((a, b) => a - b);
  // Labels are worded only for the branches drawn (or exported): a big tree has thousands.
  const named = leaves.map((leaf, i) => ({ leaf, number: i + 1, name: timeline.nameOf(leaf) }));
  const byPriority = [...named].sort((a, b) => {
    if ((a.name !== null) !== (b.name !== null)) return a.name !== null ? -1 : 1;
    return b.leaf - a.leaf;
  });
  const chosen = new Set(byPriority.slice(0, Math.max(0, maxBranches - 1)).map((o) => o.leaf));
  return { ghost, current: currentSeries, others: named.map((o) => ({ ...o, drawn: chosen.has(o.leaf) })) };
}

function branchSeries(words: Words, timeline: Timeline, other: OtherBranch): TensionSeries {
  const { leaf } = other;
  const label = other.name ?? words.t('charts.branch', { number: other.number });
  return { key: `n${leaf}`, label, kind: 'branch', end: leaf, points: pathPoints(words, timeline, timeline.pathTo(leaf)) };
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
  let max = 1;
  for (const s of drawn) for (const p of s.points) max = Math.max(max, p.x);
  return { spanStart, drawn, omitted: plan.others.length - drawnOthers.length, xDomain: [0, Math.ceil(max)] };
}

/** Every branch (drawn or not) with its points: the CSV export, computed only when asked for. */
export function allTensionSeries(words: Words, timeline: Timeline, current: NodeId, peak = false): readonly TensionSeries[] {
  const plan = planBranches(words, timeline, current, Infinity);
  return [...(plan.ghost ? [plan.ghost] : []), plan.current, ...(peak ? [peakSeries(words, plan.current)] : []), ...plan.others.map((o) => branchSeries(words, timeline, o))];
}
