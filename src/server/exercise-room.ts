/**
 * The Colyseus room of one exercise. Its id is the room code. Devices join with a seat token or
 * ask for a seat; they send intents (ACT), each checked (size, rate, shape, room, replay, seat),
 * written to the room's event log with fsync, applied, and answered with every device's own view.
 * No Schema state: nothing is replicated, so no secret can leak through it.
 */
import { join } from 'node:path';
import { existsSync, unlinkSync } from 'node:fs';
import { Protocol, Room, ServerError, getMessageBytes, matchMaker, type Client } from '@colyseus/core';
import { checkSettings } from '../engine/classroom/index.ts';
import { startTimeline } from '../engine/index.ts';
import { newSessionId, type Seat } from '../engine/session/index.ts';
import {
  ACT,
  CLOSE,
  FACILITATOR_CODE_LENGTH,
  JOIN_ERROR,
  REFUSED,
  ROOM_CODE_LENGTH,
  SEATS,
  VIEW,
  WELCOME,
  type JoinOptions,
  type RefusedMessage,
  type SeatRequest,
  type WelcomeMessage,
} from '../protocol/index.ts';
import { ActMessageSchema, CreateOptionsSchema, JoinOptionsSchema, schemaProblem } from '../protocol/schema.ts';
import { EventLog } from './event-log.ts';
import { Exercise, type RoomRefusal } from './exercise.ts';
import { RateLimit } from './rate-limit.ts';
import { messageRefusalWords, refusalWords, type WordedRefusal } from './refusal-words.ts';
import type { RoomEvent } from './room-events.ts';
import { seatKey, seatsMessage, viewMaker } from './room-views.ts';
import { chosenScenario } from './scenarios.ts';
import { invalidSetup, settingsSetup, setupError } from './setup-refusal.ts';
import { newSeatToken, randomCode, sameCode, tokenDevice } from './tokens.ts';

export interface Limits {
  /** Characters of one message as JSON. */
  readonly messageChars: number;
  readonly messageBurst: number;
  readonly messagesPerSecond: number;
  /** Joins to one room at once, and per second after that: a class joins together, a flood does not. */
  readonly joinBurst: number;
  readonly joinsPerSecond: number;
  readonly reconnectSeconds: number;
  readonly devicesPerRoom: number;
  readonly roomsPerProcess: number;
}

export const DEFAULT_LIMITS: Limits = {
  messageChars: 16_000,
  messageBurst: 20,
  messagesPerSecond: 10,
  joinBurst: 60,
  joinsPerSecond: 2,
  reconnectSeconds: 300,
  devicesPerRoom: 100,
  roomsPerProcess: 500,
};

/** A room rebuilt from its log at start-up, waiting for its Colyseus room. */
export interface Restore {
  readonly exercise: Exercise;
}

/** What every room of one server shares: where logs go, how to report, the limits, the clock. */
export interface RoomHost {
  readonly dataDir: string;
  readonly limits: Limits;
  readonly report: (line: string) => void;
  readonly now: () => number;
  readonly restores: Map<string, Restore>;
}

interface Connection {
  client: Client;
  readonly device: string;
  readonly limit: RateLimit;
  connected: boolean;
  lastLimitRefusal: number;
}

const SERVER_RESTARTING = 4503;
/** A room whose creator never arrived is removed after this long. */
const ORPHAN_MS = 120_000;

export function logFile(dataDir: string, code: string): string {
  return join(dataDir, `${code}.jsonl`);
}

export class ExerciseRoom extends Room {
  declare host: RoomHost;
  private exercise!: Exercise;
  private log!: EventLog;
  private readonly connections = new Map<string, Connection>();
  private queue: Promise<unknown> = Promise.resolve();
  private joins!: RateLimit;
  private creator: string | null = null;
  private stopping = false;

  override async onCreate(options: Record<string, unknown>): Promise<void> {
    const { limits, now } = this.host;
    this.autoDispose = false;
    this.maxClients = limits.devicesPerRoom;
    this.joins = new RateLimit(limits.joinBurst, limits.joinsPerSecond, now());
    const restore = typeof options.restore === 'string' ? this.host.restores.get(options.restore) : undefined;
    if (restore) {
      this.host.restores.delete(options.restore as string);
      this.exercise = restore.exercise;
    } else {
      this.exercise = await this.newExercise(options);
      this.clock.setTimeout(() => this.removeIfOrphan(), ORPHAN_MS);
    }
    this.roomId = this.exercise.code;
    this.log = await EventLog.open(logFile(this.host.dataDir, this.exercise.code));
    if (!restore) await this.log.append(this.exercise.created);
    if (this.exercise.seated.ended) this.autoDispose = true;
    await this.setPrivate(true);
    this.onMessage(ACT, (client, message: unknown) => this.onAct(client, message));
    this.onMessage('*', (client, type) => this.refuse(client, null, messageRefusalWords({ code: 'message.unknown-type', type: String(type) })));
  }

