/** Moves, actors and who made a move, in words: "US: Announce sanctions", "DPRK passes", "Computer". */
import { actorShort, PASS, type ActorId, type MoveId } from '../../../engine/index.ts';
import type { ClassroomSettings, MoveSource } from '../../../engine/classroom/index.ts';
import { teamName } from '../../../engine/classroom/teams.ts';
import type { Scenario } from '../../../scenario/index.ts';
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
