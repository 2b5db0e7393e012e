/**
 * The networked exercise's rules: `seatStep(state, seat, intent, now)` says whether that seat may
 * do that, and maps it onto the classroom rules. With every team on its own device there is no
 * screen to hand over: in simultaneous turns any team whose round is open commits when it likes, in
 * any order; in alternating turns the team whose actor is next plays directly. The round clock
 * starts when a round opens, for every team at once. Pure: no clock, no network.
 */
import {
  actorsOf,
  classroomStep as classroomRules,
  commitFor,
  commitProblem,
  remainingMs,
  resumeTimer,
  startTimer,
  type ClassroomAction,
  type ClassroomResult,
  type ClassroomSettings,
  type ClassroomState,
  type TeamId,
} from '../classroom/index.ts';
import { PASS, type ActorId } from '../types.ts';
import { engineRefusal, withClassroom } from './classroom-step.ts';
import type { DraftMoves, SeatIntent, SeatRefusal, SeatStepResult, SeatView, SeatedSession } from './seat-types.ts';
import { initialState, step } from './step.ts';
import type { Seat, SessionInit, StepResult } from './types.ts';
import { viewFor } from './view.ts';

type TeamIntent = Extract<SeatIntent, { type: 'draft' | 'commit' | 'play' }>;
type FacilitatorIntent = Exclude<SeatIntent, TeamIntent>;
const isTeamIntent = (intent: SeatIntent): intent is TeamIntent => intent.type === 'draft' || intent.type === 'commit' || intent.type === 'play';

const refuse = (refusal: SeatRefusal): SeatStepResult => ({ ok: false, refusal });

/** A new networked exercise: the session with its classroom started by `settings`, the round clock running. */
export function startSeatedSession(init: SessionInit, settings: ClassroomSettings, now: number): SeatStepResult {
  const session = initialState({ ...init, classroom: null });
  return settled({ session, drafts: {}, ended: false }, step(session, { type: 'classroom.start', settings, now }), now);
}

/** Applies one seat's intent. Never throws: a refused intent says why and changes nothing. */
export function seatStep(state: SeatedSession, seat: Seat, intent: SeatIntent, now: number): SeatStepResult {
  if (state.ended) return refuse({ code: 'exercise.ended' });
  if (seat.kind === 'observer') return refuse({ code: 'seat.observer' });
  const classroom = state.session.classroom;
  if (classroom === null) return refuse({ code: 'classroom.none' });
  if (!isTeamIntent(intent)) {
    if (seat.kind !== 'facilitator') return refuse({ code: 'seat.facilitator-only', intent: intent.type });
    return facilitatorIntent(state, classroom, intent, now);
  }
  if (seat.kind !== 'team') return refuse({ code: 'seat.team-only', intent: intent.type });
  if (!classroom.settings.teams.some((t) => t.id === seat.team)) return refuse({ code: 'seat.unknown-team', team: seat.team });
  return teamIntent(state, classroom, seat.team, intent, now);
}

function teamIntent(state: SeatedSession, classroom: ClassroomState, team: TeamId, intent: TeamIntent, now: number): SeatStepResult {
  const { session } = state;
  const { settings } = classroom;
  const c = { timeline: session.timeline, state: classroom };
  const foreign = (actors: readonly ActorId[]) => actors.filter((a) => settings.assignment[a] !== team);
  switch (intent.type) {
    case 'draft': {
      const others = foreign(Object.keys(intent.moves));
      if (others.length > 0) return refuse({ code: 'seat.not-yours', actors: others });
      for (const [actor, move] of Object.entries(intent.moves)) {
        const problem = commitProblem(session.timeline, classroom.head, actor, move);
        if (problem) return refuse(engineRefusal(problem.message, problem.closed));
      }
      const drafts = { ...state.drafts, [team]: { at: classroom.head, moves: intent.moves } };
      return { ok: true, state: { ...state, drafts, session: { ...session, revision: session.revision + 1 } } };
    }
    case 'commit': {
      const others = foreign(Object.keys(intent.moves));
      if (others.length > 0) return refuse({ code: 'seat.not-yours', actors: others });
      const result = commitFor(c, team, intent.moves, now);
      // A commit stops the hot seat's clock; on the network the round's clock runs on for the others.
      const next = result.ok && result.state.phase.kind === 'handover' ? { ...result, state: { ...result.state, timer: classroom.timer } } : result;
      return settled(withoutDraft(state, team), withClassroom(session, next), now);
    }
    case 'play': {
      if (settings.assignment[intent.actor] !== team) return refuse({ code: 'seat.not-yours', actors: [intent.actor] });
      const { phase } = classroom;
      const holds = (phase.kind === 'handover' || phase.kind === 'choosing') && phase.team === team;
      if (settings.turnMode === 'alternating' && !classroom.paused && !holds) {
        return refuse({ code: 'seat.not-your-turn', team: phase.kind === 'handover' || phase.kind === 'choosing' ? phase.team : null });
      }
      const play: ClassroomAction = { type: 'play', actor: intent.actor, move: intent.move };
      const result = phase.kind === 'handover' && holds ? then(classroomRules(c, { type: 'take-screen' }, now), play, now) : classroomRules(c, play, now);
      return settled(withoutDraft(state, team), withClassroom(session, result), now);
    }
  }
}

