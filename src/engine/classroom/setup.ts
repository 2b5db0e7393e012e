/**
 * Checking a classroom setup before a session starts: every problem at once, each saying what
 * and where, so the setup form can show them next to the fields.
 */
import type { Scenario } from '../../scenario/types.ts';
import { isPlayed } from '../../scenario/move-parties.ts';
import { turnOrder } from '../turns.ts';
import type { Timeline } from '../types.ts';
import { COMPUTER, type ClassroomSettings, type Team } from './types.ts';

export type SetupProblemCode =
  | 'no-team'
  | 'too-many-teams'
  | 'team-unnamed'
  | 'team-name-long'
  | 'team-name-taken'
  | 'team-name-twice'
  | 'actor-unassigned'
  | 'actor-team-missing'
  | 'unknown-actor'
  | 'nobody-plays'
  | 'team-plays-nothing'
  | 'simultaneous-needs-pass'
  | 'facilitator-name-long'
  | 'timer-range'
  | 'seed-not-whole'
  | 'start-missing'
  | 'start-over';

export interface SetupProblem {
  /** The field it is about: "teams.1.name", "assignment.us", "timerSeconds"… */
  readonly field: string;
  /** What is wrong, with its values, for the words layer to say in the reader's language. */
  readonly code: SetupProblemCode;
  readonly values: Readonly<Record<string, string | number>>;
  /** The same in English, for the engine's own errors. */
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
  const order = turnOrder(scenario);
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
  const report = (field: string, code: SetupProblemCode, message: string, values: SetupProblem['values'] = {}) => problems.push({ field, code, values, message });

  if (draft.teams.length === 0) report('teams', 'no-team', 'Add at least one team.');
  if (draft.teams.length > MAX_TEAMS) report('teams', 'too-many-teams', `At most ${MAX_TEAMS} teams can share one screen.`, { max: MAX_TEAMS });
  const teams = draft.teams.map((t) => ({ id: t.id, name: t.name.trim() }));
  const seen = new Map<string, number>();
  teams.forEach((team, i) => {
    const field = `teams.${i}.name`;
    if (team.name === '') report(field, 'team-unnamed', `Team ${i + 1} needs a name.`, { number: i + 1 });
    else if (team.name.length > MAX_NAME) report(field, 'team-name-long', `Team ${i + 1}'s name is longer than ${MAX_NAME} characters.`, { number: i + 1, max: MAX_NAME });
    else if (team.name.toLowerCase() === COMPUTER || team.name.toLowerCase() === (draft.facilitator ?? '').trim().toLowerCase()) {
      const by = team.name.toLowerCase() === COMPUTER ? 'computer' : 'facilitator';
      report(field, 'team-name-taken', `"${team.name}" is taken by the ${by}; choose another team name.`, { name: team.name, by });
    } else {
      const before = seen.get(team.name.toLowerCase());
      if (before !== undefined) report(field, 'team-name-twice', `Teams ${before + 1} and ${i + 1} are both called "${team.name}".`, { first: before + 1, second: i + 1, name: team.name });
      seen.set(team.name.toLowerCase(), i);
    }
  });

  const teamIds = new Set(teams.map((t) => t.id));
  // An actor with played: false takes no seat: nobody is asked to play it.
  for (const actor of scenario.actors.filter(isPlayed)) {
    const controller = draft.assignment[actor.id];
    if (controller === undefined) report(`assignment.${actor.id}`, 'actor-unassigned', `Choose who plays ${actor.name}: a team or the computer.`, { actor: actor.name });
    else if (controller !== COMPUTER && !teamIds.has(controller)) report(`assignment.${actor.id}`, 'actor-team-missing', `${actor.name} is given to a team that does not exist.`, { actor: actor.name });
  }
  for (const key of Object.keys(draft.assignment)) {
    if (!scenario.actors.some((a) => a.id === key)) report(`assignment.${key}`, 'unknown-actor', `Scenario "${scenario.meta.id}" has no actor "${key}".`, { scenario: scenario.meta.id, actor: key });
  }
  const played = new Set(Object.values(draft.assignment).filter((c) => c !== COMPUTER));
  if (played.size === 0 && draft.teams.length > 0) report('assignment', 'nobody-plays', 'Give at least one actor to a team; otherwise the computer plays alone.');
  teams.forEach((team, i) => {
    if (team.name !== '' && !played.has(team.id)) report(`teams.${i}.name`, 'team-plays-nothing', `${team.name} plays no actor: give it one, or remove the team.`, { team: team.name });
  });

  if (draft.turnMode === 'simultaneous' && !scenario.turns.pass.allowed) {
    const message = `Simultaneous turns need a scenario that allows passing (a move made void by an earlier one becomes a pass); "${scenario.meta.id}" does not. Choose alternating turns.`;
    report('turnMode', 'simultaneous-needs-pass', message, { scenario: scenario.meta.id });
  }
  const facilitator = draft.facilitator === null ? null : draft.facilitator.trim() || 'Facilitator';
  if (facilitator !== null && facilitator.length > MAX_NAME) report('facilitator', 'facilitator-name-long', `The facilitator's name is longer than ${MAX_NAME} characters.`, { max: MAX_NAME });

  if (draft.timerSeconds !== null) {
    const s = draft.timerSeconds;
    if (!Number.isInteger(s) || s < TIMER_MIN_SECONDS || s > TIMER_MAX_SECONDS) {
      const message = `The turn timer must be a whole number of seconds from ${TIMER_MIN_SECONDS} to ${TIMER_MAX_SECONDS} (one hour).`;
      report('timerSeconds', 'timer-range', message, { min: TIMER_MIN_SECONDS, max: TIMER_MAX_SECONDS });
    }
  }
  if (!Number.isSafeInteger(draft.seed)) report('seed', 'seed-not-whole', 'The seed must be a whole number.');
  if (!timeline.has(draft.start)) report('start', 'start-missing', `There is no point ${draft.start} in this timeline to start from.`, { start: draft.start });
  else if (timeline.nextActors(draft.start).length === 0) report('start', 'start-over', 'The game is already over at that point: choose an earlier start.');

  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, settings: { ...draft, teams, facilitator } };
}
