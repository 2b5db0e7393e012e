/** Moves, actors and who made a move, in words: "US: Announce sanctions", "DPRK passes", "Computer". */
import { actorShort, PASS, type ActorId, type MoveId } from '../../../engine/index.ts';
import type { ClassroomSettings, MoveSource } from '../../../engine/classroom/index.ts';
import { teamName } from '../../../engine/classroom/teams.ts';
import { levelLabel, postureInfo } from '../../../scenario/conditions.ts';
import type { Effect, Scenario } from '../../../scenario/index.ts';
import { lastingText } from './time-words.ts';
import type { Words } from './words.ts';

/** A move's label, or "Pass". */
export function moveText(words: Words, scenario: Scenario, move: MoveId): string {
  if (move === PASS) return words.t('moves.pass');
  return scenario.moves.find((m) => m.id === move)?.label ?? move;
}

/** "US: Announce sanctions", "DPRK passes". */
export function actorMoveText(words: Words, scenario: Scenario, actor: ActorId, move: MoveId): string {
  const who = actorShort(scenario, actor);
  return move === PASS ? words.t('moves.actorPasses', { actor: who }) : words.t('moves.actorMove', { actor: who, move: moveText(words, scenario, move) });
}

/** A team's name, "Computer", or the facilitator's name ("Facilitator" when the session has none). */
export function sourceText(words: Words, settings: ClassroomSettings, source: MoveSource): string {
  if (source.kind === 'team') return teamName(settings, source.team);
  return source.kind === 'computer' ? words.t('source.computer') : (settings.facilitator ?? words.t('source.facilitator'));
}

/** Outcome labels by id, joined: "Talks collapse, Testing resumes". */
export function outcomesText(words: Words, scenario: Scenario, ids: readonly string[]): string {
  return ids.map((id) => scenario.outcomes.find((o) => o.id === id)?.label ?? id).join(words.t('list.comma'));
}

/** A move's effect in words, with how long it lasts: "sets DPRK testing to Pause for 75 days, then Testing". */
export function effectText(words: Words, scenario: Scenario, effect: Effect): string {
  return lastingText(words, scenario, effect, changeText(words, scenario, effect));
}

/** What an effect changes: "sets US sanctions to Expanded", "raises US sanctions by one level", "DPRK testing at least ICBM". */
function changeText(words: Words, scenario: Scenario, effect: Effect): string {
  const info = postureInfo(scenario, effect.posture);
  const posture = info.name;
  if ('raise' in effect) return words.t('moves.effect.raise', { posture, count: effect.raise });
  if ('lower' in effect) return words.t('moves.effect.lower', { posture, count: effect.lower });
  if ('atLeast' in effect) return words.t('moves.effect.atLeast', { posture, level: levelLabel(info, effect.atLeast) });
  if ('atMost' in effect) return words.t('moves.effect.atMost', { posture, level: levelLabel(info, effect.atMost) });
  return words.t('moves.effect.set', { posture, level: levelLabel(info, effect.set) });
}
