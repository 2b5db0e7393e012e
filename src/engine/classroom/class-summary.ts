/**
 * The class's own moves in numbers, for the debrief: only decisions made during the exercise
 * (teams, the computer, the facilitator's injections), never the history before its start.
 */
import type { DebriefDecision } from './debrief.ts';

export interface ClassSummary {
  readonly moves: number;
  readonly conflictual: number;
  readonly cooperative: number;
  /** Passes, void moves and moves of Goldstein weight 0. */
  readonly other: number;
  readonly mostConflictual: DebriefDecision | null;
  readonly mostCooperative: DebriefDecision | null;
  /** The decision whose rounded tension change was largest upwards, if any raised it. */
  readonly biggestRise: DebriefDecision | null;
  readonly netGoldstein: number;
}

export function summariseClass(decisions: readonly DebriefDecision[]): ClassSummary {
  const moves = decisions.filter((d) => d.move !== 'override');
  const weighed = moves.filter((d): d is DebriefDecision & { goldstein: number } => d.goldstein !== null && d.voidReason === null);
  const rise = (d: DebriefDecision) => Math.round(d.tensionAfter) - Math.round(d.tensionBefore);
  return {
    moves: moves.length,
    conflictual: weighed.filter((d) => d.goldstein < 0).length,
    cooperative: weighed.filter((d) => d.goldstein > 0).length,
    other: moves.length - weighed.filter((d) => d.goldstein !== 0).length,
    mostConflictual: weighed.reduce<DebriefDecision | null>((m, d) => (d.goldstein < 0 && (m === null || d.goldstein < (m.goldstein ?? 0)) ? d : m), null),
    mostCooperative: weighed.reduce<DebriefDecision | null>((m, d) => (d.goldstein > 0 && (m === null || d.goldstein > (m.goldstein ?? 0)) ? d : m), null),
    biggestRise: decisions.reduce<DebriefDecision | null>((m, d) => (rise(d) > 0 && (m === null || rise(d) > rise(m)) ? d : m), null),
    netGoldstein: weighed.reduce((n, d) => n + d.goldstein, 0),
  };
}
