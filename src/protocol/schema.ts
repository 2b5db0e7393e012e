/** The server's checks of everything a device sends: strict shapes, bounded sizes, words for what is wrong. */
import { z } from 'zod';
import { MAX_BYTES } from '../scenario/decode.ts';
import { PROTOCOL_VERSION, type ActMessage, type CreateOptions, type JoinOptions } from './messages.ts';

const Id = z.string().min(1).max(80);
const Reason = z.string().max(500);
const Moves = z.record(Id, Id).refine((moves) => Object.keys(moves).length <= 50, 'at most 50 actors');
const MessageId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1–64 letters, digits, "-" or "_"');

export const IntentSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('draft'), moves: Moves }),
  z.strictObject({ type: z.literal('commit'), moves: Moves }),
  z.strictObject({ type: z.literal('play'), actor: Id, move: Id }),
  z.strictObject({ type: z.enum(['reveal', 'next-round', 'end']) }),
  z.strictObject({ type: z.literal('inject'), move: z.strictObject({ actor: Id, move: Id }), reason: Reason }),
  z.strictObject({ type: z.literal('inject-event'), event: z.number().int().min(0).max(100_000), reason: Reason }),
  z.strictObject({ type: z.literal('override'), override: z.strictObject({ actor: Id, posture: Id, level: Id }), reason: Reason }),
  z.strictObject({ type: z.enum(['undo', 'pause']), reason: Reason }),
  z.strictObject({ type: z.literal('resume'), reason: Reason.optional() }),
  z.strictObject({ type: z.literal('device.kick'), device: Id, reason: Reason }),
  z.strictObject({
    type: z.literal('device.reseat'),
    device: Id,
    seat: z.discriminatedUnion('kind', [z.strictObject({ kind: z.literal('team'), team: Id }), z.strictObject({ kind: z.literal('observer') })]),
    reason: Reason,
  }),
]);

export const ActMessageSchema: z.ZodType<ActMessage> = z.strictObject({ id: MessageId, room: z.string().max(16), intent: IntentSchema });

export const SettingsSchema = z.strictObject({
  teams: z.array(z.strictObject({ id: Id, name: z.string().max(80) })).max(20),
  assignment: z.record(Id, Id).refine((a) => Object.keys(a).length <= 50, 'at most 50 actors'),
  facilitator: z.string().max(80).nullable(),
  turnMode: z.enum(['alternating', 'simultaneous']),
  timerSeconds: z.number().int().nullable(),
  seed: z.number().int(),
  start: z.number().int().min(0),
});

export const CreateOptionsSchema: z.ZodType<CreateOptions> = z.strictObject({
  protocol: z.literal(PROTOCOL_VERSION),
  creator: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'must be 16–64 letters, digits, "-" or "_"'),
  scenario: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('shipped'), id: z.string().regex(/^[a-z0-9-]{1,64}$/, 'is not a scenario id') }),
    z.strictObject({ kind: z.literal('yaml'), text: z.string().max(MAX_BYTES) }),
  ]),
  settings: SettingsSchema,
  name: z.string().max(200).optional(),
});

const SeatRequest = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('team'), team: Id }),
  z.strictObject({ kind: z.literal('observer') }),
  z.strictObject({ kind: z.literal('facilitator'), code: z.string().max(40) }),
]);

export const JoinOptionsSchema: z.ZodType<JoinOptions> = z.union([
  z.strictObject({ protocol: z.literal(PROTOCOL_VERSION), seatToken: z.string().min(1).max(200) }),
  z.strictObject({ protocol: z.literal(PROTOCOL_VERSION), seat: SeatRequest }),
]);

/** The first problem of a failed check, in words with where: "intent.reason: expected string". */
export function schemaProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'the message is not in the expected form';
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return `${where}${issue.message}`;
}