function facilitatorIntent(state: SeatedSession, classroom: ClassroomState, intent: FacilitatorIntent, now: number): SeatStepResult {
  const { session } = state;
  if (intent.type === 'end') return { ok: true, state: { ...state, drafts: {}, ended: true, session: { ...session, revision: session.revision + 1 } } };
  const c = { timeline: session.timeline, state: classroom };
  if (intent.type === 'reveal') return settled(state, withClassroom(session, then(passWhenTimeIsUp(c, now), { type: 'reveal' }, now)), now);
  return settled(state, withClassroom(session, classroomRules(c, intent, now)), now);
}

/** Once the round's time is up, the teams that have not committed pass, so the facilitator can reveal. */
function passWhenTimeIsUp(c: { timeline: SeatedSession['session']['timeline']; state: ClassroomState }, now: number): ClassroomResult {
  const { settings, phase, timer } = c.state;
  const open = phase.kind === 'handover' || phase.kind === 'choosing';
  if (!open || settings.turnMode !== 'simultaneous' || settings.timerSeconds === null || remainingMs(timer, settings.timerSeconds, now) > 0) return { ok: true, ...c };
  let result: ClassroomResult = { ok: true, ...c };
  for (const team of settings.teams) {
    if (!result.ok) break;
    const actors = actorsOf(c.timeline.scenario, settings, team.id);
    if (actors.length === 0 || actors.every((a) => result.ok && result.state.pending[a] !== undefined)) continue;
    const passes: DraftMoves = Object.fromEntries(actors.map((a) => [a, PASS]));
    result = commitFor({ timeline: result.timeline, state: result.state }, team.id, passes, now);
  }
  return result;
}

function then(first: ClassroomResult, action: ClassroomAction, now: number): ClassroomResult {
  return first.ok ? classroomRules({ timeline: first.timeline, state: first.state }, action, now) : first;
}

function withoutDraft(state: SeatedSession, team: TeamId): SeatedSession {
  if (state.drafts[team] === undefined) return state;
  const { [team]: _gone, ...drafts } = state.drafts;
  return { ...state, drafts };
}

/** The step's outcome with the round clock started (or resumed) while a round is open. */
function settled(state: SeatedSession, result: StepResult, now: number): SeatStepResult {
  if (!result.ok) return result;
  const classroom = result.state.classroom;
  let session = result.state;
  if (classroom && classroom.settings.timerSeconds !== null && !classroom.paused && (classroom.phase.kind === 'handover' || classroom.phase.kind === 'choosing') && classroom.timer.runningSince === null) {
    const timer = classroom.timer.usedMs === 0 ? startTimer(now) : resumeTimer(classroom.timer, now);
    session = { ...session, classroom: { ...classroom, timer } };
  }
  return { ok: true, state: { ...state, session } };
}

/** What `seat` is shown: the session as it may see it, and its team's current draft. */
export function seatView(state: SeatedSession, seat: Seat): SeatView {
  const draft = seat.kind === 'team' ? state.drafts[seat.team] : undefined;
  const head = state.session.classroom?.head;
  return { session: viewFor(state.session, seat), draft: draft !== undefined && draft.at === head ? draft.moves : null, ended: state.ended };
}
