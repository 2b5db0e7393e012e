/**
 * The room's refusals in the device's language: each code has its catalogue key
 * (network.refusal.<code>) worded with the values the room sent. What the room sends is checked
 * first; a code this app does not know, or values that do not fit its message, read in the
 * room's English instead.
 */
import { z } from 'zod';
import { ClosedMoveSchema } from '../../../engine/classroom/classroom-json.ts';
import { REFUSAL_CODES, type RefusalCode, type RefusedMessage } from '../../../protocol/index.ts';
import type { Scenario } from '../../../scenario/index.ts';
import { closedMoveText } from '../../lib/words/conditions.ts';
import type { Key, Words } from '../../lib/words/index.ts';

/** A refusal as the screens show it: what the room sent, and `text` in the language chosen when it arrived. */
export interface ShownRefusal extends RefusedMessage {
  readonly text: string;
}

export const REFUSAL_KEYS: Readonly<Record<RefusalCode, Key>> = {
  'message.invalid': 'network.refusal.message.invalid',
  'message.too-large': 'network.refusal.message.too-large',
  'message.rate-limited': 'network.refusal.message.rate-limited',
  'message.replayed': 'network.refusal.message.replayed',
  'message.wrong-room': 'network.refusal.message.wrong-room',
  'message.unknown-type': 'network.refusal.message.unknown-type',
  'device.unknown': 'network.refusal.device.unknown',
  'device.kicked': 'network.refusal.device.kicked',
  'seat.taken': 'network.refusal.seat.taken',
  'storage.failed': 'network.refusal.storage.failed',
  'seat.observer': 'network.refusal.seat.observer',
  'seat.facilitator-only': 'network.refusal.seat.facilitator-only',
  'seat.team-only': 'network.refusal.seat.team-only',
  'seat.unknown-team': 'network.refusal.seat.unknown-team',
  'seat.not-yours': 'network.refusal.seat.not-yours',
  'seat.not-your-turn': 'network.refusal.seat.not-your-turn',
  'exercise.ended': 'network.refusal.exercise.ended',
  'classroom.none': 'network.refusal.classroom.none',
  // Worded with the room's scenario (refusalText); its values alone do not fill the message.
  'move.closed': 'closed.move',
  engine: 'network.refusal.engine',
};

const Text = z.string().max(2000);
const RefusedSchema = z.object({
  room: z.string().max(16),
  replyTo: z.string().max(64).nullable(),
  // A newer server's code is kept (as text): it reads in the room's English.
  code: z.string().max(64),
  values: z.record(z.string().max(40), z.union([Text, z.number()])).default({}),
  closed: ClosedMoveSchema.optional(),
  message: Text,
});

const known = (code: string): code is RefusalCode => (REFUSAL_CODES as readonly string[]).includes(code);

/** What the room sent as a refusal, checked; null when it is not one (nothing to show). */
export function readRefused(raw: unknown): RefusedMessage | null {
  const parsed = RefusedSchema.safeParse(raw);
  return parsed.success ? (parsed.data as RefusedMessage) : null;
}

/** The refusal in `words`; a closed move is worded with the room's `scenario`, as the move list words it. */
export function refusalText(words: Words, refused: RefusedMessage, scenario: Scenario | null): string {
  if (!known(refused.code)) return refused.message;
  try {
    if (refused.code === 'move.closed') return refused.closed && scenario ? closedMoveText(words, scenario, refused.closed) : refused.message;
    return words.t(REFUSAL_KEYS[refused.code], refused.values);
  } catch {
    // A value the message needs is missing (an older server sends none), or the scenario lacks an id: the room's own English.
    return refused.message;
  }
}
