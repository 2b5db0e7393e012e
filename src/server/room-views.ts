/**
 * What the room sends each device: its seat's view of the exercise and who is in the room. Made
 * only from `sessionFileFor(state, seat)` and `seatView`, so a team's secret commit or draft never
 * reaches another seat. Views for the same seat are made once per change.
 */
import { actorsOf } from '../engine/classroom/index.ts';
import { seatView, sessionFileFor, type Seat } from '../engine/session/index.ts';
import type { SeatsMessage, ViewMessage } from '../protocol/index.ts';
import type { Exercise } from './exercise.ts';

export const seatKey = (seat: Seat): string => (seat.kind === 'team' ? `team:${seat.team}` : seat.kind);

export type ViewBody = Omit<ViewMessage, 'replyTo'>;

/** Views by seat key, made on demand and kept for one round of sends. */
export function viewMaker(exercise: Exercise, now: number): (seat: Seat) => ViewBody {
  const made = new Map<string, ViewBody>();
  const at = new Date(now).toISOString();
  return (seat) => {
    const key = seatKey(seat);
    const known = made.get(key);
    if (known) return known;
    const { seated } = exercise;
    const view = seatView(seated, seat);
    const file = sessionFileFor(seated.session, seat, () => at);
    // The scenario's YAML goes once, with the welcome: views change often and it does not.
    const { source: _source, ...scenario } = file.scenario;
    const classroom = view.session.classroom;
    const limit = classroom?.settings.timerSeconds ?? null;
    const body: ViewBody = {
      room: exercise.code,
      revision: seated.session.revision,
      seat,
      file: { ...file, scenario },
      draft: view.draft,
      ended: view.ended,
      clock: classroom && limit !== null ? { usedMs: classroom.timer.usedMs, runningSince: classroom.timer.runningSince, limitSeconds: limit } : null,
      serverTime: now,
    };
    made.set(key, body);
    return body;
  };
}

/** Who is in the room; `connected` says which devices have a live connection. */
export function seatsMessage(exercise: Exercise, connected: ReadonlySet<string>, forFacilitator: boolean): SeatsMessage {
  const classroom = exercise.seated.session.classroom;
  const devices = [...exercise.devices.values()].filter((d) => !d.revoked);
  const live = devices.filter((d) => connected.has(d.id));
  const teams = (classroom?.settings.teams ?? []).map((team) => {
    const holder = exercise.holder(team.id);
    const actors = classroom ? actorsOf(exercise.seated.session.scenario, classroom.settings, team.id) : [];
    return { team: team.id, name: team.name, actors, claimed: holder !== undefined, connected: holder !== undefined && connected.has(holder.id) };
  });
  return {
    room: exercise.code,
    teams,
    observers: live.filter((d) => d.seat.kind === 'observer').length,
    facilitators: live.filter((d) => d.seat.kind === 'facilitator').length,
    devices: forFacilitator ? devices.map((d) => ({ device: d.id, seat: d.seat, connected: connected.has(d.id) })) : null,
  };
}
