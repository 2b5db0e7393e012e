/** Words and numbers for the panel: percentages with their uncertainty, and one-paragraph summaries. */
import { PASS } from '../../../engine/index.ts';
import type { RolloutResult } from '../../../engine/rollout/index.ts';
import type { Scenario } from '../../../scenario/types.ts';

/** 0.1234 → "12.3%"; tiny non-zero values are not shown as 0. */
export function percent(p: number, digits = 1): string {
  if (p > 0 && p < 0.5 * 10 ** -(digits + 2)) return `<${(10 ** -digits).toFixed(digits)}%`;
  return `${(p * 100).toFixed(digits)}%`;
}

/** "12.3% ± 0.7" — the ± is a 95% interval (1.96 standard errors), in percentage points. */
export function percentWithError(p: number, se: number): string {
  return `${percent(p)} ± ${(1.96 * se * 100).toFixed(1)}`;
}

/** A move id from a path or a response, as people read it: "US: Ease sanctions", "DPRK passes". */
export function moveLabel(scenario: Scenario, id: string, actor?: string): string {
  if (id === PASS || id.startsWith(`${PASS}:`)) {
    const who = actor ?? id.slice(PASS.length + 1);
    return `${scenario.actors.find((a) => a.id === who)?.short ?? who} passes`;
  }
  const move = scenario.moves.find((m) => m.id === id);
  if (!move) return id;
  return `${scenario.actors.find((a) => a.id === move.actor)?.short ?? move.actor}: ${move.label}`;
}

export function fanSummary(result: RolloutResult): string {
  const first = result.fan[0];
  const last = result.fan[result.fan.length - 1];
  if (!first || !last) return '';
  const direction = last.p50 > first.p50 + 0.5 ? 'rises' : last.p50 < first.p50 - 0.5 ? 'falls' : 'stays';
  return (
    `Over ${result.runs.toLocaleString('en-US')} simulated futures of ${result.depth} turns, the median tension ${direction} from ` +
    `${first.p50.toFixed(0)} to ${last.p50.toFixed(0)} (of 100). By turn ${last.turn}, half the futures lie between ` +
    `${last.p25.toFixed(0)} and ${last.p75.toFixed(0)}, and nine in ten between ${last.p5.toFixed(0)} and ${last.p95.toFixed(0)}.` +
    (result.ended.terminal > 0 ? ` ${percent(result.ended.terminal / result.runs)} of futures end early in a terminal outcome.` : '')
  );
}

export function outcomesSummary(result: RolloutResult): string {
  const ranked = [...result.outcomes].sort((a, b) => b.probability - a.probability);
  const top = ranked.filter((o) => o.probability > 0).slice(0, 3);
  if (top.length === 0) return `None of the scenario's outcomes holds at turn ${result.depth} in any simulated future.`;
  return `At turn ${result.depth}, the most likely outcomes are ${top.map((o) => `${o.label} (${percent(o.probability)})`).join(', ')}.`;
}
