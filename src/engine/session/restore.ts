/**
 * The one way back from a saved session to a live one: find its scenario (the YAML saved inside it,
 * or one of `available`), rebuild the timeline and the classroom.
 * Never throws: every failure is a message that says what and where.
 *
 * A session made for another version of a scenario available here (the same id, another content
 * hash: the shipped file was edited since) whose hash that version lists in `meta.earlierVersions`
 * (its author says the actors, postures, levels and moves are the same, in the same order: a saved
 * timeline names them by their place in those lists) is not refused outright: its moves are replayed
 * against the version available, entry by entry, with every check a timeline gets. If every move still fits,
 * it opens on this version with the note 'older-version' (and is saved under this version's hash
 * from then on); if one does not, it is refused, naming the first entry that does not fit. A
 * session that carries its scenario's YAML whose hash is not its own is refused as before.
 */
import type { LoadResult } from '../../scenario/load.ts';
import type { Scenario } from '../../scenario/types.ts';
import { classroomFromJSON } from '../classroom/classroom-json.ts';
import { phaseAt } from '../classroom/session.ts';
import { STOPPED } from '../classroom/timer.ts';
import type { ClassroomState } from '../classroom/types.ts';
import { timelineFromJSON } from '../timeline-load.ts';
import type { Timeline } from '../types.ts';
import { checkScenario, type SessionFile } from './session-file.ts';
import { sessionError, type Result } from './session-error.ts';
import type { SessionInit } from './types.ts';
import { hasHiddenCommits } from './view.ts';

/**
 * Said to the user after a restore that had to change something: 'commits-cleared', a hot-seat
 * round starts again; 'older-version', the session was made for another version of its scenario
 * and every move still fits this one.
 */
export type RestoreNote = 'commits-cleared' | 'older-version';

export type Restored = Result<{ readonly init: SessionInit; readonly notes: readonly RestoreNote[] }>;

/** Reads a scenario's YAML (the project's loadScenario): passed in, so a browser loads the YAML parser only when it is needed. */
export type ReadScenario = (text: string, file: string) => LoadResult;

function scenarioOf(session: SessionFile, available: readonly Scenario[], readSource: ReadScenario | undefined): Result<{ scenario: Scenario }> {
  const { source, id, hash } = session.scenario;
  // The same id and content hash is the same scenario, whether or not its text came along.
  const exact = available.find((s) => s.meta.id === id && s.hash === hash);
  if (exact) return { ok: true, scenario: exact };
  if (source !== undefined) {
    if (!readSource) return sessionError('unknown-scenario', `This session carries its own scenario "${id}", which cannot be read here.`);
    const loaded = readSource(source, `${id}.yaml`);
    if (loaded.ok) return { ok: true, scenario: loaded.scenario };
    const first = loaded.problems[0];
    const count = `${loaded.problems.length} problem${loaded.problems.length === 1 ? '' : 's'}`;
    return sessionError('corrupt', `The scenario saved inside this session no longer loads (${count}${first ? `; first: ${first.path || 'line ' + first.line}: ${first.message}` : ''}).`);
  }
  const scenario = available.find((s) => s.meta.id === id);
  if (scenario) return { ok: true, scenario };
  return sessionError('unknown-scenario', `This session is for the scenario "${id}", which is not available here. Load that scenario's file first.`);
}

/**
 * A hot-seat round saved mid-way keeps no team's secret (everything that leaves a device is an
 * observer's view), so its commits cannot be revealed: the round starts again, every team choosing.
 */
function withoutHiddenCommits(timeline: Timeline, classroom: ClassroomState): ClassroomState {
  const cleared: ClassroomState = { ...classroom, pending: {}, phase: { kind: 'ready' }, timer: STOPPED };
  return { ...cleared, phase: phaseAt(timeline, cleared) };
}

export interface RestoreOptions {
  /**
   * A live seat's view from the exercise server: the other teams' commits stay hidden markers
   * (the server holds them and reveals them), instead of the round starting again.
   */
  readonly live?: boolean;
  /** Needed for a session that carries its scenario's YAML (a user-loaded scenario). */
  readonly readSource?: ReadScenario;
}

export function restoreSession(session: SessionFile, available: readonly Scenario[], options: RestoreOptions = {}): Restored {
  const found = scenarioOf(session, available, options.readSource);
  if (!found.ok) return found;
  const { scenario } = found;
  const matches = checkScenario(session, scenario);
  // A session that carries its scenario's text is that version itself: a hash that differs from it means the text was edited.
  if (!matches.ok && (matches.error.kind !== 'scenario-changed' || session.scenario.source !== undefined)) return matches;
  // A version the author did not list may have moves in another order: its codes would name other moves.
  if (!matches.ok && !scenario.meta.earlierVersions?.includes(session.scenario.hash)) return matches;
  const older = !matches.ok;
  // Another version of the same scenario: its moves are tried against this one, under this one's hash.
  const json = older ? { ...session.timeline, scenario: { id: scenario.meta.id, hash: scenario.hash } } : session.timeline;
  const rebuilt = timelineFromJSON(scenario, json);
  if (!rebuilt.ok) {
    if (older) {
      const message = `This session was made for another version of the scenario "${session.scenario.id}" (saved ${session.scenario.hash}, available ${scenario.hash}), and its moves no longer fit: ${rebuilt.error}`;
      return { ok: false, error: { kind: 'scenario-changed', message, detail: rebuilt.error } };
    }
    return sessionError('corrupt', `The saved timeline does not fit the scenario: ${rebuilt.error}`);
  }
  const { timeline } = rebuilt;
  if (!timeline.has(session.current)) return sessionError('corrupt', `This saved session points at step ${session.current}, which is not in its timeline.`);
  let classroom: ClassroomState | null = null;
  const notes: RestoreNote[] = older ? ['older-version'] : [];
  if (session.classroom !== undefined) {
    const loaded = classroomFromJSON(timeline, session.classroom);
    if (!loaded.ok) return sessionError('corrupt', loaded.error);
    classroom = loaded.state;
    if (!options.live && hasHiddenCommits(classroom)) {
      classroom = withoutHiddenCommits(timeline, classroom);
      notes.push('commits-cleared');
    }
  }
  const source = session.scenario.source ?? null;
  return { ok: true, init: { id: session.id, name: session.name, scenario, timeline, source, current: session.current, mode: session.mode, classroom }, notes };
}
