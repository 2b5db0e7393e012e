/** What went wrong reaching a room, in two kinds: the server said no (with why), or it could not be reached. */
import { ErrorCode } from 'colyseus.js';
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

export function failureOf(error: unknown, url: string, room: string | null): Failure {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  const refused = typeof code === 'number' && ((code >= 400 && code < 500) || (code >= 4000 && code < 5000));
  // Worded here, in the language chosen (the server's own refusals come in its words).
  if (!refused) return { kind: 'unreachable', message: currentT('store.room.unreachable', { url }) };
  if (code === ErrorCode.MATCHMAKE_INVALID_ROOM_ID || code === ErrorCode.MATCHMAKE_INVALID_CRITERIA) {
    return { kind: 'refused', code, message: currentT('store.room.noRoom', { room: room ?? '' }) };
  }
  return { kind: 'refused', code, message };
}
