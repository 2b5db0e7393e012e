/**
 * The classroom session's rules: a pure step function over (timeline, classroom state).
 * Every move goes into the timeline (event-sourced, nothing thrown away: an undone turn stays
 * in the tree as a branch); the classroom state says where the class is, who holds the screen,
 * the hidden commits of the round, the undoable steps and the session log.
 */
import { localDate } from '../../scenario/time.ts';
import type { ClosedMove } from '../closed-reason.ts';
import { EngineError } from '../errors.ts';
import { type ActorId, type MoveId, type MoveRef, type NodeId, type Timeline } from '../types.ts';
import { computerChoice } from './computer.ts';
import { actorShort } from '../moves.ts';
import { actorsOf, teamName } from './teams.ts';
import { commitProblem } from './open-moves.ts';
import { resolveRound, resolutionOrder, type Commit } from './resolve.ts';
import { checkSettings } from './setup.ts';
import { pauseTimer, resumeTimer, startTimer, STOPPED } from './timer.ts';
import { COMPUTER, type ClassroomSettings, type ClassroomState, type LogEntry, type LogEvent, type MoveSource, type Phase, type PostureOverrideRef, type Step, type TeamId, type TurnMove } from './types.ts';

export interface Classroom {
  readonly timeline: Timeline;
  readonly state: ClassroomState;
}

/** A refusal says why in English (`error`), and, when a move is closed, the same as ids (`closed`) for a device to word. */
export type ClassroomResult = ({ readonly ok: true } & Classroom) | { readonly ok: false; readonly error: string; readonly closed?: ClosedMove };

export type ClassroomAction =
  /** The team named on the hand-over screen takes the screen (starts its timer). */
  | { readonly type: 'take-screen' }
  /** Simultaneous: the choosing team commits one move per actor it plays. */
  | { readonly type: 'commit'; readonly moves: Readonly<Record<ActorId, MoveId>> }
  /** Alternating: the choosing team plays its actor's move. */
  | { readonly type: 'play'; readonly actor: ActorId; readonly move: MoveId }
  /** Simultaneous: show every commit and resolve them by the conflict rule. */
  | { readonly type: 'reveal' }
  | { readonly type: 'next-round' }
  | { readonly type: 'inject'; readonly move: MoveRef; readonly reason: string }
  /** Injects a step of the scenario's replay track (a historical event) by its index. */
  | { readonly type: 'inject-event'; readonly event: number; readonly reason: string }
  | { readonly type: 'override'; readonly override: PostureOverrideRef; readonly reason: string }
  | { readonly type: 'undo'; readonly reason: string }
  | { readonly type: 'pause'; readonly reason: string }
  | { readonly type: 'resume'; readonly reason?: string };

export const MAX_REASON = 200;

const fail = (error: string, closed: ClosedMove | null = null): ClassroomResult => (closed ? { ok: false, error, closed } : { ok: false, error });
const iso = (now: number) => new Date(now).toISOString();

const COMPUTER_SOURCE: MoveSource = { kind: 'computer' };
const FACILITATOR: MoveSource = { kind: 'facilitator' };
const team = (id: TeamId): MoveSource => ({ kind: 'team', team: id });

/** The state with a log entry added, dated at `node` (the class's head by default). */
function logged(c: Classroom, now: number, who: MoveSource, event: LogEvent, reason: string | null = null, node: NodeId = c.state.head): ClassroomState {
  const entry: LogEntry = { ...event, at: iso(now), who, reason, date: c.timeline.node(node).date };
  return { ...c.state, log: [...c.state.log, entry] };
}

/** The teams that play at least one actor, in setup order. */
export function playingTeams(settings: ClassroomSettings): readonly TeamId[] {
  const used = new Set(Object.values(settings.assignment));
  return settings.teams.map((t) => t.id).filter((id) => used.has(id));
}

const isOver = (timeline: Timeline, node: NodeId) => timeline.nextActors(node).length === 0;

/** Alternating: the computer plays every actor it holds until a team's actor is next. */
function runComputer(timeline: Timeline, head: NodeId, settings: ClassroomSettings): { timeline: Timeline; head: NodeId; moves: TurnMove[] } {
  const moves: TurnMove[] = [];
  let current = timeline;
  let at = head;
  // One full round of the turn order is the most the computer can play before a team's actor is next.
  for (let guard = 0; guard <= timeline.scenario.actors.length; guard++) {
    const actor = current.nextActors(at)[0];
    if (actor === undefined || settings.assignment[actor] !== COMPUTER) break;
    const move = computerChoice(current, at, actor, settings.seed, current.node(at).turn);
    const played = current.play(at, { actor, move });
    current = played.timeline;
    at = played.node;
    moves.push({ actor, chosen: move, source: { kind: 'computer' }, node: at, voidReason: null });
  }
  return { timeline: current, head: at, moves };
}

