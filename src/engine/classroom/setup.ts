/**
 * Checking a classroom setup before a session starts: every problem at once, each saying what
 * and where, so the setup form can show them next to the fields.
 */
import type { Scenario } from '../../scenario/types.ts';
import type { Timeline } from '../types.ts';
import { COMPUTER, type ClassroomSettings, type Team } from './types.ts';

export interface SetupProblem {
  /** The field it is about: "teams.1.name", "assignment.us", "timerSeconds"… */
  readonly field: string;
  readonly message: string;
}

export type SetupResult = { readonly ok: true; readonly settings: ClassroomSettings } | { readonly ok: false; readonly problems: readonly SetupProblem[] };

export const MAX_TEAMS = 8;
export const MAX_NAME = 40;
export const TIMER_MIN_SECONDS = 10;
export const TIMER_MAX_SECONDS = 3600;

/** Two teams, actors dealt to them in the scenario's turn order, simultaneous turns, no timer. */
export function defaultSettings(scenario: Scenario, timeline: Timeline, seed = 1): ClassroomSettings {
  const teams: Team[] = [
    { id: 'team-1', name: 'Team A' },
    { id: 'team-2', name: 'Team B' },
  ];
  const order = scenario.turns.order ?? scenario.actors.map((a) => a.id);
  const assignment = Object.fromEntries(order.map((actor, i) => [actor, i < teams.length ? (teams[i]?.id as string) : COMPUTER]));
  return {
    teams,
    assignment,
    facilitator: 'Facilitator',
    turnMode: scenario.turns.pass.allowed ? 'simultaneous' : 'alternating',
    timerSeconds: null,
    seed,
    start: timeline.root,
  };
}

/** Validates a setup against the scenario and the timeline; trims names. */
export function checkSettings(scenario: Scenario, timeline: Timeline, draft: ClassroomSettings): SetupResult {
  const problems: SetupProblem[] = [];
  const report = (field: string, message: string) => problems.push({ field, message });

  if (draft.teams.length === 0) report('teams', 'Add at least one team.');
  if (draft.teams.length > MAX_TEAMS) report('teams', `At most ${MAX_TEAMS} teams can share one screen.`);
  const teams = draft.teams.map((t) => ({ id: t.id, name: t.name.trim() }));
  const seen = new Map<string, number>();
  teams.forEach((team, i) => {
    const field = `teams.${i}.name`;
    if (team.name === '') report(field, `Team ${i + 1} needs a name.`);
    else if (team.name.length > MAX_NAME) report(field, `Team ${i + 1}'s name is longer than ${MAX_NAME} characters.`);
    else if (team.name.toLowerCase() === COMPUTER || team.name.toLowerCase() === (draft.facilitator ?? '').trim().toLowerCase()) {
      report(field, `"${team.name}" is taken by the ${team.name.toLowerCase() === COMPUTER ? 'computer' : 'facilitator'}; choose another team name.`);
    } else {
      const before = seen.get(team.name.toLowerCase());
      if (before !== undefined) report(field, `Teams ${before + 1} and ${i + 1} are both called "${team.name}".`);
      seen.set(team.name.toLowerCase(), i);
    }
  });

  const teamIds = new Set(teams.map((t) => t.id));
  for (const actor of scenario.actors) {
    const controller = draft.assignment[actor.id];
    if (controller === undefined) report(`assignment.${actor.id}`, `Choose who plays ${actor.name}: a team or the computer.`);
    else if (controller !== COMPUTER && !teamIds.has(controller)) report(`assignment.${actor.id}`, `${actor.name} is given to a team that does not exist.`);
  }
  for (const key of Object.keys(draft.assignment)) {
    if (!scenario.actors.some((a) => a.id === key)) report(`assignment.${key}`, `Scenario "${scenario.meta.id}" has no actor "${key}".`);
  }
  const played = new Set(Object.values(draft.assignment).filter((c) => c !== COMPUTER));
  if (played.size === 0 && draft.teams.length > 0) report('assignment', 'Give at least one actor to a team; otherwise the computer plays alone.');
  teams.forEach((team, i) => {
    if (team.name !== '' && !played.has(team.id)) report(`teams.${i}.name`, `${team.name} plays no actor: give it one, or remove the team.`);
  });

  if (draft.turnMode === 'simultaneous' && !scenario.turns.pass.allowed) {
    report('turnMode', `Simultaneous turns need a scenario that allows passing (a move made void by an earlier one becomes a pass); "${scenario.meta.id}" does not. Choose alternating turns.`);
  }
  const facilitator = draft.facilitator === null ? null : draft.facilitator.trim() || 'Facilitator';
  if (facilitator !== null && facilitator.length > MAX_NAME) report('facilitator', `The facilitator's name is longer than ${MAX_NAME} characters.`);

  if (draft.timerSeconds !== null) {
    const s = draft.timerSeconds;
    if (!Number.isInteger(s) || s < TIMER_MIN_SECONDS || s > TIMER_MAX_SECONDS) {
      report('timerSeconds', `The turn timer must be a whole number of seconds from ${TIMER_MIN_SECONDS} to ${TIMER_MAX_SECONDS} (one hour).`);
    }
  }
  if (!Number.isSafeInteger(draft.seed)) report('seed', 'The seed must be a whole number.');
  if (!timeline.has(draft.start)) report('start', `There is no point ${draft.start} in this timeline to start from.`);
  else if (timeline.nextActors(draft.start).length === 0) report('start', 'The game is already over at that point: choose an earlier start.');

  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, settings: { ...draft, teams, facilitator } };
}
