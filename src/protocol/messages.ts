/**
 * The room protocol between a device and the exercise server (see docs/architecture.md, "Server").
 * Types and names only: the server checks every message against schema.ts; the browser imports
 * these types and never zod's schemas for them.
 */
import type { ClassroomSettings, SetupProblemCode, TeamId } from '../engine/classroom/index.ts';
import type { ClosedMove } from '../engine/closed-reason.ts';
import type { SessionFile } from '../engine/session/session-file.ts';
import type { DraftMoves, Seat, SeatIntent } from '../engine/session/index.ts';
import type { ActorId } from '../engine/types.ts';

/** The Colyseus room type every exercise runs in; a room's id is its room code. */
export const ROOM_TYPE = 'exercise';
export const PROTOCOL_VERSION = 1;

/** Client → server message types. */
export const ACT = 'act';
/** Server → client message types. */
export const WELCOME = 'welcome';
export const VIEW = 'view';
export const SEATS = 'seats';
export const REFUSED = 'refused';

/** Which scenario a new room plays: a shipped one by id, or the facilitator's own YAML. */
export type ScenarioChoice = { readonly kind: 'shipped'; readonly id: string } | { readonly kind: 'yaml'; readonly text: string };

/** `client.create(ROOM_TYPE, options)`: the creating device becomes the room's first facilitator. */
export interface CreateOptions {
  readonly protocol: typeof PROTOCOL_VERSION;
  /** A random secret of the creating device (16–64 letters, digits, - or _): its join becomes the facilitator's. */
  readonly creator: string;
  readonly scenario: ScenarioChoice;
  /** As in hot-seat mode: teams, who plays each actor (a team or "computer"), turn mode, timer, seed, start. */
  readonly settings: ClassroomSettings;
  readonly name?: string;
}

/** A new seat: a team's, an observer's (the projector), or the facilitator's (with the facilitator code). */
export type SeatRequest = { readonly kind: 'team'; readonly team: TeamId } | { readonly kind: 'observer' } | { readonly kind: 'facilitator'; readonly code: string };

/** `client.joinById(roomCode, options)`: back to a seat with its token, or ask for a new one. */
export type JoinOptions = { readonly protocol: typeof PROTOCOL_VERSION } & ({ readonly seatToken: string } | { readonly seat: SeatRequest });

/** The facilitator's console for devices: free a seat (the device must join again) or move a device to another seat. */
export type DeviceIntent =
  | { readonly type: 'device.kick'; readonly device: string; readonly reason: string }
  | { readonly type: 'device.reseat'; readonly device: string; readonly seat: { readonly kind: 'team'; readonly team: TeamId } | { readonly kind: 'observer' }; readonly reason: string };

/** `room.send(ACT, message)`. `id` is unique per message (a replayed id is refused); `room` is the room code. */
export interface ActMessage {
  readonly id: string;
  readonly room: string;
  readonly intent: SeatIntent | DeviceIntent;
}

/** Sent to one device when it gets a seat (on join, rejoin and reseat). Keep `seatToken`: it is the seat. */
export interface WelcomeMessage {
  readonly room: string;
  readonly device: string;
  readonly seat: Seat;
  /** Null when the device keeps the token it has (the facilitator moved it to another seat). */
  readonly seatToken: string | null;
  /** Only facilitator seats get it, to show on the host screen. */
  readonly facilitatorCode: string | null;
  /** The YAML of a facilitator's own scenario (views leave it out); null for a shipped one. */
  readonly scenarioSource: string | null;
}

export interface TeamSeat {
  readonly team: TeamId;
  readonly name: string;
  readonly actors: readonly ActorId[];
  /** A device holds the seat (connected or not). */
  readonly claimed: boolean;
  readonly connected: boolean;
}

export interface DeviceInfo {
  readonly device: string;
  readonly seat: Seat;
  readonly connected: boolean;
}

