/**
 * One table model per chart, used for both the on-screen <table> (the accessible alternative)
 * and the CSV download, so the two can never disagree.
 */
import type { ActorInfo, CumulativeRow, GoldsteinRow, TensionSeries } from './chart-data.ts';
import type { CsvCell as Cell } from '../../../engine/index.ts';
import type { Words } from '../../lib/words/index.ts';

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

export function tensionTable(words: Words, series: readonly TensionSeries[]): TableModel {
  const { t } = words;
  const rows: Cell[][] = [];
  const nodes: number[] = [];
  for (const s of series) {
    s.points.forEach((p, i) => {
      rows.push([s.label, i, p.date, p.move.actorShort || null, p.move.label, Math.round(p.tension)]);
      nodes.push(p.node);
    });
  }
  return {
    caption: t('charts.tension.caption'),
    columns: [t('charts.col.branch'), t('charts.col.step'), t('charts.col.date'), t('charts.col.actor'), t('charts.col.move'), t('charts.col.tension')],
    formats: ['text', 'number', 'text', 'text', 'text', 'number'],
    rows,
    nodes,
  };
}

export function goldsteinTable(words: Words, rows: readonly GoldsteinRow[]): TableModel {
  const { t } = words;
  return {
    caption: t('charts.goldstein.caption'),
    columns: [t('charts.col.step'), t('charts.col.date'), t('charts.col.actor'), t('charts.col.move'), t('charts.col.cameo'), t('charts.col.goldstein'), t('charts.col.kind')],
    formats: ['number', 'text', 'text', 'text', 'text', 'signed', 'text'],
    rows: rows.map((r) => [r.step, r.date, r.move.actorShort, r.move.label, r.move.cameo, r.goldstein === null ? null : round1(r.goldstein), t('charts.kind', { kind: r.kind })]),
    nodes: rows.map((r) => r.node),
  };
}

export function cumulativeTable(words: Words, rows: readonly CumulativeRow[], actors: readonly ActorInfo[]): TableModel {
  const { t } = words;
  return {
    caption: t('charts.cumulative.caption'),
    columns: [t('charts.col.step'), t('charts.col.date'), t('charts.col.move'), ...actors.map((a) => a.short)],
    formats: ['number', 'text', 'text', ...actors.map(() => 'signed' as const)],
    rows: rows.map((r) => [r.step, r.date, r.move.actorShort ? t('moves.actorMove', { actor: r.move.actorShort, move: r.move.label }) : r.move.label, ...actors.map((a) => round1(r.values[a.id] ?? 0))]),
    nodes: rows.map((r) => r.node),
  };
}

/** How a cell reads on screen. */
export function displayCell(words: Words, format: ColumnFormat, cell: Cell): string {
  if (cell === null) return '—';
  if (typeof cell === 'number') return format === 'signed' ? words.format.signed(cell) : words.format.number(cell);
  return String(cell);
}