function turnCount(steps: readonly Step[]): number {
  return steps.filter((s) => s.kind === 'turn' || s.kind === 'round').length;
}

/** Where the hot seat goes next; plays the computer's turns in alternating mode. */
function settle(c: Classroom, now: number): Classroom {
  let { timeline, state } = c;
  const { settings } = state;
  if (settings.turnMode === 'alternating') {
    const auto = runComputer(timeline, state.head, settings);
    if (auto.moves.length > 0) {
      const step: Step = { kind: 'turn', number: turnCount(state.steps) + 1, from: state.head, to: auto.head, moves: auto.moves };
      timeline = auto.timeline;
      state = { ...state, head: auto.head, steps: [...state.steps, step] };
      for (const m of auto.moves) state = logged({ timeline, state }, now, COMPUTER_SOURCE, { kind: 'played', actor: m.actor, move: m.chosen }, null, m.node ?? auto.head);
    }
  }
  return { timeline, state: { ...state, phase: phaseAt(timeline, state) } };
}

/** Where the hot seat is for a state (handover to the next team to choose, ready to reveal, over). */
export function phaseAt(timeline: Timeline, state: ClassroomState): Phase {
  const { settings, head, phase } = state;
  if (isOver(timeline, head)) return { kind: 'over' };
  let team: TeamId | undefined;
  if (settings.turnMode === 'alternating') {
    const actor = timeline.nextActors(head)[0] as ActorId;
    team = settings.assignment[actor];
  } else {
    if (phase.kind === 'revealed') return phase;
    team = playingTeams(settings).find((t) => actorsOf(timeline.scenario, settings, t).some((a) => state.pending[a] === undefined));
    if (team === undefined) return { kind: 'ready' };
  }
  if (team === undefined || team === COMPUTER) return { kind: 'over' };
  return phase.kind === 'choosing' && phase.team === team ? phase : { kind: 'handover', team };
}

/** Starts a session at settings.start; the computer moves first if it holds the first actor. */
export function startClassroom(timeline: Timeline, draft: ClassroomSettings, now: number): ClassroomResult {
  const checked = checkSettings(timeline.scenario, timeline, draft);
  if (!checked.ok) return fail(checked.problems.map((p) => p.message).join(' '));
  const { settings } = checked;
  const state: ClassroomState = { settings, head: settings.start, phase: { kind: 'over' }, pending: {}, steps: [], log: [], paused: false, timer: STOPPED };
  const teams = settings.teams.map((t) => ({ name: t.name, actors: actorsOf(timeline.scenario, settings, t.id) }));
  const event: LogEvent = { kind: 'started', teams, turnMode: settings.turnMode, timerSeconds: settings.timerSeconds, seed: settings.seed };
  const started = logged({ timeline, state }, now, FACILITATOR, event);
  return { ok: true, ...settle({ timeline, state: started }, now) };
}

