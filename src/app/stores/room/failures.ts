/** What went wrong reaching a room, in two kinds: the server said no (with why), or it could not be reached. */
import { ErrorCode } from 'colyseus.js';
import { JOIN_ERROR } from '../../../protocol/index.ts';
import { currentT } from '../../lib/words/index.ts';

export type Failure = { readonly kind: 'refused'; readonly code: number; readonly message: string } | { readonly kind: 'unreachable'; readonly message: string };

export class TimedOut extends Error {}

/** Rejects with TimedOut after `ms`; a room that still arrives later is left at once. */
export function withTimeout<T>(work: Promise<T>, ms: number, cleanup: (late: T) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let done = false;
    const timer = setTimeout(() => {
      done = true;
      reject(new TimedOut(`no answer within ${Math.round(ms / 1000)} s`));
    }, ms);
    work.then(
      (value) => {
        clearTimeout(timer);
        if (done) cleanup(value);
        else resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        if (!done) reject(error);
      },
    );
  });
}

/**
 * The server's join refusals by their code, worded in the language chosen. A refusal whose words
 * depend on what was sent (an exercise that cannot be set up) keeps the server's English.
 */
const JOIN_WORDS = {
  [JOIN_ERROR.facilitatorCode]: 'store.room.join.facilitatorCode',
  [JOIN_ERROR.kicked]: 'store.room.join.kicked',
  [JOIN_ERROR.unknownTeam]: 'store.room.join.unknownTeam',
  [JOIN_ERROR.seatTaken]: 'store.room.join.seatTaken',
  [JOIN_ERROR.roomFull]: 'store.room.join.full',
  [JOIN_ERROR.tooManyJoins]: 'store.room.join.tooManyJoins',
  [JOIN_ERROR.tokenInvalid]: 'store.room.join.tokenInvalid',
} as const satisfies Partial<Record<number, string>>;

export function failureOf(error: unknown, url: string, room: string | null): Failure {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  const refused = typeof code === 'number' && ((code >= 400 && code < 500) || (code >= 4000 && code < 5000));
  // Worded here, in the language chosen, when it happens.
  if (!refused) return { kind: 'unreachable', message: currentT('store.room.unreachable', { url }) };
  if (code === ErrorCode.MATCHMAKE_INVALID_ROOM_ID || code === ErrorCode.MATCHMAKE_INVALID_CRITERIA) {
    return { kind: 'refused', code, message: currentT('store.room.noRoom', { room: room ?? '' }) };
  }
  const worded = (JOIN_WORDS as Partial<Record<number, (typeof JOIN_WORDS)[keyof typeof JOIN_WORDS]>>)[code];
  return { kind: 'refused', code, message: worded ? currentT(worded, { room: room ?? '' }) : message };
}
