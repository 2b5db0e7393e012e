/** Words and numbers for the panel: percentages with their uncertainty, and one-paragraph summaries. */
import { PASS } from '../../../engine/index.ts';
import type { RolloutResult } from '../../../engine/rollout/index.ts';
import type { Scenario } from '../../../scenario/types.ts';
import type { Words } from '../../lib/words/index.ts';
import { actorMoveText } from '../../lib/words/moves.ts';

/** "12.3% ± 0.7" — the ± is a 95% interval (1.96 standard errors), in percentage points. */
export function percentWithError(words: Words, p: number, se: number): string {
  return words.t('whatsNext.withError', { share: words.format.percent(p), error: words.format.number(1.96 * se * 100, 1) });
}

/** A move id from a path or a response, as people read it: "US: Ease sanctions", "DPRK passes" (a pass may be "pass:dprk"). */
export function moveLabel(words: Words, scenario: Scenario, id: string, actor?: string): string {
  if (id === PASS || id.startsWith(`${PASS}:`)) return actorMoveText(words, scenario, actor ?? id.slice(PASS.length + 1), PASS);
  const move = scenario.moves.find((m) => m.id === id);
  return move ? actorMoveText(words, scenario, move.actor, id) : id;
}

export function fanSummary(words: Words, result: RolloutResult): string {
  const first = result.fan[0];
  const last = result.fan[result.fan.length - 1];
  if (!first || !last) return '';
  const whole = (v: number) => words.format.number(v, 0);
  const direction = last.p50 > first.p50 + 0.5 ? 'rises' : last.p50 < first.p50 - 0.5 ? 'falls' : 'stays';
  const text = words.t('whatsNext.fanSummary', {
    runs: words.format.number(result.runs),
    depth: result.depth,
    direction,
    from: whole(first.p50),
    to: whole(last.p50),
    turn: last.turn,
    p25: whole(last.p25),
    p75: whole(last.p75),
    p5: whole(last.p5),
    p95: whole(last.p95),
  });
  return result.ended.terminal > 0 ? `${text} ${words.t('whatsNext.endEarly', { share: words.format.percent(result.ended.terminal / result.runs) })}` : text;
}

export function outcomesSummary(words: Words, result: RolloutResult): string {
  const ranked = [...result.outcomes].sort((a, b) => b.probability - a.probability);
  const top = ranked.filter((o) => o.probability > 0).slice(0, 3);
  if (top.length === 0) return words.t('whatsNext.noOutcome', { depth: result.depth });
  const list = top.map((o) => words.t('whatsNext.outcomeShare', { outcome: o.label, share: words.format.percent(o.probability) })).join(words.t('list.comma'));
  return words.t('whatsNext.likeliest', { depth: result.depth, outcomes: list });
}
