/**
 * The saved-session format: a versioned record with a validator and a chain of migrations,
 * so files and links saved by older versions keep opening (the tldraw records model).
 *
 * Version history:
 * - v0: a bare TimelineJson (what `timeline.toJSON()` returns), before sessions had a wrapper.
 * - v1: `{ format: 'whn-session', version: 1, id, name, savedAt, scenario, timeline, current, mode }`.
 */
import { z } from 'zod';
import { parseTimelineJson } from '../timeline-format.ts';
import type { NodeId, TimelineJson } from '../types.ts';
import { describeValue, issuesInWords } from './file-problems.ts';
import { sessionError, type Result } from './session-error.ts';
import type { Mode } from './types.ts';

export const SESSION_FORMAT = 'whn-session';
export const SESSION_VERSION = 1;

export interface SessionFile {
  readonly format: typeof SESSION_FORMAT;
  readonly version: typeof SESSION_VERSION;
  /** Stable id of the saved session (letters, digits, - and _), also its storage key. */
  readonly id: string;
  readonly name: string;
  /** ISO date-time of the last save. */
  readonly savedAt: string;
  /** `source` holds the YAML text of a user-loaded scenario, so the session opens without the file. */
  readonly scenario: { readonly id: string; readonly hash: string; readonly source?: string };
  readonly timeline: TimelineJson;
  readonly current: NodeId;
  readonly mode: Mode;
  /** A classroom exercise (teams, settings, session log); checked by classroomFromJSON when the session opens. */
  readonly classroom?: unknown;
}

const SESSION_ID = /^[A-Za-z0-9_-]{1,64}$/;
const MAX_SOURCE_CHARS = 2_000_000;

const SessionFileV1Schema = z.strictObject({
  format: z.literal(SESSION_FORMAT),
  version: z.literal(SESSION_VERSION),
  id: z.string().regex(SESSION_ID, 'must be 1–64 letters, digits, "-" or "_"'),
  name: z.string().max(200),
  savedAt: z.iso.datetime({ offset: true }),
  scenario: z.strictObject({
    id: z.string().min(1).max(64),
    hash: z.string().min(1).max(128),
    source: z.string().max(MAX_SOURCE_CHARS).optional(),
  }),
  // The timeline is the engine's own format, with its own version: parseTimelineJson checks it (once).
  timeline: z.unknown(),
  current: z.number().int().min(0),
  mode: z.enum(['replay', 'free']),
  classroom: z.unknown().optional(),
});

export interface MigrationContext {
  /** ISO date-time used where an old format has no save time. */
  readonly now: string;
}

type Migration = (old: Record<string, unknown>, context: MigrationContext) => Record<string, unknown>;

/** MIGRATIONS[v] turns a version-v record into a version-(v+1) record. */
const MIGRATIONS: Readonly<Record<number, Migration>> = {
  0: (timeline, { now }) => {
    const nodes = Array.isArray(timeline.nodes) ? timeline.nodes : [];
    const ids = Array.isArray(timeline.ids) ? timeline.ids : [];
    const scenario = isRecord(timeline.scenario) ? timeline.scenario : {};
    return {
      format: SESSION_FORMAT,
      version: 1,
      // Derived from the content so importing the same old file twice gives the same session.
      id: `v0-${contentId(JSON.stringify(timeline))}`,
      name: 'Imported timeline',
      savedAt: now,
      scenario: { id: scenario.id, hash: scenario.hash },
      timeline,
      // v0 had no notion of where the user was: open at the newest node.
      current: typeof ids[ids.length - 1] === 'number' ? ids[ids.length - 1] : nodes.length,
      mode: 'free',
    };
  },
};

export interface ParseOptions {
  readonly now?: () => string;
}

/**
 * Validates (and migrates) anything that claims to be a saved session. Never throws:
 * bad input gives `{ ok: false, error }` with a message that names the offending field.
 */
export function parseSessionFile(data: unknown, options: ParseOptions = {}): Result<{ session: SessionFile; migratedFrom: number | null }> {
  if (!isRecord(data)) return sessionError('corrupt', `This is not a saved session: expected an object, found ${describeValue(data)}.`);
  const context: MigrationContext = { now: (options.now ?? (() => new Date().toISOString()))() };
  let version: number;
  if (data.format === SESSION_FORMAT) {
    if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1) {
      return sessionError('corrupt', `This saved session has no valid version number (found ${describeValue(data.version)}).`);
    }
    version = data.version;
  } else if ((data.format === undefined || typeof data.format === 'number') && Array.isArray(data.nodes) && isRecord(data.scenario)) {
    version = 0;
  } else {
    return sessionError('corrupt', 'This is not a What Happens Next session file (no "format": "whn-session").');
  }
  if (version > SESSION_VERSION) {
    return sessionError(
      'newer-version',
      `This session was saved by a newer version of What Happens Next (session format ${version}; this app reads up to ${SESSION_VERSION}). Update the app to open it.`,
    );
  }
  const migratedFrom = version < SESSION_VERSION ? version : null;
  let record = data;
  for (let v = version; v < SESSION_VERSION; v++) {
    const migrate = MIGRATIONS[v];
    if (!migrate) return sessionError('corrupt', `No migration from session format ${v}.`);
    record = migrate(record, context);
  }
  const parsed = SessionFileV1Schema.safeParse(record);
  if (!parsed.success) return sessionError('corrupt', `This saved session is damaged: ${issuesInWords(parsed.error.issues, record)}.`);
  const timelineJson = parseTimelineJson(parsed.data.timeline);
  if (!timelineJson.ok) return sessionError(timelineJson.problem === 'newer-format' ? 'newer-version' : 'corrupt', timelineJson.error);
  const session: SessionFile = { ...parsed.data, timeline: timelineJson.json };
  const { scenario, timeline } = session;
  if (scenario.id !== timeline.scenario.id || scenario.hash !== timeline.scenario.hash) {
    return sessionError(
      'corrupt',
      `This saved session is damaged: it names scenario "${scenario.id}" (${scenario.hash}) but its timeline was made for "${timeline.scenario.id}" (${timeline.scenario.hash}).`,
    );
  }
  return { ok: true, session, migratedFrom };
}

/** Parses JSON text, then the session; text that is not JSON is reported in words. */
export function parseSessionText(text: string, options: ParseOptions = {}): Result<{ session: SessionFile; migratedFrom: number | null }> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const cut = text.trim().length === 0 ? 'it is empty' : 'its text is cut off or was changed outside the app, so it cannot be read';
    return sessionError('corrupt', `This saved session is damaged: ${cut}.`);
  }
  return parseSessionFile(data, options);
}

/** Checks a session against the scenario it is about to be opened with. */
export function checkScenario(session: SessionFile, scenario: { readonly meta: { readonly id: string }; readonly hash: string }): Result<object> {
  if (session.scenario.id !== scenario.meta.id) {
    return sessionError('unknown-scenario', `This session is for the scenario "${session.scenario.id}", not "${scenario.meta.id}".`);
  }
  if (session.scenario.hash !== scenario.hash) {
    return sessionError(
      'scenario-changed',
      `This session was made for another version of the scenario "${session.scenario.id}" (saved ${session.scenario.hash}, available ${scenario.hash}); its moves may no longer fit.`,
    );
  }
  return { ok: true };
}

function contentId(text: string): string {
  // FNV-1a: a short stable id, not a security measure.
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
