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
  constructor(code: EngineErrorCode, message: string) {
    super(message);
    this.name = 'EngineError';
    this.code = code;
  }
}
