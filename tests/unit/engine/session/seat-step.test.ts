import { describe, expect, it } from 'vitest';
import { startTimeline } from '../../../../src/engine/index.ts';
import { HIDDEN_MOVE, seatStep, seatView, startSeatedSession, type SeatedSession, type SeatIntent, type SeatRefusal, type Seat } from '../../../../src/engine/session/index.ts';
import type { ClassroomSettings } from '../../../../src/engine/classroom/index.ts';
import { shipped, T0, twoTeams } from '../../classroom/fixtures.ts';

const US: Seat = { kind: 'team', team: 'a' };
const DPRK: Seat = { kind: 'team', team: 'b' };
const FACILITATOR: Seat = { kind: 'facilitator' };
const OBSERVER: Seat = { kind: 'observer' };

function exercise(overrides: Partial<ClassroomSettings> = {}): SeatedSession {
  const scenario = shipped('march-2019');
  const timeline = startTimeline(scenario);
  const started = startSeatedSession({ id: 'room-1', name: 'Class 3B', scenario, timeline }, twoTeams(timeline, overrides), T0);
  if (!started.ok) throw new Error(JSON.stringify(started.refusal));
  return started.state;
}

let clock = T0;
function act(state: SeatedSession, seat: Seat, intent: SeatIntent, now = (clock += 1000)): SeatedSession {
  const result = seatStep(state, seat, intent, now);
  if (!result.ok) throw new Error(`${intent.type} refused: ${JSON.stringify(result.refusal)}`);
  return result.state;
}

function refusal(state: SeatedSession, seat: Seat, intent: SeatIntent): SeatRefusal | null {
  const result = seatStep(state, seat, intent, (clock += 1000));
  return result.ok ? null : result.refusal;
}

const phase = (s: SeatedSession) => s.session.classroom?.phase;

describe('seatStep: a simultaneous round with every team on its own device', () => {
  it('should take the commits in reverse order, hide each from the other team, and reveal them together', () => {
    let s = exercise();
    expect(phase(s)).toEqual({ kind: 'handover', team: 'a' });
    s = act(s, DPRK, { type: 'commit', moves: { dprk: 'rebuild-launch-site' } });
    expect(seatView(s, US).session.classroom?.pending).toEqual({ dprk: HIDDEN_MOVE });
    expect(seatView(s, DPRK).session.classroom?.pending).toEqual({ dprk: 'rebuild-launch-site' });
    expect(phase(s)).toEqual({ kind: 'handover', team: 'a' });
    s = act(s, US, { type: 'commit', moves: { us: 'designate-sanctions-evaders' } });
    expect(phase(s)).toEqual({ kind: 'ready' });
    expect(seatView(s, DPRK).session.classroom?.pending).toEqual({ us: HIDDEN_MOVE, dprk: 'rebuild-launch-site' });
    expect(seatView(s, FACILITATOR).session.classroom?.pending).toEqual({ us: 'designate-sanctions-evaders', dprk: 'rebuild-launch-site' });
    s = act(s, FACILITATOR, { type: 'reveal' });
    const classroom = s.session.classroom;
    expect(classroom?.phase).toEqual({ kind: 'revealed' });
    expect(classroom?.pending).toEqual({});
    const round = classroom?.steps.at(-1);
    expect(round?.kind).toBe('round');
    expect(round?.moves.map((m) => [m.actor, m.chosen, m.source.kind])).toEqual([
      ['us', 'designate-sanctions-evaders', 'team'],
      ['dprk', 'rebuild-launch-site', 'team'],
      ['rok', expect.any(String), 'computer'],
    ]);
    expect(s.session.current).toBe(classroom?.head);
    s = act(s, FACILITATOR, { type: 'next-round' });
    expect(phase(s)).toEqual({ kind: 'handover', team: 'a' });
  });

  it('should let the team whose actor is next play directly in alternating turns', () => {
    let s = exercise({ turnMode: 'alternating' });
    expect(phase(s)).toEqual({ kind: 'handover', team: 'a' });
    expect(refusal(s, DPRK, { type: 'play', actor: 'dprk', move: 'rebuild-launch-site' })).toEqual({ code: 'seat.not-your-turn', team: 'a' });
    s = act(s, US, { type: 'play', actor: 'us', move: 'seize-cargo-ship' });
    expect(phase(s)).toEqual({ kind: 'handover', team: 'b' });
    s = act(s, DPRK, { type: 'play', actor: 'dprk', move: 'rebuild-launch-site' });
    // ROK is the computer's: it has moved by itself, and the US is next again.
    expect(s.session.classroom?.steps.at(-1)?.moves.map((m) => m.actor)).toEqual(['dprk', 'rok']);
    expect(phase(s)).toEqual({ kind: 'handover', team: 'a' });
  });
});

