/** Turns a validated SessionFile back into a live timeline, or says why it cannot. */
import { timelineFromJSON, type NodeId, type Timeline } from '../../../engine/index.ts';
import { loadScenario, type Scenario } from '../../../scenario/index.ts';
import { checkScenario, type SessionFile, type SessionMode } from './session-file.ts';
import { sessionError, type Result } from './session-error.ts';

export interface RestoredSession {
  readonly scenario: Scenario;
  readonly timeline: Timeline;
  readonly current: NodeId;
  readonly mode: SessionMode;
}

/**
 * Finds the session's scenario (its embedded YAML for a user-loaded scenario, else among
 * `available`), checks the version, rebuilds the timeline. Never throws.
 */
export function restoreSession(session: SessionFile, available: readonly Scenario[]): Result<RestoredSession> {
  let scenario: Scenario | undefined;
  if (session.scenario.source !== undefined) {
    const loaded = loadScenario(session.scenario.source, `${session.scenario.id}.yaml`);
    if (!loaded.ok) {
      const first = loaded.problems[0];
      return sessionError('corrupt', `The scenario saved inside this session no longer loads (${loaded.problems.length} problem${loaded.problems.length === 1 ? '' : 's'}${first ? `; first: ${first.path || 'line ' + first.line}: ${first.message}` : ''}).`);
    }
    scenario = loaded.scenario;
  } else {
    scenario = available.find((s) => s.meta.id === session.scenario.id && s.hash === session.scenario.hash) ?? available.find((s) => s.meta.id === session.scenario.id);
  }
  if (!scenario) {
    return sessionError('unknown-scenario', `This session is for the scenario "${session.scenario.id}", which is not available here. Load that scenario's file first.`);
  }
  const matches = checkScenario(session, scenario);
  if (!matches.ok) return matches;
  let loaded: ReturnType<typeof timelineFromJSON>;
  try {
    loaded = timelineFromJSON(scenario, session.timeline);
  } catch (e) {
    // timelineFromJSON reports by value; a throw would be an engine bug, still never the page's crash.
    loaded = { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  if (!loaded.ok) return sessionError('corrupt', loaded.error);
  if (!loaded.timeline.has(session.current)) {
    return sessionError('corrupt', `This saved session points at step ${session.current}, which is not in its timeline.`);
  }
  return { ok: true, scenario, timeline: loaded.timeline, current: session.current, mode: session.mode };
}
