/**
 * The browser's connection to one exercise room, as a store the screens subscribe to
 * (`useSyncExternalStore(store.subscribe, store.getSnapshot)`): host or join a room, hold the seat
 * token, show the latest view and refusals, send intents, and come back by itself after a drop
 * (a few bounded retries), saying plainly when the server cannot be reached.
 */
import { Client, type Room } from 'colyseus.js';
import type { Scenario } from '../../../scenario/index.ts';
import { loadScenario } from '../../../scenario/index.ts';
import type { Seat, SeatIntent } from '../../../engine/session/index.ts';
import {
  ACT,
  CLOSE,
  JOIN_ERROR,
  PROTOCOL_VERSION,
  REFUSED,
  ROOM_TYPE,
  SEATS,
  VIEW,
  WELCOME,
  normalizeCode,
  type CreateOptions,
  type DeviceIntent,
  type JoinOptions,
  type SeatRequest,
  type SeatsMessage,
  type ViewMessage,
  type WelcomeMessage,
} from '../../../protocol/index.ts';
import { prepareTranslation, readyInLanguage, scenarioInLanguage } from '../../lib/scenario-translations.ts';
import { loadShipped } from '../../lib/scenarios.ts';
import { currentT, currentWords } from '../../lib/words/index.ts';
import { failureOf, withTimeout, type Failure } from './failures.ts';
import { liveView, type LiveView } from './live-view.ts';
import { readRefused, refusalText, type ShownRefusal } from './refusal-text.ts';
import { seatTokens, type SeatTokens } from './seat-tokens.ts';

export type RoomStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'connecting' }
  | { readonly kind: 'connected' }
  /** The connection dropped; trying again (attempt of attempts). */
  | { readonly kind: 'reconnecting'; readonly attempt: number; readonly attempts: number }
  /** Gave up reaching the server: `retry()` tries again. */
  | { readonly kind: 'unreachable'; readonly message: string }
  /** The server said no (a bad code, a taken seat, a token it does not know…): `code` is a JOIN_ERROR or Colyseus code. */
  | { readonly kind: 'refused'; readonly code: number; readonly message: string }
  | { readonly kind: 'kicked'; readonly message: string }
  /** The same seat was opened on another tab or device, which now holds it. */
  | { readonly kind: 'replaced' }
  | { readonly kind: 'left' };

export interface RoomSnapshot {
  readonly status: RoomStatus;
  /** The room code. */
  readonly room: string | null;
  readonly seat: Seat | null;
  readonly device: string | null;
  /** Facilitator seats only: the code that makes another device a facilitator. */
  readonly facilitatorCode: string | null;
  readonly view: LiveView | null;
  readonly seats: SeatsMessage | null;
  /** The room's latest refusals of this device's messages, newest last (at most 20), worded when they came. */
  readonly refusals: readonly ShownRefusal[];
}

export interface RoomStoreOptions {
  /** The server's http(s) address; the page's own origin in the app. */
  readonly url: string;
  readonly tokens?: SeatTokens;
  /** A shipped scenario by id (the app's scenarios/ by default). */
  readonly shippedScenario?: (id: string) => Promise<Scenario | null>;
  /** How long one attempt to reach the server may take. */
  readonly timeoutMs?: number;
  /** Attempts after a drop before the store says the server cannot be reached. */
  readonly retries?: number;
  /** Wait before the first retry; doubles each time, at most 8 s. */
  readonly retryDelayMs?: number;
}

/** What the facilitator sets up: as hot-seat mode, with the scenario shipped or their own. */
export type HostSetup = Omit<CreateOptions, 'protocol' | 'creator'>;

const IDLE: RoomSnapshot = { status: { kind: 'idle' }, room: null, seat: null, device: null, facilitatorCode: null, view: null, seats: null, refusals: [] };
const MAX_REFUSALS = 20;

async function shippedFromApp(id: string): Promise<Scenario | null> {
  const loaded = await loadShipped(id);
  return loaded?.result.ok ? loaded.result.scenario : null;
}

