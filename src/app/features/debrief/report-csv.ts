/** The class's decisions as CSV (RFC 4180), one row per move, for a spreadsheet. */
import { toCsv, type Timeline } from '../../../engine/index.ts';
import type { Debrief } from '../../../engine/classroom/index.ts';
import { voidText } from '../../lib/words/conditions.ts';
import { decisionText, stepText } from '../../lib/words/debrief-words.ts';
import { sourceText } from '../../lib/words/moves.ts';
import type { Key, Words } from '../../lib/words/index.ts';

const COLUMNS: readonly Key[] = [
  'csv.turns.step',
  'csv.turns.date',
  'csv.turns.actor',
  'csv.turns.move',
  'csv.turns.label',
  'csv.turns.by',
  'csv.turns.voidReason',
  'csv.turns.facilitatorReason',
  'csv.turns.goldstein',
  'csv.turns.tensionBefore',
  'csv.turns.tensionAfter',
  'csv.turns.tensionDelta',
];

export function turnsCsvHeader(words: Words): readonly string[] {
  return COLUMNS.map((key) => words.t(key));
}

export function turnsCsv(words: Words, timeline: Timeline, debrief: Debrief): string {
  const rows = debrief.decisions.map((d) => [
    stepText(words, d.step),
    d.date,
    d.actorShort,
    d.move,
    decisionText(words, timeline, d),
    sourceText(words, debrief.settings, d.by),
    d.voidReason ? voidText(words, timeline.scenario, d.voidReason) : null,
    d.reason,
    ...[d.goldstein, d.tensionBefore, d.tensionAfter, d.tensionDelta].map(round2),
  ]);
  return toCsv(turnsCsvHeader(words), rows);
}

function round2(value: number | null): number | null {
  return value === null ? null : Math.round(value * 100) / 100;
}