  private async newExercise(options: Record<string, unknown>): Promise<Exercise> {
    const local = matchMaker.stats.local.roomCount;
    if (local >= this.host.limits.roomsPerProcess) throw new ServerError(JOIN_ERROR.roomFull, 'This server runs as many exercises as it can: try again later.');
    const parsed = CreateOptionsSchema.safeParse(options);
    if (!parsed.success) throw invalidSetup(schemaProblem(parsed.error));
    const { scenario: choice, settings, name, creator } = parsed.data;
    const loaded = chosenScenario(choice);
    if (!loaded.ok) throw setupError(loaded.code, loaded.values, loaded.message);
    const checked = checkSettings(loaded.scenario, startTimeline(loaded.scenario), settings);
    if (!checked.ok) throw settingsSetup(checked.problems);
    const code = await this.freeCode();
    const created: Extract<RoomEvent, { kind: 'created' }> = {
      kind: 'created',
      v: 1,
      at: this.host.now(),
      code,
      facilitatorCode: randomCode(FACILITATOR_CODE_LENGTH),
      sessionId: newSessionId(),
      name: name?.trim() || `${loaded.scenario.meta.title} — room ${code}`,
      scenario: { id: loaded.scenario.meta.id, hash: loaded.scenario.hash, source: loaded.source },
      settings,
    };
    const started = Exercise.start(created, loaded.scenario);
    if (!started.ok) throw new ServerError(JOIN_ERROR.invalid, refusalWords(started.refusal, loaded.scenario, settings).message);
    this.creator = creator;
    return started.exercise;
  }

  /** A room code used by no room (on any process sharing the driver) and no log in the data folder. */
  private async freeCode(): Promise<string> {
    for (let attempt = 0; attempt < 20; attempt++) {
      const code = randomCode(ROOM_CODE_LENGTH);
      if (existsSync(logFile(this.host.dataDir, code))) continue;
      const taken = await matchMaker.query({ roomId: code });
      if (taken.length === 0) return code;
    }
    throw new ServerError(JOIN_ERROR.roomFull, 'No free room code was found: try again.');
  }

  private removeIfOrphan(): void {
    if (this.exercise.devices.size > 0) return;
    this.host.report(`room ${this.roomId}: its creator never joined; removed`);
    void this.serial(async () => {
      await this.log.close();
      unlinkSync(this.log.file);
      await this.disconnect();
    });
  }

  /** Runs state changes one at a time, in arrival order: each is on disk before the next is checked. */
  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  override async onJoin(client: Client, options: unknown): Promise<void> {
    if (!this.joins.take(this.host.now())) throw new ServerError(JOIN_ERROR.tooManyJoins, 'Too many devices are joining this room at once: try again in a few seconds.');
    await this.serial(async () => {
      const { device, token } = await this.seatFor(options);
      for (const [sessionId, other] of this.connections) {
        // The same device again (a new tab, a network switch): the newest connection holds the seat.
        if (other.device === device && sessionId !== client.sessionId) {
          this.connections.delete(sessionId);
          other.client.leave(CLOSE.replaced);
        }
      }
      const { limits, now } = this.host;
      this.connections.set(client.sessionId, { client, device, limit: new RateLimit(limits.messageBurst, limits.messagesPerSecond, now()), connected: true, lastLimitRefusal: 0 });
      this.welcome(client, device, token);
      this.sendView(client, device, null, viewMaker(this.exercise, now()));
      this.sendSeats();
    });
  }

  private async seatFor(raw: unknown): Promise<{ device: string; token: string }> {
    const create = CreateOptionsSchema.safeParse(raw);
    if (create.success && this.creator !== null && sameCode(create.data.creator, this.creator)) {
      this.creator = null;
      return this.issue({ kind: 'facilitator' });
    }
    const parsed = JoinOptionsSchema.safeParse(raw);
    if (!parsed.success) throw new ServerError(JOIN_ERROR.invalid, `This is not a request to join a room: ${schemaProblem(parsed.error)}.`);
    const options: JoinOptions = parsed.data;
    if ('seatToken' in options) {
      const device = tokenDevice(options.seatToken, (id) => this.exercise.devices.get(id)?.tokenHash);
      if (device === null) throw new ServerError(JOIN_ERROR.tokenInvalid, `This seat token does not open room ${this.roomId}: join again with the room code.`);
      if (this.exercise.devices.get(device)?.revoked) throw new ServerError(JOIN_ERROR.kicked, 'The facilitator removed this device from the room: join again with the room code.');
      return { device, token: options.seatToken };
    }
    return this.issue(this.requested(options.seat));
  }

