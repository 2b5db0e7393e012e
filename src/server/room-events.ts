/**
 * What a room writes to its event log, one JSON line per accepted event. The room is rebuilt by
 * replaying these through the same pure rules (exercise.ts), so the log is the room.
 */
import { z } from 'zod';
import type { ClassroomSettings } from '../engine/classroom/index.ts';
import type { Seat, SeatIntent } from '../engine/session/index.ts';
import type { DeviceIntent } from '../protocol/index.ts';
import { IntentSchema, SettingsSchema } from '../protocol/schema.ts';

export const LOG_VERSION = 1;

export type RoomEvent =
  | {
      readonly kind: 'created';
      readonly v: typeof LOG_VERSION;
      readonly at: number;
      readonly code: string;
      readonly facilitatorCode: string;
      readonly sessionId: string;
      readonly name: string;
      /** Shipped scenarios by id and content hash; a facilitator's own by its YAML. */
      readonly scenario: { readonly id: string; readonly hash: string; readonly source: string | null };
      readonly settings: ClassroomSettings;
    }
  /** A device got a seat: only the hash of its token is kept. */
  | { readonly kind: 'device'; readonly at: number; readonly device: string; readonly seat: Seat; readonly tokenHash: string }
  /** An accepted intent, with the message id that carried it (replays of it are refused, also after a restart). */
  | { readonly kind: 'intent'; readonly at: number; readonly device: string; readonly msg: string; readonly intent: SeatIntent | DeviceIntent };

const Id = z.string().min(1).max(80);
const SeatSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('team'), team: Id }),
  z.strictObject({ kind: z.literal('facilitator') }),
  z.strictObject({ kind: z.literal('observer') }),
]);
const Time = z.number().int().min(0);

export const RoomEventSchema: z.ZodType<RoomEvent> = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('created'),
    v: z.literal(LOG_VERSION),
    at: Time,
    code: z.string().max(16),
    facilitatorCode: z.string().max(16),
    sessionId: z.string().max(64),
    name: z.string().max(200),
    scenario: z.strictObject({ id: Id, hash: z.string().max(128), source: z.string().nullable() }),
    settings: SettingsSchema,
  }),
  z.strictObject({ kind: z.literal('device'), at: Time, device: Id, seat: SeatSchema, tokenHash: z.string().regex(/^[0-9a-f]{64}$/) }),
  z.strictObject({ kind: z.literal('intent'), at: Time, device: Id, msg: z.string().max(64), intent: IntentSchema }),
]);