function randomId(bytes: number): string {
  const data = new Uint8Array(bytes);
  crypto.getRandomValues(data);
  return Array.from(data, (b) => b.toString(36).padStart(2, '0')).join('');
}

export class RoomStore {
  private snapshot: RoomSnapshot = IDLE;
  private readonly listeners = new Set<() => void>();
  private readonly tokens: SeatTokens;
  private readonly options: Required<Omit<RoomStoreOptions, 'tokens'>>;
  private room: Room | null = null;
  private scenario: { id: string; hash: string; scenario: Scenario } | null = null;
  private source: string | null = null;
  private views: Promise<void> = Promise.resolve();
  /** Bumped by every new join or leave: work for an older connection stops. */
  private generation = 0;

  constructor(options: RoomStoreOptions) {
    this.tokens = options.tokens ?? seatTokens();
    this.options = { shippedScenario: shippedFromApp, timeoutMs: 8000, retries: 6, retryDelayMs: 500, ...options };
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): RoomSnapshot => this.snapshot;

  /** The room this device last held a seat in, if its token is still kept. */
  lastRoom(): string | null {
    return this.tokens.last();
  }

  /** Whether this tab (or, failing that, this device) holds a seat token for the room `code`. */
  holds(code: string): boolean {
    const room = normalizeCode(code);
    return room !== null && this.tokens.get(room) !== null;
  }

  /** Forgets the refusals shown so far (the user dismissed them). */
  dismissRefusals(): void {
    this.set({ refusals: [] });
  }

  /** Resolves once the room has given this device its seat (true), or when reaching it failed (false). */
  seated(): Promise<boolean> {
    return new Promise((resolve) => {
      let off: () => void = () => undefined;
      const check = () => {
        const { status, seat } = this.snapshot;
        const done = status.kind === 'connected' && seat !== null ? true : status.kind === 'connecting' || status.kind === 'reconnecting' || status.kind === 'connected' ? null : false;
        if (done === null) return;
        off();
        resolve(done);
      };
      off = this.subscribe(check);
      check();
    });
  }

  /** Creates a room; this device becomes its facilitator. */
  async host(setup: HostSetup): Promise<boolean> {
    const options: CreateOptions = { ...setup, protocol: PROTOCOL_VERSION, creator: randomId(16) };
    if (setup.scenario.kind === 'shipped') prepareTranslation(setup.scenario.id, currentWords().locale);
    return this.connect(null, (client) => client.create(ROOM_TYPE, options));
  }

  /** Joins a room by its code (as typed) for a new seat. */
  async join(code: string, seat: SeatRequest): Promise<boolean> {
    const room = normalizeCode(code);
    if (room === null) return this.fail(null, { kind: 'refused', code: JOIN_ERROR.invalid, message: currentT('store.room.notACode', { code }) });
    return this.connect(room, (client) => client.joinById(room, { protocol: PROTOCOL_VERSION, seat } satisfies JoinOptions));
  }

  /** Back to the seat this device holds in `code` (after a reload or a server restart); false when it holds none. */
  async resume(code: string): Promise<boolean> {
    const room = normalizeCode(code);
    const held = room === null ? null : this.tokens.get(room);
    if (room === null || held === null) return false;
    const reconnection = this.tokens.reconnection(room);
    return this.connect(room, async (client) => {
      // After a reload: this tab's own connection first (the server still holds it for a few minutes), then the seat token.
      if (reconnection !== null) {
        try {
          return await client.reconnect(reconnection);
        } catch {
          this.tokens.setReconnection(room, null);
        }
      }
      return client.joinById(room, { protocol: PROTOCOL_VERSION, seatToken: held.seatToken } satisfies JoinOptions);
    });
  }

  /** After "cannot reach the server": tries the held seat again. */
  async retry(): Promise<boolean> {
    const { room } = this.snapshot;
    return room === null ? false : this.resume(room);
  }