  private requested(request: SeatRequest): Seat {
    if (request.kind === 'observer') return request;
    if (request.kind === 'facilitator') {
      if (!sameCode(request.code.toUpperCase(), this.exercise.created.facilitatorCode)) throw new ServerError(JOIN_ERROR.facilitatorCode, 'That is not the facilitator code of this room.');
      return { kind: 'facilitator' };
    }
    const team = this.exercise.seated.session.classroom?.settings.teams.find((t) => t.id === request.team);
    if (!team) throw new ServerError(JOIN_ERROR.unknownTeam, `There is no team "${request.team}" in this room.`);
    if (this.exercise.holder(team.id)) throw new ServerError(JOIN_ERROR.seatTaken, `${team.name}'s seat is taken by another device: ask the facilitator to free it.`);
    return { kind: 'team', team: team.id };
  }

  private async issue(seat: Seat): Promise<{ device: string; token: string }> {
    const live = [...this.exercise.devices.values()].filter((d) => !d.revoked).length;
    if (live >= this.host.limits.devicesPerRoom) throw new ServerError(JOIN_ERROR.roomFull, 'This room has as many devices as it can take.');
    const { device, token, tokenHash } = newSeatToken();
    const event: RoomEvent = { kind: 'device', at: this.host.now(), device, seat, tokenHash };
    const checked = this.exercise.check(event);
    if (!checked.ok) throw new ServerError(JOIN_ERROR.seatTaken, this.words(checked.refusal).message);
    await this.log.append(event);
    checked.apply();
    return { device, token };
  }

  private welcome(client: Client, device: string, token: string | null): void {
    const record = this.exercise.devices.get(device);
    if (!record) return;
    const { created } = this.exercise;
    const message: WelcomeMessage = {
      room: this.exercise.code,
      device,
      seat: record.seat,
      seatToken: token,
      facilitatorCode: record.seat.kind === 'facilitator' ? created.facilitatorCode : null,
      scenarioSource: created.scenario.source,
    };
    client.send(WELCOME, message);
  }

  override async onLeave(client: Client, consented: boolean): Promise<void> {
    const connection = this.connections.get(client.sessionId);
    if (!connection) return;
    connection.connected = false;
    this.sendSeats();
    if (!consented && !this.exercise.seated.ended && !this.stopping) {
      try {
        const back = await this.allowReconnection(client, this.host.limits.reconnectSeconds);
        // Kicked, or its seat opened on another device, while it was away: it does not get back in.
        if (this.connections.get(client.sessionId) !== connection) {
          back.leave(this.exercise.devices.get(connection.device)?.revoked ? CLOSE.kicked : CLOSE.replaced);
          return;
        }
        connection.client = back;
        connection.connected = true;
        // Its seat may have changed while it was away (the facilitator moved it).
        this.welcome(back, connection.device, null);
        this.sendView(back, connection.device, null, viewMaker(this.exercise, this.host.now()));
        this.sendSeats();
        return;
      } catch {
        // Not back in time: the device can still rejoin with its seat token.
      }
    }
    if (this.connections.get(client.sessionId) === connection) this.connections.delete(client.sessionId);
    this.sendSeats();
  }

  override onBeforeShutdown(): void {
    this.stopping = true;
    // Not a "consented" leave: devices keep their seats and come back when the server is up again.
    void this.disconnect(SERVER_RESTARTING);
  }

  override async onDispose(): Promise<void> {
    await this.queue;
    await this.log?.close().catch(() => undefined);
  }

  private onAct(client: Client, raw: unknown): void {
    const connection = this.connections.get(client.sessionId);
    if (!connection) return;
    const { limits, now } = this.host;
    const at = now();
    if (!connection.limit.take(at)) {
      // One refusal a second at most: a flood is not answered with a flood.
      if (at - connection.lastLimitRefusal < 1000) return;
      connection.lastLimitRefusal = at;
      this.refuse(client, null, messageRefusalWords({ code: 'message.rate-limited' }));
      return;
    }
    const size = rawSize(raw);
    const id = typeof raw === 'object' && raw !== null && typeof (raw as { id?: unknown }).id === 'string' ? ((raw as { id: string }).id.slice(0, 64) as string) : null;
    if (size > limits.messageChars) {
      this.refuse(client, id, messageRefusalWords({ code: 'message.too-large', size, limit: limits.messageChars }));
      return;
    }
    const parsed = ActMessageSchema.safeParse(raw);
    if (!parsed.success) {
      this.refuse(client, id, messageRefusalWords({ code: 'message.invalid', problem: schemaProblem(parsed.error) }));
      return;
    }
    const message = parsed.data;
    if (message.room !== this.exercise.code) {
      this.refuse(client, message.id, messageRefusalWords({ code: 'message.wrong-room', to: message.room, room: this.exercise.code }));
      return;
    }
    void this.serial(() => this.accept(connection, { kind: 'intent', at: now(), device: connection.device, msg: message.id, intent: message.intent }));
  }

