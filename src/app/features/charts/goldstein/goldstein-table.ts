import { round1, type TableModel } from '../shared/chart-table.ts';
import type { GoldsteinRow } from './goldstein-data.ts';

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
