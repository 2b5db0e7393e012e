/** What went wrong reaching a room, in two kinds: the server said no (with why), or it could not be reached. */
import { ErrorCode } from 'colyseus.js';
import { z } from 'zod';
import type { SetupProblemCode } from '../../../engine/classroom/index.ts';
import { JOIN_ERROR, type SetupRefusal } from '../../../protocol/index.ts';
import { setupProblemText } from '../../lib/words/setup-words.ts';
import { currentT, currentWords, type Words } from '../../lib/words/index.ts';

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
 * The server's join refusals by their code, worded in the language chosen. An exercise that cannot
 * be set up comes with its own code and values (setupText).
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
  if (code === JOIN_ERROR.setup) return { kind: 'refused', code, message: setupText(currentWords(), message) };
  const worded = (JOIN_WORDS as Partial<Record<number, (typeof JOIN_WORDS)[keyof typeof JOIN_WORDS]>>)[code];
  return { kind: 'refused', code, message: worded ? currentT(worded, { room: room ?? '' }) : message };
}

const Values = z.record(z.string().max(40), z.union([z.string().max(2000), z.number()]));
const SetupSchema = z.object({
  code: z.enum(['invalid', 'no-scenario', 'scenario-broken', 'settings']),
  values: Values.default({}),
  problems: z.array(z.object({ code: z.string().max(40), values: Values.default({}) })).max(50).default([]),
  message: z.string().max(4000),
});

/**
 * Why the exercise cannot be set up, from the server's JOIN_ERROR.setup message (a SetupRefusal as
 * JSON), in `words`; the server's own English when it is not one, or this app cannot word it.
 */
export function setupText(words: Words, serverMessage: string): string {
  let refusal: SetupRefusal;
  try {
    const parsed = SetupSchema.safeParse(JSON.parse(serverMessage));
    if (!parsed.success) return serverMessage;
    refusal = parsed.data as SetupRefusal;
  } catch {
    return serverMessage;
  }
  try {
    if (refusal.code !== 'settings') return words.t(`store.room.setup.${refusal.code}`, refusal.values);
    const problems = refusal.problems.map((p) => setupProblemText(words, { code: p.code as SetupProblemCode, values: p.values }));
    return words.t('store.room.setup.settings', { problems: problems.join(' ') });
  } catch {
    // A value its message needs is missing, or a problem this app has no words for.
    return refusal.message;
  }
}
