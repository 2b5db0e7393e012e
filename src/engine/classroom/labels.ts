/** Words for moves, actors and sources, shared by the log, the debrief and the reports. */
import type { Scenario } from '../../scenario/types.ts';
import { PASS, type ActorId, type MoveId } from '../types.ts';
import { COMPUTER, type ClassroomSettings, type Controller, type MoveSource, type TeamId } from './types.ts';

export function actorShort(scenario: Scenario, actor: ActorId): string {
  return scenario.actors.find((a) => a.id === actor)?.short ?? actor;
}

export function moveLabel(scenario: Scenario, move: MoveId): string {
  if (move === PASS) return 'Pass';
  return scenario.moves.find((m) => m.id === move)?.label ?? move;
}

/** "US: Announce sanctions", "DPRK passes". */
export function actorMove(scenario: Scenario, actor: ActorId, move: MoveId): string {
  return move === PASS ? `${actorShort(scenario, actor)} passes` : `${actorShort(scenario, actor)}: ${moveLabel(scenario, move)}`;
}

export function teamName(settings: ClassroomSettings, team: TeamId): string {
  return settings.teams.find((t) => t.id === team)?.name ?? team;
}

export function facilitatorName(settings: ClassroomSettings): string {
  return settings.facilitator ?? 'Facilitator';
}

export function controllerName(settings: ClassroomSettings, controller: Controller | undefined): string {
  if (controller === undefined) return 'nobody';
  return controller === COMPUTER ? 'Computer' : teamName(settings, controller);
}

export function sourceName(settings: ClassroomSettings, source: MoveSource): string {
  if (source.kind === 'team') return teamName(settings, source.team);
  return source.kind === 'computer' ? 'Computer' : facilitatorName(settings);
}

/** The actors a team plays, in the scenario's order. */
export function actorsOf(scenario: Scenario, settings: ClassroomSettings, team: TeamId): readonly ActorId[] {
  return scenario.actors.map((a) => a.id).filter((a) => settings.assignment[a] === team);
}
