/** The Goldstein weight of each move on the current path: what the bar chart draws. Pure, no React. */
import type { NodeId, Timeline } from '../../../../engine/types.ts';
import type { Words } from '../../../lib/words/index.ts';
import { moveInfo, type MoveInfo } from '../shared/move-info.ts';
import { rowsAlong } from '../shared/node-rows.ts';

export interface GoldsteinRow {
  readonly node: NodeId;
  /** 1-based position of the move on the path. */
  readonly step: number;
  readonly date: string;
  readonly move: MoveInfo;
  /** null for a pass. */
  readonly goldstein: number | null;
  readonly kind: 'cooperation' | 'conflict' | 'neutral' | 'pass';
  /** Split for two stacked bars, so colour comes with a legend entry and a name. */
  readonly cooperation: number | null;
  readonly conflict: number | null;
}

/** The Goldstein weight of each move on the path to the current node (each row made once per node: node-rows.ts). */
export function goldsteinRows(words: Words, timeline: Timeline, current: NodeId): readonly GoldsteinRow[] {
  return rowsAlong<GoldsteinRow>('goldstein', words, timeline, timeline.pathTo(current).slice(1), (id, i) => {
    const node = timeline.node(id);
    const g = timeline.indicators(id).goldstein;
    const kind = g === null ? 'pass' : g > 0 ? 'cooperation' : g < 0 ? 'conflict' : 'neutral';
    return {
      node: id,
      step: i + 1,
      date: node.date,
      move: moveInfo(words, timeline, node),
      goldstein: g,
      kind,
      cooperation: g !== null && g >= 0 ? g : null,
      conflict: g !== null && g < 0 ? g : null,
    };
  });
}

/** Bars drawn at most: the last moves of the path (the table and the CSV hold every move). */
export const MAX_DRAWN_BARS = 120;

/** The rows the bar chart draws: the last MAX_DRAWN_BARS. */
export function drawnBars(rows: readonly GoldsteinRow[]): readonly GoldsteinRow[] {
  return rows.length <= MAX_DRAWN_BARS ? rows : rows.slice(-MAX_DRAWN_BARS);
}