function checkReason(reason: string): string | null {
  const trimmed = reason.trim();
  if (trimmed === '') return null;
  return trimmed.slice(0, MAX_REASON);
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Applies one action; never throws: a refused action gives `{ ok: false, error }` saying why. */
export function classroomStep(c: Classroom, action: ClassroomAction, now: number): ClassroomResult {
  try {
    return step(c, action, now);
  } catch (error) {
    if (error instanceof EngineError) return fail(error.message, error.closed);
    return fail(`That did not work: ${message(error)}`);
  }
}

const FACILITATOR_ACTIONS = new Set(['inject', 'inject-event', 'override', 'undo', 'pause', 'resume']);

function step(c: Classroom, action: ClassroomAction, now: number): ClassroomResult {
  const { timeline, state } = c;
  const { settings, phase } = state;
  const { scenario } = timeline;
  if (FACILITATOR_ACTIONS.has(action.type)) return facilitatorStep(c, action, now);
  if (state.paused) return fail('The session is paused: the facilitator resumes it.');

  switch (action.type) {
    case 'take-screen': {
      if (phase.kind !== 'handover') return fail('No team is waiting to take the screen.');
      const timer = settings.timerSeconds === null ? STOPPED : startTimer(now);
      return { ok: true, timeline, state: { ...state, phase: { kind: 'choosing', team: phase.team }, timer } };
    }
    case 'commit': {
      if (settings.turnMode !== 'simultaneous') return fail('Commits are for simultaneous turns; in alternating turns, play the move.');
      if (phase.kind !== 'choosing') return fail('No team is choosing right now.');
      const actors = actorsOf(scenario, settings, phase.team);
      const missing = actors.filter((a) => action.moves[a] === undefined);
      if (missing.length > 0) return fail(`Choose a move for ${missing.map((a) => actorShort(scenario, a)).join(' and ')} (or pass).`);
      const foreign = Object.keys(action.moves).filter((a) => !actors.includes(a));
      if (foreign.length > 0) return fail(`${teamName(settings, phase.team)} does not play ${foreign.map((a) => actorShort(scenario, a)).join(', ')}.`);
      for (const actor of actors) {
        const problem = commitProblem(timeline, state.head, actor, action.moves[actor] as MoveId);
        if (problem) return fail(problem.message, problem.closed);
      }
      const pending = { ...state.pending, ...action.moves };
      const next = logged(c, now, team(phase.team), { kind: 'committed' });
      return { ok: true, ...settle({ timeline, state: { ...next, pending, timer: STOPPED } }, now) };
    }
    case 'play': {
      if (settings.turnMode !== 'alternating') return fail('In simultaneous turns, commit the move; it is played at the reveal.');
      if (phase.kind !== 'choosing') return fail('No team is choosing right now.');
      if (settings.assignment[action.actor] !== phase.team) return fail(`${teamName(settings, phase.team)} does not play ${actorShort(scenario, action.actor)}.`);
      const played = timeline.play(state.head, { actor: action.actor, move: action.move });
      const first: TurnMove = { actor: action.actor, chosen: action.move, source: { kind: 'team', team: phase.team }, node: played.node, voidReason: null };
      const auto = runComputer(played.timeline, played.node, settings);
      const moves = [first, ...auto.moves];
      const entry: Step = { kind: 'turn', number: turnCount(state.steps) + 1, from: state.head, to: auto.head, moves };
      let next: Classroom = { timeline: auto.timeline, state: { ...state, head: auto.head, steps: [...state.steps, entry], timer: STOPPED } };
      for (const m of moves) {
        next = { ...next, state: logged(next, now, m.source, { kind: 'played', actor: m.actor, move: m.chosen }, null, m.node ?? auto.head) };
      }
      return { ok: true, ...settle(next, now) };
    }
    case 'reveal': {
      if (phase.kind !== 'ready') return fail('Not every team has committed its move yet.');
      const commits: Record<ActorId, Commit> = {};
      for (const actor of resolutionOrder(timeline, state.head)) {
        const controller = settings.assignment[actor];
        if (controller === COMPUTER) {
          commits[actor] = { move: computerChoice(timeline, state.head, actor, settings.seed, timeline.node(state.head).turn), source: { kind: 'computer' } };
        } else if (controller !== undefined && state.pending[actor] !== undefined) {
          commits[actor] = { move: state.pending[actor] as MoveId, source: { kind: 'team', team: controller } };
        }
      }
      const resolved = resolveRound(timeline, state.head, commits);
      const number = turnCount(state.steps) + 1;
      const entry: Step = { kind: 'round', number, from: state.head, to: resolved.head, moves: resolved.moves };
      const moves = resolved.moves.map(({ actor, chosen, source, voidReason }) => ({ actor, chosen, source, voidReason }));
      const revealed = logged(c, now, FACILITATOR, { kind: 'revealed', round: number, moves });
      const next: ClassroomState = { ...revealed, head: resolved.head, steps: [...state.steps, entry], pending: {}, phase: { kind: 'revealed' } };
      // Revealed even when the game just ended: the class sees the round's results first.
      return { ok: true, timeline: resolved.timeline, state: next };
    }
    case 'next-round': {
      if (phase.kind !== 'revealed') return fail('The round has not been revealed yet.');
      return { ok: true, ...settle({ timeline, state: { ...state, phase: { kind: 'ready' } } }, now) };
    }
  }
  return fail(`Unknown action "${(action as { type: string }).type}".`);
}

function facilitatorStep(c: Classroom, action: ClassroomAction, now: number): ClassroomResult {
  const { timeline, state } = c;
  const { settings } = state;
  const { scenario } = timeline;
  if (settings.facilitator === null) return fail('This session has no facilitator: set one up to inject, override, undo or pause.');
  const who = FACILITATOR;
  if (action.type === 'resume') {
    if (!state.paused) return fail('The session is not paused.');
    const resumed = logged(c, now, who, { kind: 'resumed' }, action.reason ? checkReason(action.reason) : null);
    const timer = state.phase.kind === 'choosing' && settings.timerSeconds !== null ? resumeTimer(state.timer, now) : state.timer;
    return { ok: true, timeline, state: { ...resumed, paused: false, timer } };
  }
  if (!('reason' in action)) return fail(`Unknown action "${action.type}".`);
  const reason = checkReason(action.reason);
  if (reason === null) return fail('Give a short reason: it goes into the session log.');
  const number = turnCount(state.steps);

  switch (action.type) {
    case 'pause': {
      if (state.paused) return fail('The session is already paused.');
      const paused = logged(c, now, who, { kind: 'paused' }, reason);
      return { ok: true, timeline, state: { ...paused, paused: true, timer: pauseTimer(state.timer, now) } };
    }
    case 'undo': {
      if (Object.keys(state.pending).length > 0) {
        // Before the reveal, undo takes back this round's secret commits: every team chooses again.
        const cleared = logged(c, now, who, { kind: 'cleared' }, reason);
        return { ok: true, ...settle({ timeline, state: { ...cleared, pending: {}, phase: { kind: 'ready' }, timer: STOPPED } }, now) };
      }
      const last = state.steps[state.steps.length - 1];
      if (!last) return fail('There is nothing to undo yet.');
      const undone = logged(c, now, who, { kind: 'undid', step: last.kind, number: last.number }, reason);
      // Back to the start of the step; the team that was choosing chooses again, its timer restarted.
      const back: ClassroomState = { ...undone, head: last.from, steps: state.steps.slice(0, -1), pending: {}, phase: { kind: 'ready' }, timer: STOPPED };
      return { ok: true, ...settle({ timeline, state: back }, now) };
    }
    case 'inject':
    case 'inject-event': {
      let move: MoveRef;
      let event: number | null = null;
      let what: LogEvent;
      if (action.type === 'inject-event') {
        const historical = scenario.replay[action.event];
        const found = historical && scenario.moves.find((m) => m.id === historical.move);
        if (!historical || !found) return fail(`Scenario "${scenario.meta.id}" has no event number ${action.event + 1}.`);
        move = { actor: found.actor, move: found.id };
        event = action.event;
        what = { kind: 'injected-event', event: action.event, eventDate: localDate(historical.date), actor: found.actor, move: found.id };
      } else {
        move = action.move;
        what = { kind: 'injected', actor: move.actor, move: move.move };
      }
      const played = timeline.inject(state.head, move);
      const entry: Step = {
        kind: 'inject',
        number,
        from: state.head,
        to: played.node,
        moves: [{ actor: move.actor, chosen: move.move, source: { kind: 'facilitator' }, node: played.node, voidReason: null }],
        event,
        reason,
      };
      const next = logged(c, now, who, what, reason);
      return { ok: true, ...settle({ timeline: played.timeline, state: { ...next, head: played.node, steps: [...state.steps, entry] } }, now) };
    }
    case 'override': {
      const { override } = action;
      const played = timeline.override(state.head, override);
      const entry: Step = { kind: 'override', number, from: state.head, to: played.node, moves: [], override, reason };
      const next = logged(c, now, who, { kind: 'override', ...override }, reason);
      return { ok: true, ...settle({ timeline: played.timeline, state: { ...next, head: played.node, steps: [...state.steps, entry] } }, now) };
    }
  }
  return fail(`Unknown action "${(action as { type: string }).type}".`);
}


/**
 * Simultaneous turns with every team on its own device: `team` commits whenever its round is open,
 * in any order, without waiting for the hot seat. The hot-seat rules then say what comes next.
 */
export function commitFor(c: Classroom, team: TeamId, moves: Readonly<Record<ActorId, MoveId>>, now: number): ClassroomResult {
  const { state, timeline } = c;
  const open = state.phase.kind === 'handover' || state.phase.kind === 'choosing';
  if (!open || state.settings.turnMode !== 'simultaneous') return classroomStep(c, { type: 'commit', moves }, now);
  if (actorsOf(timeline.scenario, state.settings, team).every((a) => state.pending[a] !== undefined)) {
    return fail(`${teamName(state.settings, team)} has already committed this round.`);
  }
  return classroomStep({ timeline, state: { ...state, phase: { kind: 'choosing', team } } }, { type: 'commit', moves }, now);
}
