/**
 * Every way loading or saving a session can fail, as a value: the UI shows `message`
 * and picks its way out (start fresh, download the raw data) from `kind`.
 */
export type SessionErrorKind =
  /** Not JSON, or JSON of the wrong shape. */
  | 'corrupt'
  /** A share link cut short or damaged in transit. */
  | 'truncated'
  /** A share link whose content does not match its checksum. */
  | 'tampered'
  /** Saved by a newer version of the app than this one. */
  | 'newer-version'
  /** Made for a scenario that is not available here. */
  | 'unknown-scenario'
  /** Made for another version of the scenario (content hash differs). */
  | 'scenario-changed'
  /** The browser's storage is full or refuses writes. */
  | 'quota'
  /** The browser's storage cannot be used at all. */
  | 'storage-unavailable'
  /** Another tab saved this session since this tab last read it: writing would lose that work. */
  | 'changed-elsewhere'
  | 'not-found'
  | 'too-large';

export interface SessionError {
  readonly kind: SessionErrorKind;
  /** One or two sentences a user can act on: what went wrong and where. */
  readonly message: string;
  /** For 'scenario-changed' after the moves were tried: the first entry that does not fit, in the engine's words. */
  readonly detail?: string;
}

export type Result<T> = ({ readonly ok: true } & T) | { readonly ok: false; readonly error: SessionError };

export function sessionError(kind: SessionErrorKind, message: string): { ok: false; error: SessionError } {
  return { ok: false, error: { kind, message } };
}