/** Who is in the room: everyone gets `teams` and the counts; only facilitators get `devices`. */
export interface SeatsMessage {
  readonly room: string;
  readonly teams: readonly TeamSeat[];
  readonly observers: number;
  readonly facilitators: number;
  readonly devices: readonly DeviceInfo[] | null;
}

/** The round clock, when the exercise has a timer: remaining = limitSeconds·1000 − usedMs − (now − runningSince). */
export interface ClockView {
  readonly usedMs: number;
  readonly runningSince: number | null;
  readonly limitSeconds: number;
}

/** The exercise as this device's seat may see it, after every accepted change (and on join). */
export interface ViewMessage {
  readonly room: string;
  readonly revision: number;
  readonly seat: Seat;
  /** `sessionFileFor(state, seat)`: other teams' pending commits are HIDDEN_MOVE; no scenario source. */
  readonly file: SessionFile;
  /** This team's uncommitted selection; null for other seats or when none. */
  readonly draft: DraftMoves | null;
  readonly ended: boolean;
  readonly clock: ClockView | null;
  /** The id of this device's message that caused this view, or null. */
  readonly replyTo: string | null;
  /** The server's clock (epoch ms) when sent, to correct the device's clock for the round timer. */
  readonly serverTime: number;
}

/** Every code a refusal may carry; a device words each one in its language (network.refusal.<code>). */
export const REFUSAL_CODES = [
  'message.invalid',
  'message.too-large',
  'message.rate-limited',
  'message.replayed',
  'message.wrong-room',
  'message.unknown-type',
  'device.unknown',
  'device.kicked',
  'seat.taken',
  'storage.failed',
  'seat.observer',
  'seat.facilitator-only',
  'seat.team-only',
  'seat.unknown-team',
  'seat.not-yours',
  'seat.not-your-turn',
  'exercise.ended',
  'classroom.none',
  'move.closed',
  'engine',
] as const;

export type RefusalCode = (typeof REFUSAL_CODES)[number];

/**
 * A refusal's parameters, for a device to word it: names as the room shows them (a team's name,
 * actors' short names joined by ", "), ids, sizes. Which names each code has: refusal-words.ts.
 */
export type RefusalValues = Readonly<Record<string, string | number>>;

/**
 * A message the room did not act on: nothing changed. A device words it from `code` and `values`;
 * `message` says it in English, for logs and for a device that does not know the code.
 */
export interface RefusedMessage {
  readonly room: string;
  readonly replyTo: string | null;
  readonly code: RefusalCode;
  readonly values: RefusalValues;
  /** move.closed: the move and why it is closed, as ids, for a device to word with its scenario. */
  readonly closed?: ClosedMove;
  readonly message: string;
}

/** Why a join failed (ServerError.code on the client); the error's message says it in words. */
export const JOIN_ERROR = {
  invalid: 4400,
  facilitatorCode: 4401,
  kicked: 4403,
  unknownTeam: 4404,
  seatTaken: 4409,
  roomFull: 4413,
  /** The exercise cannot be set up: the error's message is a SetupRefusal as JSON. */
  setup: 4422,
  tooManyJoins: 4429,
  tokenInvalid: 4498,
} as const;

/**
 * Why hosting an exercise was refused, as a code with values for a device to word
 * (store.room.setup.<code>), and in English (`message`), for logs and a device that cannot word it:
 * - `invalid`: the request is not in the expected form (values.problem: the schema check's English);
 * - `no-scenario`: the server ships no scenario values.scenario;
 * - `scenario-broken`: the scenario does not load (values.count, values.problems: the loader's first five lines);
 * - `settings`: the classroom setup does not fit the scenario (`problems`, each worded like the setup form's).
 */
export type SetupRefusalCode = 'invalid' | 'no-scenario' | 'scenario-broken' | 'settings';

export interface SetupRefusal {
  readonly code: SetupRefusalCode;
  readonly values: RefusalValues;
  readonly problems: readonly { readonly code: SetupProblemCode; readonly values: RefusalValues }[];
  readonly message: string;
}

/** WebSocket close codes the server uses. */
export const CLOSE = { kicked: 4403, replaced: 4409 } as const;
