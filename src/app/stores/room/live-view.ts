/**
 * A view message from the room turned into what the screens use: the session rebuilt by the
 * engine's own parser and restore (other teams' commits kept as hidden markers), and the file
 * as it would be exported, with the scenario's YAML put back for a facilitator's own scenario.
 */
import { parseSessionFile, restoreSession, type DraftMoves, type Seat, type SessionFile, type SessionInit } from '../../../engine/session/index.ts';
import type { Scenario } from '../../../scenario/index.ts';
import type { ClockView, ViewMessage } from '../../../protocol/index.ts';

export interface LiveView {
  readonly revision: number;
  readonly seat: Seat;
  /** The session as this seat may see it, ready to export (the debrief's "download session"). */
  readonly file: SessionFile;
  /** Timeline, current node and classroom (with HIDDEN_MOVE for commits this seat may not see). */
  readonly session: SessionInit;
  /** This team's uncommitted selection, to put back into the move picker. */
  readonly draft: DraftMoves | null;
  /** The facilitator ended the exercise: open the debrief. */
  readonly ended: boolean;
  readonly clock: ClockView | null;
  /** Add to Date.now() to get the server's clock (for the round timer). */
  readonly clockOffsetMs: number;
}

export type LiveViewResult = { readonly ok: true; readonly view: LiveView } | { readonly ok: false; readonly message: string };

export function liveView(message: ViewMessage, scenario: Scenario, source: string | null, now: number): LiveViewResult {
  const parsed = parseSessionFile(message.file);
  if (!parsed.ok) return { ok: false, message: parsed.error.message };
  const restored = restoreSession(parsed.session, [scenario], { live: true });
  if (!restored.ok) return { ok: false, message: restored.error.message };
  const file: SessionFile = source === null ? parsed.session : { ...parsed.session, scenario: { ...parsed.session.scenario, source } };
  return {
    ok: true,
    view: {
      revision: message.revision,
      seat: message.seat,
      file,
      session: { ...restored.init, source },
      draft: message.draft,
      ended: message.ended,
      clock: message.clock,
      clockOffsetMs: message.serverTime - now,
    },
  };
}
