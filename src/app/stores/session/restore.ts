/**
 * Opening saved data as the live session: find the scenario it was made for (shipped scenarios load
 * on demand), then the engine's one `restoreSession`. Every failure is a message, never a throw.
 */
import { startTimeline } from '../../../engine/index.ts';
import { newSessionId, restoreSession, type RestoreNote, type Seat, type SessionFile, type SessionInit } from '../../../engine/session/index.ts';
import type { Scenario } from '../../../scenario/index.ts';
import { isShareLink, loadShareLinks, sessionStore } from '../persistence/index.ts';
import { DEFAULT_SCENARIO_ID, loadScenarioReader, loadShipped, shippedScenarios } from '../../lib/scenarios.ts';
import { currentWords, type Words } from '../../lib/words/index.ts';

/**
 * What this device saves, exports and shares as: a hot-seat screen is shared by every team, so
 * what leaves it is what the whole class may see — never a team's pending commit.
 */
export const DEVICE_SEAT: Seat = { kind: 'observer' };

/** Something that could not be opened, with the data kept so the user can download it. */
export interface RecoveryNotice {
  readonly message: string;
  /** The saved data as it was (JSON text), offered for download. */
  readonly raw: string | null;
}

export type OpenResult = { readonly ok: true; readonly init: SessionInit; readonly note: string | null } | { readonly ok: false; readonly message: string };

// The store has no language of its own: its messages are the catalogue's English (the app's default).
// Worded when it happens, in the language chosen then.
const t: Words['t'] = (key, values) => currentWords().t(key, values);
const NOTES: Readonly<Record<RestoreNote, string>> = {
  'commits-cleared': t('boot.commitsCleared'),
};

async function candidates(session: SessionFile): Promise<Scenario[]> {
  if (session.scenario.source !== undefined) return [];
  const found: Scenario[] = [];
  for (const entry of shippedScenarios) {
    const loaded = await loadShipped(entry.id);
    if (loaded?.result.ok && loaded.result.scenario.meta.id === session.scenario.id) found.push(loaded.result.scenario);
  }
  return found;
}

/** Opens a saved session (from storage, a file or a link). */
export async function openSession(session: SessionFile): Promise<OpenResult> {
  const readSource = session.scenario.source !== undefined ? (await loadScenarioReader()).loadScenario : undefined;
  const restored = restoreSession(session, await candidates(session), readSource ? { readSource } : {});
  if (!restored.ok) {
    const message =
      restored.error.kind === 'unknown-scenario' && session.scenario.source === undefined
        ? t('boot.notShipped', { id: session.scenario.id })
        : restored.error.message;
    return { ok: false, message };
  }
  const note = restored.notes.map((n) => NOTES[n]).join(' ');
  return { ok: true, init: restored.init, note: note || null };
}

export function freshInit(scenario: Scenario, source: string | null = null, today = new Date().toISOString().slice(0, 10)): SessionInit {
  return { id: newSessionId(), name: `${scenario.meta.title} (${today})`, scenario, source, timeline: startTimeline(scenario) };
}

export type BootResult =
  | { readonly ok: true; readonly init: SessionInit; readonly recovery: RecoveryNotice | null; readonly opened: 'link' | 'saved' | 'fresh'; readonly note: string | null }
  | { readonly ok: false; readonly message: string };

/**
 * Where the app starts: a share link in the URL, else the last session, else a fresh
 * session on the default scenario. A damaged link or save falls through to the next,
 * with a notice that keeps the damaged data downloadable.
 */
export async function bootSession(hash: string): Promise<BootResult> {
  let recovery: RecoveryNotice | null = null;
  if (isShareLink(hash)) {
    const { decodeShareLink } = await loadShareLinks();
    const decoded = decodeShareLink(hash);
    if (decoded.ok) {
      const restored = await openSession(decoded.session);
      if (restored.ok) return { ok: true, init: restored.init, recovery: null, opened: 'link', note: restored.note };
      recovery = { message: t('boot.linkSessionFailed', { message: restored.message, then: 'fresh' }), raw: JSON.stringify(decoded.session, null, 2) };
    } else {
      recovery = { message: t('boot.linkFailed', { message: decoded.error.message, then: 'fresh' }), raw: hash };
    }
  } else {
    const last = sessionStore.lastSession();
    if (last?.ok) {
      const restored = await openSession(last.session);
      if (restored.ok) return { ok: true, init: restored.init, recovery: null, opened: 'saved', note: restored.note };
      recovery = { message: t('boot.lastFailed', { message: restored.message }), raw: JSON.stringify(last.session, null, 2) };
    } else if (last && !last.ok) {
      recovery = { message: t('boot.lastDamaged', { message: last.error.message }), raw: null };
    }
  }
  const fallback = (await loadShipped(DEFAULT_SCENARIO_ID)) ?? (shippedScenarios[0] ? await loadShipped(shippedScenarios[0].id) : null);
  if (!fallback) return { ok: false, message: t('boot.noScenario') };
  if (!fallback.result.ok) {
    const first = fallback.result.problems[0];
    return { ok: false, message: t('boot.shippedInvalid', { file: fallback.entry.file, first: first ? first.message : 'none' }) };
  }
  return { ok: true, init: freshInit(fallback.result.scenario), recovery, opened: 'fresh', note: null };
}
