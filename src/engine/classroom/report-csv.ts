/** The class's decisions as CSV (RFC 4180), one row per move, for a spreadsheet. */
import { toCsv } from '../csv.ts';
import type { Debrief } from './debrief.ts';

export const TURNS_CSV_HEADER = [
  'step',
  'date',
  'actor',
  'move',
  'label',
  'by',
  'void_reason',
  'facilitator_reason',
  'goldstein',
  'tension_before',
  'tension_after',
  'tension_delta',
] as const;

export function turnsCsv(debrief: Debrief): string {
  const rows = debrief.decisions.map((d) => [
    d.step,
    d.date,
    d.actorShort,
    d.move,
    d.label,
    d.by,
    d.voidReason,
    d.reason,
    ...[d.goldstein, d.tensionBefore, d.tensionAfter, d.tensionDelta].map(round2),
  ]);
  return toCsv(TURNS_CSV_HEADER, rows);
}

function round2(value: number | null): number | null {
  return value === null ? null : Math.round(value * 100) / 100;
}
