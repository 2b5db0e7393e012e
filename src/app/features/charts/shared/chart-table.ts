/**
 * One table model per chart, used for both the on-screen <table> (the accessible alternative)
 * and the CSV download, so the two can never disagree.
 */
import type { CsvCell as Cell } from '../../../../engine/index.ts';
import type { Words } from '../../../lib/words/index.ts';

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

export const round1 = (v: number) => Math.round(v * 10) / 10;

/** How a cell reads on screen. */
export function displayCell(words: Words, format: ColumnFormat, cell: Cell): string {
  if (cell === null) return '—';
  if (typeof cell === 'number') return format === 'signed' ? words.format.signed(cell) : words.format.number(cell);
  return String(cell);
}
