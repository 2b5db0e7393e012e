/**
 * One table model per chart, used for both the on-screen <table> (the accessible alternative)
 * and the CSV download, so the two can never disagree.
 */
import type { ActorInfo, CumulativeRow, GoldsteinRow, TensionSeries } from './chart-data.ts';
import type { CsvCell as Cell } from '../../../engine/index.ts';
import { formatSigned } from './chart-format.ts';

export type ColumnFormat = 'text' | 'number' | 'signed';

export interface TableModel {
  readonly caption: string;
  readonly columns: readonly string[];
  /** How each column's numbers read on screen; the CSV keeps raw numbers. */
  readonly formats: readonly ColumnFormat[];
  readonly rows: readonly (readonly Cell[])[];
  /** The node each row is about, for "go to" buttons. */
  readonly nodes: readonly number[];
}

const round1 = (v: number) => Math.round(v * 10) / 10;

export function tensionTable(series: readonly TensionSeries[]): TableModel {
  const rows: Cell[][] = [];
  const nodes: number[] = [];
  for (const s of series) {
    s.points.forEach((p, i) => {
      rows.push([s.label, i, p.date, p.move.actorShort || null, p.move.label, Math.round(p.tension)]);
      nodes.push(p.node);
    });
  }
  return { caption: 'Tension index (0–100) at each move, per branch', columns: ['Branch', 'Step', 'Date', 'Actor', 'Move', 'Tension'],
    formats: ['text', 'number', 'text', 'text', 'text', 'number'],
    rows, nodes };
}

export function goldsteinTable(rows: readonly GoldsteinRow[]): TableModel {
  const kindText = { cooperation: 'Cooperation', conflict: 'Conflict', neutral: 'Neutral', pass: 'Pass' } as const;
  return {
    caption: 'Goldstein weight of each move on the current path (−10 conflict to +10 cooperation)',
    columns: ['Step', 'Date', 'Actor', 'Move', 'CAMEO', 'Goldstein', 'Kind'],
    formats: ['number', 'text', 'text', 'text', 'text', 'signed', 'text'],
    rows: rows.map((r) => [r.step, r.date, r.move.actorShort, r.move.label, r.move.cameo, r.goldstein === null ? null : round1(r.goldstein), kindText[r.kind]]),
    nodes: rows.map((r) => r.node),
  };
}

export function cumulativeTable(rows: readonly CumulativeRow[], actors: readonly ActorInfo[]): TableModel {
  return {
    caption: 'Cumulative Goldstein sum of each actor along the current path',
    columns: ['Step', 'Date', 'Move', ...actors.map((a) => a.short)],
    formats: ['number', 'text', 'text', ...actors.map(() => 'signed' as const)],
    rows: rows.map((r) => [r.step, r.date, r.move.actorShort ? `${r.move.actorShort}: ${r.move.label}` : r.move.label, ...actors.map((a) => round1(r.values[a.id] ?? 0))]),
    nodes: rows.map((r) => r.node),
  };
}

/** How a cell reads on screen. */
export function displayCell(format: ColumnFormat, cell: Cell): string {
  if (cell === null) return '—';
  if (typeof cell === 'number' && format === 'signed') return formatSigned(cell);
  return String(cell);
}