  private async accept(connection: Connection, event: Extract<RoomEvent, { kind: 'intent' }>): Promise<void> {
    const checked = this.exercise.check(event);
    if (!checked.ok) {
      this.refuse(connection.client, event.msg, this.words(checked.refusal));
      return;
    }
    try {
      await this.log.append(event);
    } catch (error) {
      this.host.report(`room ${this.roomId}: cannot write ${this.log.file}: ${String(error)}`);
      this.refuse(connection.client, event.msg, messageRefusalWords({ code: 'storage.failed' }));
      return;
    }
    checked.apply();
    const { intent } = event;
    if (intent.type === 'device.kick') this.dropDevice(intent.device);
    if (intent.type === 'device.reseat') this.reseated(intent.device);
    if (this.exercise.seated.ended) this.autoDispose = true;
    this.sendViews(connection, event.msg);
    // Who sits where changes with the devices console only.
    if (intent.type === 'device.kick' || intent.type === 'device.reseat') this.sendSeats();
  }

  private dropDevice(device: string): void {
    for (const [sessionId, connection] of this.connections) {
      if (connection.device !== device) continue;
      this.refuse(connection.client, null, messageRefusalWords({ code: 'device.kicked' }));
      this.connections.delete(sessionId);
      connection.client.leave(CLOSE.kicked);
    }
  }

  private reseated(device: string): void {
    for (const connection of this.connections.values()) if (connection.device === device && connection.connected) this.welcome(connection.client, device, null);
  }

  private sendViews(from: Connection | null, replyTo: string | null): void {
    const make = viewMaker(this.exercise, this.host.now());
    // Encoded once per seat, not once per device: a room of 30 is mostly observers with one view.
    const encoded = new Map<string, Buffer>();
    for (const connection of this.connections.values()) {
      if (!connection.connected) continue;
      const seat = this.exercise.devices.get(connection.device)?.seat;
      if (!seat) continue;
      if (connection === from) {
        this.sendView(connection.client, connection.device, replyTo, make);
        continue;
      }
      const key = seatKey(seat);
      let bytes = encoded.get(key);
      if (!bytes) {
        bytes = getMessageBytes.raw(Protocol.ROOM_DATA, VIEW, { ...make(seat), replyTo: null });
        encoded.set(key, bytes);
      }
      connection.client.enqueueRaw(bytes);
    }
  }

  private sendView(client: Client, device: string, replyTo: string | null, make: ReturnType<typeof viewMaker>): void {
    const record = this.exercise.devices.get(device);
    if (!record) return;
    client.send(VIEW, { ...make(record.seat), replyTo });
  }

  private sendSeats(): void {
    const connected = new Set([...this.connections.values()].filter((c) => c.connected).map((c) => c.device));
    const everyone = getMessageBytes.raw(Protocol.ROOM_DATA, SEATS, seatsMessage(this.exercise, connected, false));
    const facilitators = getMessageBytes.raw(Protocol.ROOM_DATA, SEATS, seatsMessage(this.exercise, connected, true));
    for (const connection of this.connections.values()) {
      if (!connection.connected) continue;
      const seat = this.exercise.devices.get(connection.device)?.seat;
      connection.client.enqueueRaw(seat?.kind === 'facilitator' ? facilitators : everyone);
    }
  }

  private refuse(client: Client, replyTo: string | null, refusal: WordedRefusal): void {
    const refused: RefusedMessage = { room: this.exercise.code, replyTo, ...refusal };
    client.send(REFUSED, refused);
  }

  private words(refusal: RoomRefusal): WordedRefusal {
    return refusalWords(refusal, this.exercise.seated.session.scenario, this.exercise.seated.session.classroom?.settings);
  }
}

/** A message's size as JSON, without trusting its shape. */
function rawSize(raw: unknown): number {
  try {
    return JSON.stringify(raw)?.length ?? 0;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}
