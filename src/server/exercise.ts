/**
 * One room's exercise as the server holds it: the seated session, the devices and their seats,
 * and the message ids already acted on. Every change is an event (room-events.ts) that is first
 * checked, then written to disk, then applied, so replaying the log rebuilds the same room.
 */
import { startTimeline } from '../engine/index.ts';
import { seatStep, startSeatedSession, type Seat, type SeatRefusal, type SeatedSession } from '../engine/session/index.ts';
import type { Scenario } from '../scenario/index.ts';
import type { DeviceIntent } from '../protocol/index.ts';
import type { RoomEvent } from './room-events.ts';

export interface DeviceRecord {
  readonly id: string;
  readonly seat: Seat;
  readonly tokenHash: string;
  /** Kicked by the facilitator: its token no longer opens the room. */
  readonly revoked: boolean;
}

/** Why an event was not accepted; refusal-words.ts says it in English. */
export type RoomRefusal =
  | SeatRefusal
  | { readonly code: 'message.replayed' }
  | { readonly code: 'device.unknown'; readonly device: string }
  | { readonly code: 'seat.taken'; readonly team: string }
  | { readonly code: 'seat.facilitator-only'; readonly intent: DeviceIntent['type'] };

export type Checked = { readonly ok: true; readonly apply: () => void } | { readonly ok: false; readonly refusal: RoomRefusal };

type Created = Extract<RoomEvent, { kind: 'created' }>;

/** How many message ids per device are remembered to refuse replays (a device sends far fewer in an exercise). */
const SEEN_LIMIT = 5000;

export class Exercise {
  readonly devices = new Map<string, DeviceRecord>();
  private readonly seen = new Map<string, Set<string>>();

  private constructor(
    readonly created: Created,
    public seated: SeatedSession,
  ) {}

  get code(): string {
    return this.created.code;
  }

  /** The exercise a 'created' event starts, on its scenario; a refusal when the settings do not fit it. */
  static start(created: Created, scenario: Scenario): { ok: true; exercise: Exercise } | { ok: false; refusal: SeatRefusal } {
    const init = { id: created.sessionId, name: created.name, scenario, timeline: startTimeline(scenario), source: created.scenario.source };
    const started = startSeatedSession(init, created.settings, created.at);
    if (!started.ok) return started;
    return { ok: true, exercise: new Exercise(created, started.state) };
  }

  /** The device holding a team's seat, if any. */
  holder(team: string): DeviceRecord | undefined {
    for (const device of this.devices.values()) if (!device.revoked && device.seat.kind === 'team' && device.seat.team === team) return device;
    return undefined;
  }

  check(event: Exclude<RoomEvent, Created>): Checked {
    if (event.kind === 'device') {
      if (event.seat.kind === 'team' && this.holder(event.seat.team)) return { ok: false, refusal: { code: 'seat.taken', team: event.seat.team } };
      return { ok: true, apply: () => this.devices.set(event.device, { id: event.device, seat: event.seat, tokenHash: event.tokenHash, revoked: false }) };
    }
    const device = this.devices.get(event.device);
    if (!device || device.revoked) return { ok: false, refusal: { code: 'device.unknown', device: event.device } };
    const seen = this.seen.get(device.id) ?? new Set<string>();
    if (seen.has(event.msg)) return { ok: false, refusal: { code: 'message.replayed' } };
    const remember = () => {
      seen.add(event.msg);
      if (seen.size > SEEN_LIMIT) seen.delete(seen.values().next().value as string);
      this.seen.set(device.id, seen);
    };
    const { intent } = event;
    if (intent.type === 'device.kick' || intent.type === 'device.reseat') {
      if (device.seat.kind !== 'facilitator') return { ok: false, refusal: { code: 'seat.facilitator-only', intent: intent.type } };
      const checked = this.checkDevice(intent);
      return checked.ok ? { ok: true, apply: () => (checked.apply(), remember()) } : checked;
    }
    const result = seatStep(this.seated, device.seat, intent, event.at);
    if (!result.ok) return result;
    return {
      ok: true,
      apply: () => {
        this.seated = result.state;
        remember();
      },
    };
  }

  private checkDevice(intent: DeviceIntent): Checked {
    const target = this.devices.get(intent.device);
    if (!target || target.revoked) return { ok: false, refusal: { code: 'device.unknown', device: intent.device } };
    if (intent.type === 'device.kick') return { ok: true, apply: () => this.devices.set(target.id, { ...target, revoked: true }) };
    const { seat } = intent;
    if (seat.kind === 'team') {
      const classroom = this.seated.session.classroom;
      if (!classroom?.settings.teams.some((t) => t.id === seat.team)) return { ok: false, refusal: { code: 'seat.unknown-team', team: seat.team } };
      const holder = this.holder(seat.team);
      if (holder && holder.id !== target.id) return { ok: false, refusal: { code: 'seat.taken', team: seat.team } };
    }
    return { ok: true, apply: () => this.devices.set(target.id, { ...target, seat }) };
  }
}
