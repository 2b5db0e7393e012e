import type { ClosedMove } from './closed-reason.ts';

/** What went wrong, so callers can react without parsing the message. */
export type EngineErrorCode =
  | 'unknown-move'
  | 'unknown-actor'
  | 'unknown-node'
  | 'not-your-turn'
  | 'move-closed'
  | 'replay-closed'
  | 'too-many-states'
  | 'scenario-mismatch'
  | 'malformed'
  | 'not-allowed';

/** A readable error from the engine: the message names what, where, and when it can, the fix. */
export class EngineError extends Error {
  readonly code: EngineErrorCode;
  /** A move that is closed (code move-closed or not-your-turn): the same, as ids, for a device to word. */
  readonly closed: ClosedMove | null;
  constructor(code: EngineErrorCode, message: string, closed: ClosedMove | null = null) {
    super(message);
    this.name = 'EngineError';
    this.code = code;
    this.closed = closed;
  }
}
