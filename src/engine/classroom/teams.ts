/** Look-ups over a session's teams: a team's name, and the actors it plays. */
import type { Scenario } from '../../scenario/types.ts';
import type { ActorId } from '../types.ts';
import type { ClassroomSettings, TeamId } from './types.ts';

export function teamName(settings: ClassroomSettings, team: TeamId): string {
  return settings.teams.find((t) => t.id === team)?.name ?? team;
}

/** The actors a team plays, in the scenario's order. */
export function actorsOf(scenario: Scenario, settings: ClassroomSettings, team: TeamId): readonly ActorId[] {
  return scenario.actors.map((a) => a.id).filter((a) => settings.assignment[a] === team);
}
