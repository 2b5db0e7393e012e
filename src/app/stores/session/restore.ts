/**
 * Opening saved data as the live session: find the scenario it was made for (shipped scenarios load
 * on demand), then the engine's one `restoreSession`. Every failure is a message, never a throw.
 */
import { startTimeline } from '../../../engine/index.ts';
import { newSessionId, restoreSession, type RestoreNote, type Seat, type SessionFile, type SessionInit } from '../../../engine/session/index.ts';
import type { Scenario } from '../../../scenario/index.ts';
import { loadScenarioReader, loadShipped, shippedScenarios } from '../../lib/scenarios.ts';
import { scenarioInLanguage } from '../../lib/scenario-translations.ts';
import { currentT, currentWords } from '../../lib/words/index.ts';

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
const t = currentT;
/** `title`: the scenario's title in the language the note is said in. */
function noteText(note: RestoreNote, title: string): string {
  if (note === 'older-version') return t('olderVersion.opened', { title });
  return t('boot.commitsCleared');
}

async function candidates(session: SessionFile): Promise<Scenario[]> {
  if (session.scenario.source !== undefined) return [];
  const found: Scenario[] = [];
  for (const entry of shippedScenarios) {
    const loaded = await loadShipped(entry.id);
    if (loaded?.result.ok && loaded.result.scenario.meta.id === session.scenario.id) found.push(loaded.result.scenario);
  }
  return found;
}

/** The content hashes that are one version of the shipped scenario `id`: its own and the earlier ones it lists. */
export async function shippedVersions(session: SessionFile): Promise<string[]> {
  return (await candidates(session)).flatMap((s) => [s.hash, ...(s.meta.earlierVersions ?? [])]);
}

/** Opens a saved session (from storage, a file or a link). Never throws: whatever goes wrong is a message. */
export async function openSession(session: SessionFile): Promise<OpenResult> {
  try {
    return await restore(session);
  } catch (e) {
    // A restore that fails in a way nobody foresaw still leaves the app and the saved data as they were.
    return { ok: false, message: t('store.openCrashed', { reason: e instanceof Error ? e.message : String(e) }) };
  }
}

async function restore(session: SessionFile): Promise<OpenResult> {
  const readSource = session.scenario.source !== undefined ? (await loadScenarioReader()).loadScenario : undefined;
  const restored = restoreSession(session, await candidates(session), readSource ? { readSource } : {});
  if (!restored.ok) {
    const { kind, message, detail } = restored.error;
    if (kind === 'unknown-scenario' && session.scenario.source === undefined) return { ok: false, message: t('boot.notShipped', { id: session.scenario.id }) };
    if (kind === 'scenario-changed') {
      // With a detail, its moves were tried and one did not fit; without, the version here does not list it as having the same moves.
      const key = detail === undefined ? 'olderVersion.unlisted' : 'olderVersion.refused';
      return { ok: false, message: t(key, { id: session.scenario.id, detail: detail ?? '' }) };
    }
    return { ok: false, message };
  }
  const title = restored.notes.includes('older-version') ? (await scenarioInLanguage(restored.init.scenario, currentWords().locale)).meta.title : '';
  const note = restored.notes.map((n) => noteText(n, title)).join(' ');
  return { ok: true, init: restored.init, note: note || null };
}

/** A new session's name: the scenario's title (in the language it is shown in) and today's date. */
export function freshName(scenario: Scenario, today = new Date().toISOString().slice(0, 10)): string {
  return `${scenario.meta.title} (${today})`;
}

export function freshInit(scenario: Scenario, source: string | null = null, today = new Date().toISOString().slice(0, 10)): SessionInit {
  return { id: newSessionId(), name: freshName(scenario, today), scenario, source, timeline: startTimeline(scenario) };
}