describe('seatStep: who may do what', () => {
  it('should refuse an observer anything', () => {
    const s = exercise();
    expect(refusal(s, OBSERVER, { type: 'commit', moves: { us: 'meet-at-summit' } })).toEqual({ code: 'seat.observer' });
    expect(refusal(s, OBSERVER, { type: 'draft', moves: {} })).toEqual({ code: 'seat.observer' });
    expect(refusal(s, OBSERVER, { type: 'pause', reason: 'x' })).toEqual({ code: 'seat.observer' });
  });

  it.each<SeatIntent>([
    { type: 'reveal' },
    { type: 'next-round' },
    { type: 'end' },
    { type: 'pause', reason: 'lunch' },
    { type: 'resume' },
    { type: 'undo', reason: 'mistake' },
    { type: 'inject', move: { actor: 'rok', move: 'send-food-aid' }, reason: 'news' },
    { type: 'inject-event', event: 0, reason: 'history' },
    { type: 'override', override: { actor: 'us', posture: 'x', level: 'y' }, reason: 'what if' },
  ])('should refuse a team the facilitator action $type', (intent) => {
    expect(refusal(exercise(), US, intent)).toEqual({ code: 'seat.facilitator-only', intent: intent.type });
  });

  it('should refuse the facilitator a team\'s commit, play or draft', () => {
    const s = exercise();
    expect(refusal(s, FACILITATOR, { type: 'commit', moves: { us: 'meet-at-summit' } })).toEqual({ code: 'seat.team-only', intent: 'commit' });
    expect(refusal(s, FACILITATOR, { type: 'draft', moves: {} })).toEqual({ code: 'seat.team-only', intent: 'draft' });
    expect(refusal(s, FACILITATOR, { type: 'play', actor: 'us', move: 'meet-at-summit' })).toEqual({ code: 'seat.team-only', intent: 'play' });
  });

  it('should refuse a team acting for an actor it does not play', () => {
    const s = exercise();
    expect(refusal(s, DPRK, { type: 'commit', moves: { us: 'meet-at-summit' } })).toEqual({ code: 'seat.not-yours', actors: ['us'] });
    expect(refusal(s, DPRK, { type: 'commit', moves: { dprk: 'rebuild-launch-site', rok: 'send-food-aid' } })).toEqual({ code: 'seat.not-yours', actors: ['rok'] });
    expect(refusal(s, DPRK, { type: 'draft', moves: { us: 'meet-at-summit' } })).toEqual({ code: 'seat.not-yours', actors: ['us'] });
    expect(refusal(exercise({ turnMode: 'alternating' }), DPRK, { type: 'play', actor: 'us', move: 'meet-at-summit' })).toEqual({ code: 'seat.not-yours', actors: ['us'] });
  });

  it('should refuse a team that is not in the exercise', () => {
    expect(refusal(exercise(), { kind: 'team', team: 'z' }, { type: 'commit', moves: {} })).toEqual({ code: 'seat.unknown-team', team: 'z' });
  });

  it('should refuse a second commit in the same round, and a commit before the round is open', () => {
    let s = exercise();
    s = act(s, DPRK, { type: 'commit', moves: { dprk: 'rebuild-launch-site' } });
    expect(refusal(s, DPRK, { type: 'commit', moves: { dprk: 'nuclear-test' } })).toEqual({ code: 'engine', message: 'Team B has already committed this round.' });
    s = act(s, US, { type: 'commit', moves: { us: 'meet-at-summit' } });
    expect(refusal(s, US, { type: 'commit', moves: { us: 'meet-at-summit' } })).toEqual({ code: 'engine', message: 'No team is choosing right now.' });
  });

  it('should pass the classroom rules\' refusals on (a closed move, a missing reason, a pause)', () => {
    let s = exercise();
    expect(refusal(s, US, { type: 'commit', moves: { us: 'no-such-move' } })).toEqual({ code: 'engine', message: 'US has no move "no-such-move".' });
    expect(refusal(s, FACILITATOR, { type: 'pause', reason: '  ' })).toEqual({ code: 'engine', message: 'Give a short reason: it goes into the session log.' });
    expect(refusal(s, FACILITATOR, { type: 'reveal' })).toEqual({ code: 'engine', message: 'Not every team has committed its move yet.' });
    s = act(s, FACILITATOR, { type: 'pause', reason: 'fire drill' });
    expect(refusal(s, US, { type: 'commit', moves: { us: 'meet-at-summit' } })).toEqual({ code: 'engine', message: 'The session is paused: the facilitator resumes it.' });
  });

  it('should refuse everything once the facilitator ended the exercise, and show every seat it ended', () => {
    const s = act(exercise(), FACILITATOR, { type: 'end' });
    expect(seatView(s, OBSERVER).ended).toBe(true);
    expect(s.session.classroom).not.toBeNull();
    expect(refusal(s, US, { type: 'commit', moves: { us: 'meet-at-summit' } })).toEqual({ code: 'exercise.ended' });
    expect(refusal(s, FACILITATOR, { type: 'end' })).toEqual({ code: 'exercise.ended' });
  });

  it('should leave the state untouched on a refusal', () => {
    const s = exercise();
    const before = JSON.stringify(seatView(s, FACILITATOR));
    refusal(s, DPRK, { type: 'commit', moves: { us: 'meet-at-summit' } });
    expect(JSON.stringify(seatView(s, FACILITATOR))).toBe(before);
  });
});