  /** Sends an intent; returns its message id (views and refusals name it in `replyTo`), or null when not connected. */
  act(intent: SeatIntent | DeviceIntent): string | null {
    const { room } = this;
    const code = this.snapshot.room;
    if (room === null || code === null || this.snapshot.status.kind !== 'connected') return null;
    const id = randomId(12);
    room.send(ACT, { id, room: code, intent });
    return id;
  }

  /** Leaves the room; `forget` also drops this device's seat token (it will need the room code again). */
  async leave(forget = false): Promise<void> {
    this.generation++;
    const { room } = this;
    const code = this.snapshot.room;
    this.room = null;
    if (forget && code) this.tokens.remove(code);
    this.snapshot = { ...IDLE, status: { kind: 'left' } };
    this.set({});
    if (room) await room.leave(true).catch(() => undefined);
  }

  private set(patch: Partial<RoomSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener();
  }

  private fail(room: string | null, failure: Failure): false {
    this.set({ room: room ?? this.snapshot.room, status: failure.kind === 'refused' ? { kind: 'refused', code: failure.code, message: failure.message } : { kind: 'unreachable', message: failure.message } });
    return false;
  }

  private async connect(code: string | null, open: (client: Client) => Promise<Room>): Promise<boolean> {
    const generation = ++this.generation;
    const previous = this.room;
    this.room = null;
    if (previous) void previous.leave(true).catch(() => undefined);
    if (code !== this.snapshot.room) this.snapshot = { ...IDLE, room: code };
    this.set({ status: { kind: 'connecting' } });
    try {
      const room = await withTimeout(open(new Client(this.options.url)), this.options.timeoutMs, (late) => void late.leave(true));
      if (generation !== this.generation) {
        void room.leave(true);
        return false;
      }
      this.attach(room, generation);
      return true;
    } catch (error) {
      if (generation !== this.generation) return false;
      return this.fail(code, failureOf(error, this.options.url, code));
    }
  }

  private attach(room: Room, generation: number): void {
    this.room = room;
    let kicked = false;
    room.onMessage(WELCOME, (welcome: WelcomeMessage) => {
      if (welcome.seatToken !== null) this.tokens.set(welcome.room, { seatToken: welcome.seatToken, device: welcome.device });
      this.tokens.setReconnection(welcome.room, room.reconnectionToken);
      this.source = welcome.scenarioSource;
      this.set({ room: welcome.room, seat: welcome.seat, device: welcome.device, facilitatorCode: welcome.facilitatorCode, status: { kind: 'connected' } });
    });
    room.onMessage(VIEW, (message: ViewMessage) => {
      this.views = this.views.then(() => this.showView(message, generation));
    });
    room.onMessage(SEATS, (seats: SeatsMessage) => this.set({ seats }));
    room.onMessage(REFUSED, (raw: unknown) => {
      const refused = readRefused(raw);
      if (refused === null) return;
      // Being removed is the connection's status (said once, with "join again"), not a refusal of a message.
      if (refused.code === 'device.kicked') kicked = true;
      else this.set({ refusals: [...this.snapshot.refusals, { ...refused, text: refusalText(currentWords(), refused, this.wordingScenario()) }].slice(-MAX_REFUSALS) });
    });
    room.onLeave((code: number) => {
      if (this.room !== room || generation !== this.generation) return;
      this.room = null;
      if (kicked || code === CLOSE.kicked) {
        if (this.snapshot.room) this.tokens.remove(this.snapshot.room);
        this.set({ status: { kind: 'kicked', message: 'The facilitator removed this device from the room.' } });
      } else if (code === CLOSE.replaced) {
        this.set({ status: { kind: 'replaced' } });
      } else {
        void this.comeBack(room.reconnectionToken, generation);
      }
    });
  }

