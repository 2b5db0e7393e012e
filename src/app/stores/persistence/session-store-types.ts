/** What the session store offers (session-store.ts builds it over a backend). */
import type { Result, SessionError, SessionFile } from '../../../engine/session/index.ts';

export type SessionEntry =
  | {
      readonly status: 'ok';
      readonly id: string;
      readonly name: string;
      readonly savedAt: string;
      readonly scenarioId: string;
      /** Nodes in the timeline besides the root: a rough size of the work. */
      readonly moves: number;
      readonly bytes: number;
      readonly revision: number;
    }
  | {
      readonly status: 'corrupt';
      readonly id: string;
      readonly error: SessionError;
      /** Exactly what is stored, so the user can download it and nothing is lost. */
      readonly raw: string;
      readonly bytes: number;
    };

/** A session as stored, with the revision it is stored at. */
export interface Saved {
  readonly session: SessionFile;
  readonly revision: number;
}

export interface SaveOptions {
  /**
   * The revision this version was made from (null: a session that should not be stored yet).
   * When the stored revision differs, the write is refused as 'changed-elsewhere'. Omitted: write
   * whatever is stored (a deliberate user choice, such as undoing a delete).
   */
  readonly base?: number | null;
  /** This tab continues this version (a link it opens): later autosaves build on it. */
  readonly adopt?: boolean;
}

/** Another tab saved or deleted a session. */
export interface StoreChange {
  readonly kind: 'saved' | 'deleted';
  readonly id: string;
  readonly revision: number;
}

export interface SessionStore {
  /** Whether saves survive a reload (false when the browser refuses storage; sessions then live in memory). */
  readonly persistent: boolean;
  /** Every saved session, newest first; damaged entries are listed with status 'corrupt'. */
  list(): Promise<readonly SessionEntry[]>;
  /** Reads a session without making it this tab's (listing, exporting, comparing). */
  get(id: string): Promise<Result<Saved>>;
  /** Reads a session to continue it here: later autosaves build on this revision. */
  open(id: string): Promise<Result<Saved>>;
  /** The stored text of an entry, valid or not (for "download raw data"). */
  raw(id: string): Promise<string | null>;
  save(session: SessionFile, options?: SaveOptions): Promise<Result<Saved>>;
  /**
   * Saves the live session with the current time on top of the revision this tab last read or
   * wrote, and remembers it as the session to restore on reload. Refused ('changed-elsewhere')
   * when another tab saved it in between with work this version lacks.
   */
  autosave(session: SessionFile): Promise<Result<Saved>>;
  /** The revision of a session as this tab last read or wrote it (null: never). */
  seen(id: string): number | null;
  rename(id: string, name: string): Promise<Result<Saved>>;
  delete(id: string): Promise<void>;
  /** The session to restore on reload (made this tab's): null when there is none; an error when it is damaged. */
  lastSession(): Promise<Result<Saved> | null>;
  /** Hears other tabs' saves and deletes; returns the stop function. */
  listen(onChange: (change: StoreChange) => void): () => void;
}