describe('seatStep: drafts', () => {
  it('should show a team its own draft only, and drop it once the team commits', () => {
    let s = act(exercise(), US, { type: 'draft', moves: { us: 'seize-cargo-ship' } });
    expect(seatView(s, US).draft).toEqual({ us: 'seize-cargo-ship' });
    for (const seat of [DPRK, FACILITATOR, OBSERVER]) {
      expect(seatView(s, seat).draft).toBeNull();
    }
    s = act(s, US, { type: 'commit', moves: { us: 'meet-at-summit' } });
    expect(seatView(s, US).draft).toBeNull();
  });

  it('should not show a draft made before the class moved on', () => {
    let s = act(exercise(), DPRK, { type: 'draft', moves: { dprk: 'nuclear-test' } });
    s = act(s, FACILITATOR, { type: 'inject', move: { actor: 'rok', move: 'send-food-aid' }, reason: 'news from Seoul' });
    expect(seatView(s, DPRK).draft).toBeNull();
  });

  it('should refuse a draft of a move the actor does not have', () => {
    expect(refusal(exercise(), US, { type: 'draft', moves: { us: 'nuclear-test' } })).toEqual({ code: 'engine', message: 'US has no move "nuclear-test".' });
  });

  it('should refuse a draft or a commit of a closed move with why, as ids a device words in its language', () => {
    const closed = {
      code: 'move.closed',
      closed: { actor: 'dprk', move: 'send-some-staff-back', reason: { code: 'requires', requires: [{ kind: 'is', posture: 'dprk.liaison', levels: ['withdrawn'] }], now: [{ posture: 'dprk.liaison', level: 'staffed' }] } },
      message: '"Send some staff back" is closed for DPRK: requires DPRK Kaesong liaison office: Withdrawn; it is Staffed.',
    };
    expect(refusal(exercise(), DPRK, { type: 'draft', moves: { dprk: 'send-some-staff-back' } })).toEqual(closed);
    expect(refusal(exercise(), DPRK, { type: 'commit', moves: { dprk: 'send-some-staff-back' } })).toEqual(closed);
  });

  it('should refuse a closed move in alternating turns with why, as ids', () => {
    const s = exercise({ turnMode: 'alternating' });
    expect(refusal(s, US, { type: 'play', actor: 'us', move: 'leave-without-deal' })).toMatchObject({
      code: 'move.closed',
      closed: { actor: 'us', move: 'leave-without-deal', reason: { code: 'requires', now: [{ posture: 'us.talks', level: 'negotiating' }] } },
    });
  });
});

describe('seatStep: the round clock', () => {
  it('should start when the round opens and run on for the other teams after a commit', () => {
    let s = exercise({ timerSeconds: 60 });
    expect(s.session.classroom?.timer).toEqual({ usedMs: 0, runningSince: T0 });
    s = act(s, DPRK, { type: 'commit', moves: { dprk: 'rebuild-launch-site' } }, T0 + 10_000);
    expect(s.session.classroom?.timer).toEqual({ usedMs: 0, runningSince: T0 });
    s = act(s, FACILITATOR, { type: 'pause', reason: 'questions' }, T0 + 20_000);
    expect(s.session.classroom?.timer).toEqual({ usedMs: 20_000, runningSince: null });
    s = act(s, FACILITATOR, { type: 'resume' }, T0 + 50_000);
    expect(s.session.classroom?.timer).toEqual({ usedMs: 20_000, runningSince: T0 + 50_000 });
  });

  it('should let the facilitator reveal once time is up, the teams that did not commit passing', () => {
    let s = exercise({ timerSeconds: 60 });
    s = act(s, DPRK, { type: 'commit', moves: { dprk: 'rebuild-launch-site' } }, T0 + 10_000);
    expect(refusal(s, FACILITATOR, { type: 'reveal' })).toEqual({ code: 'engine', message: 'Not every team has committed its move yet.' });
    s = act(s, FACILITATOR, { type: 'reveal' }, T0 + 61_000);
    const moves = s.session.classroom?.steps.at(-1)?.moves.map((m) => [m.actor, m.chosen]);
    expect(moves?.slice(0, 2)).toEqual([
      ['us', 'pass'],
      ['dprk', 'rebuild-launch-site'],
    ]);
  });
});
