/**
 * The app's live session: the engine's session model (step) plus what only this screen needs —
 * the last refusal or announcement in words, and the branches being compared. Pure.
 */
import { initialState, step, type Notice, type SessionAction, type SessionInit, type SessionState } from '../../../engine/session/index.ts';
import type { NodeId } from '../../../engine/index.ts';
import type { Scenario } from '../../../scenario/index.ts';
import { currentWords } from '../../lib/words/index.ts';
import { noticeText, refusalText } from './session-words.ts';

export interface AppSession extends SessionState {
  /** A readable message about the last thing that could not be done. */
  readonly error: string | null;
  /** The last announcement for screen readers and the status line ("Branch deleted."). */
  readonly notice: { readonly text: string; readonly undoable: boolean } | null;
  readonly compare: { readonly a: NodeId; readonly b: NodeId } | null;
}

export type AppSessionEvent =
  | SessionAction
  | { readonly type: 'compare.open'; readonly a: NodeId; readonly b: NodeId }
  | { readonly type: 'compare.close' }
  | { readonly type: 'notice.dismiss' }
  | { readonly type: 'session.replace'; readonly init: SessionInit }
  /** The same scenario in another language (scenarioInLanguage): the words change, nothing else; not a change to save. */
  | { readonly type: 'scenario.retext'; readonly scenario: Scenario };

export function appSession(init: SessionInit): AppSession {
  return { ...initialState(init), error: null, notice: null, compare: null };
}

const noticeOf = (notice: Notice | null): AppSession['notice'] => (notice === null ? null : { text: noticeText(currentWords(), notice), undoable: notice.code === 'branch.deleted' });

/** The session read with another text of its scenario; unchanged for another scenario (a late translation after a switch). */
function retexted(state: AppSession, scenario: Scenario): AppSession {
  if (scenario === state.scenario || scenario.hash !== state.scenario.hash || scenario.meta.id !== state.scenario.meta.id) return state;
  const entry = <T extends { readonly timeline: SessionState['timeline'] }>(e: T): T => ({ ...e, timeline: e.timeline.withScenario(scenario) });
  return { ...state, scenario, timeline: state.timeline.withScenario(scenario), past: state.past.map(entry), future: state.future.map(entry) };
}

export function appSessionReducer(state: AppSession, event: AppSessionEvent): AppSession {
  switch (event.type) {
    case 'compare.open':
      if (!state.timeline.has(event.a) || !state.timeline.has(event.b)) return state;
      return { ...state, compare: { a: event.a, b: event.b } };
    case 'compare.close':
      return { ...state, compare: null };
    case 'notice.dismiss':
      return { ...state, notice: null, error: null };
    case 'session.replace':
      return { ...appSession(event.init), revision: state.revision + 1 };
    case 'scenario.retext':
      return retexted(state, event.scenario);
  }
  const result = step(state, event);
  if (!result.ok) return { ...state, error: refusalText(currentWords(), result.refusal, state.scenario) };
  if (result.state === state) return state;
  const next: AppSession = { ...state, ...result.state, error: null };
  // Navigation keeps the last announcement; a change replaces it (with nothing, mostly).
  if (result.state.timeline === state.timeline && result.state.past === state.past && result.notice === null) return next;
  const travelled = event.type === 'history.undo' || event.type === 'history.redo';
  const compare = !travelled && state.compare && next.timeline.has(state.compare.a) && next.timeline.has(state.compare.b) ? state.compare : null;
  return { ...next, notice: noticeOf(result.notice), compare };
}