  private async showView(message: ViewMessage, generation: number): Promise<void> {
    if (generation !== this.generation) return;
    const current = this.snapshot.view;
    if (current && current.revision > message.revision) return;
    const language = currentWords().locale;
    // The translation is fetched while the scenario loads: the first view waits for both.
    if (this.scenario?.id !== message.file.scenario.id) prepareTranslation(message.file.scenario.id, language);
    const scenario = await this.scenarioFor(message.file.scenario);
    if (generation !== this.generation) return;
    if (scenario === null) {
      this.set({ status: { kind: 'refused', code: JOIN_ERROR.invalid, message: currentT('store.room.unknownScenario', { scenario: message.file.scenario.id }) } });
      return;
    }
    // A device in another language than the scenario's never shows its text untranslated: the view
    // comes once the translation is made (at once where none is needed, or when it is cached).
    if (readyInLanguage(scenario, language) === null) {
      await scenarioInLanguage(scenario, language);
      if (generation !== this.generation) return;
    }
    const result = liveView(message, scenario, this.source, Date.now());
    if (result.ok) this.set({ view: result.view, seat: result.view.seat });
    else this.set({ status: { kind: 'refused', code: JOIN_ERROR.invalid, message: result.message } });
  }

  /** The scenario refusals are worded with: in the language chosen if its translation is ready (the screens' own copy), else as the room has it. */
  private wordingScenario(): Scenario | null {
    const scenario = this.scenario?.scenario ?? null;
    if (scenario === null) return null;
    const language = currentWords().locale;
    const text = readyInLanguage(scenario, language);
    if (text === null) void scenarioInLanguage(scenario, language);
    return text ?? scenario;
  }

  private async scenarioFor(ref: { id: string; hash: string }): Promise<Scenario | null> {
    if (this.scenario?.id === ref.id && this.scenario.hash === ref.hash) return this.scenario.scenario;
    let scenario: Scenario | null;
    if (this.source !== null) {
      const loaded = loadScenario(this.source, `${ref.id}.yaml`);
      scenario = loaded.ok ? loaded.scenario : null;
    } else {
      scenario = await this.options.shippedScenario(ref.id);
    }
    if (scenario) this.scenario = { id: ref.id, hash: ref.hash, scenario };
    return scenario;
  }

  /** After a drop: the room's reconnection first, then the seat token (a restarted server), a few times, then "cannot reach". */
  private async comeBack(reconnectionToken: string, generation: number): Promise<void> {
    const code = this.snapshot.room;
    const { retries, retryDelayMs, timeoutMs, url } = this.options;
    for (let attempt = 1; attempt <= retries; attempt++) {
      if (generation !== this.generation) return;
      this.set({ status: { kind: 'reconnecting', attempt, attempts: retries } });
      const client = new Client(url);
      const tries: (() => Promise<Room>)[] = [() => client.reconnect(reconnectionToken)];
      const held = code ? this.tokens.get(code) : null;
      if (code && held) tries.push(() => client.joinById(code, { protocol: PROTOCOL_VERSION, seatToken: held.seatToken } satisfies JoinOptions));
      for (const open of tries) {
        try {
          const room = await withTimeout(open(), timeoutMs, (late) => void late.leave(true));
          if (generation !== this.generation) {
            void room.leave(true);
            return;
          }
          this.attach(room, generation);
          this.set({ status: { kind: 'connected' } });
          return;
        } catch (error) {
          const failure = failureOf(error, url, code);
          // A seat the server no longer knows (or took away) will not come back by waiting.
          if (failure.kind === 'refused' && (failure.code === JOIN_ERROR.tokenInvalid || failure.code === JOIN_ERROR.kicked)) {
            if (generation === this.generation) this.fail(code, failure);
            return;
          }
        }
      }
      await new Promise((resolve) => setTimeout(resolve, Math.min(8000, retryDelayMs * 2 ** (attempt - 1))));
    }
    if (generation === this.generation) this.fail(code, failureOf(new Error('unreachable'), url, code));
  }
}

export function createRoomStore(options: RoomStoreOptions): RoomStore {
  return new RoomStore(options);
}
