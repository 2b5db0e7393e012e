/** The class's decisions as CSV (RFC 4180), one row per move, for a spreadsheet. */
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

/** Quotes a field when needed; text that a spreadsheet would run as a formula is defused with a leading apostrophe. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(Math.round(value * 100) / 100) : '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function turnsCsv(debrief: Debrief): string {
  const rows = debrief.decisions.map((d) =>
    [d.step, d.date, d.actorShort, d.move, d.label, d.by, d.voidReason, d.reason, d.goldstein, d.tensionBefore, d.tensionAfter, d.tensionDelta].map(csvField).join(','),
  );
  return [TURNS_CSV_HEADER.join(','), ...rows].join('\r\n') + '\r\n';
}
