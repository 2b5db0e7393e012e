/**
 * Turning saved data back into a live session: find the scenario a session was made for,
 * check it is the same version, rebuild the timeline. Every failure is a message, never a throw.
 */
import { startTimeline, timelineFromJSON } from '../../../engine/index.ts';
import { classroomFromJSON, type ClassroomState } from '../../../engine/classroom/index.ts';
import { loadScenario, type Scenario } from '../../../scenario/index.ts';
import { checkScenario, decodeShareLink, isShareLink, newSessionId, sessionStore, type SessionFile } from '../persistence/index.ts';
import { DEFAULT_SCENARIO_ID, loadShipped, shippedScenarios } from '../../lib/scenarios.ts';
import type { SessionInit } from './session-state.ts';

/** Something that could not be opened, with the data kept so the user can download it. */
export interface RecoveryNotice {
  readonly message: string;
  /** The saved data as it was (JSON text), offered for download. */
  readonly raw: string | null;
}

export type RestoreResult = { readonly ok: true; readonly init: SessionInit } | { readonly ok: false; readonly message: string };

async function scenarioFor(session: SessionFile): Promise<{ ok: true; scenario: Scenario; source: string | null } | { ok: false; message: string }> {
  if (session.scenario.source !== undefined) {
    const loaded = loadScenario(session.scenario.source, `${session.scenario.id}.yaml`);
    if (!loaded.ok) return { ok: false, message: `The scenario saved inside this session no longer validates (${loaded.problems.length} problem(s)).` };
    const check = checkScenario(session, loaded.scenario);
    if (!check.ok) return { ok: false, message: check.error.message };
    return { ok: true, scenario: loaded.scenario, source: session.scenario.source };
  }
  for (const entry of shippedScenarios) {
    const loaded = await loadShipped(entry.id);
    if (!loaded?.result.ok || loaded.result.scenario.meta.id !== session.scenario.id) continue;
    const check = checkScenario(session, loaded.result.scenario);
    if (!check.ok) return { ok: false, message: check.error.message };
    return { ok: true, scenario: loaded.result.scenario, source: null };
  }
  return { ok: false, message: `This session is for the scenario "${session.scenario.id}", which this version of the app does not ship.` };
}

export async function restoreSession(session: SessionFile): Promise<RestoreResult> {
  const found = await scenarioFor(session);
  if (!found.ok) return found;
  const rebuilt = timelineFromJSON(found.scenario, session.timeline);
  if (!rebuilt.ok) return { ok: false, message: `The saved timeline does not fit the scenario: ${rebuilt.error}` };
  let classroom: ClassroomState | null = null;
  if (session.classroom !== undefined) {
    const loaded = classroomFromJSON(rebuilt.timeline, session.classroom);
    if (!loaded.ok) return { ok: false, message: loaded.error };
    classroom = loaded.state;
  }
  return {
    ok: true,
    init: {
      id: session.id,
      name: session.name,
      scenario: found.scenario,
      timeline: rebuilt.timeline,
      source: found.source,
      current: session.current,
      mode: session.mode,
      classroom,
    },
  };
}

export function freshInit(scenario: Scenario, source: string | null = null, today = new Date().toISOString().slice(0, 10)): SessionInit {
  return { id: newSessionId(), name: `${scenario.meta.title} (${today})`, scenario, source, timeline: startTimeline(scenario) };
}

export type BootResult =
  | { readonly ok: true; readonly init: SessionInit; readonly recovery: RecoveryNotice | null; readonly opened: 'link' | 'saved' | 'fresh' }
  | { readonly ok: false; readonly message: string };

/**
 * Where the app starts: a share link in the URL, else the last session, else a fresh
 * session on the default scenario. A damaged link or save falls through to the next,
 * with a notice that keeps the damaged data downloadable.
 */
export async function bootSession(hash: string): Promise<BootResult> {
  let recovery: RecoveryNotice | null = null;
  if (isShareLink(hash)) {
    const decoded = decodeShareLink(hash);
    if (decoded.ok) {
      const restored = await restoreSession(decoded.session);
      if (restored.ok) return { ok: true, init: restored.init, recovery: null, opened: 'link' };
      recovery = { message: `The shared session could not be opened. ${restored.message} A fresh session was started instead.`, raw: JSON.stringify(decoded.session, null, 2) };
    } else {
      recovery = { message: `The shared link could not be opened. ${decoded.error.message} A fresh session was started instead.`, raw: hash };
    }
  } else {
    const last = sessionStore.lastSession();
    if (last?.ok) {
      const restored = await restoreSession(last.session);
      if (restored.ok) return { ok: true, init: restored.init, recovery: null, opened: 'saved' };
      recovery = { message: `Your last session could not be reopened. ${restored.message} It is still in your saved sessions; a fresh session was started instead.`, raw: JSON.stringify(last.session, null, 2) };
    } else if (last && !last.ok) {
      recovery = { message: `Your last session could not be reopened. ${last.error.message} It is kept in your saved sessions; a fresh session was started instead.`, raw: null };
    }
  }
  const fallback = (await loadShipped(DEFAULT_SCENARIO_ID)) ?? (shippedScenarios[0] ? await loadShipped(shippedScenarios[0].id) : null);
  if (!fallback) return { ok: false, message: 'No scenario is shipped with this build of the app.' };
  if (!fallback.result.ok) {
    const first = fallback.result.problems[0];
    return { ok: false, message: `The shipped scenario ${fallback.entry.file} does not validate${first ? `: ${first.message}` : ''}.` };
  }
  return { ok: true, init: freshInit(fallback.result.scenario), recovery, opened: 'fresh' };
}
