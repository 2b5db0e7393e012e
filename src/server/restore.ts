/**
 * Rebuilding rooms from their logs when the server starts: every event goes through the same
 * checks and rules as when it was first accepted. A bad line is reported with its file and line,
 * the damaged file is kept aside, and the room resumes from the last good event.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { keepGoodEvents, readEventLog } from './event-log.ts';
import { Exercise } from './exercise.ts';
import type { RoomEvent } from './room-events.ts';
import { chosenScenario, shippedScenario } from './scenarios.ts';

export interface Rebuilt {
  readonly exercise: Exercise;
  readonly file: string;
}

export async function rebuildRooms(dataDir: string, report: (line: string) => void, now: number): Promise<Rebuilt[]> {
  const rooms: Rebuilt[] = [];
  for (const name of readdirSync(dataDir).filter((n) => n.endsWith('.jsonl')).sort()) {
    const file = join(dataDir, name);
    const rebuilt = await rebuildRoom(file, report, now);
    if (rebuilt) rooms.push({ exercise: rebuilt, file });
  }
  return rooms;
}

async function rebuildRoom(file: string, report: (line: string) => void, now: number): Promise<Exercise | null> {
  let contents;
  try {
    contents = readEventLog(file);
  } catch (error) {
    report(`${file}: cannot be read (${String(error)}); the room is not resumed`);
    return null;
  }
  const [first, ...rest] = contents.events;
  let problem = contents.problem;
  if (!first || first.kind !== 'created') {
    report(`${file}:1: ${problem?.line === 1 ? problem.message : 'the log does not start with the room\'s creation'}; the room is not resumed`);
    return null;
  }
  const loaded = first.scenario.source === null ? shippedScenario(first.scenario.id) : chosenScenario({ kind: 'yaml', text: first.scenario.source });
  // A room made with an earlier version of a shipped scenario that the version here lists as having the
  // same moves (meta.earlierVersions) resumes on it: its events name moves by id and are checked again below.
  const earlier = loaded.ok && first.scenario.source === null && loaded.scenario.meta.earlierVersions?.includes(first.scenario.hash) === true;
  if (!loaded.ok || (loaded.scenario.hash !== first.scenario.hash && !earlier)) {
    report(`${file}:1: the room's scenario "${first.scenario.id}" ${loaded.ok ? 'has changed since the room was made' : 'no longer loads'}; the room is not resumed`);
    return null;
  }
  if (earlier) report(`${file}:1: the room was made with an earlier version of "${first.scenario.id}" (${first.scenario.hash}), which this one (${loaded.scenario.hash}) lists as having the same moves; it resumes on this one`);
  const started = Exercise.start(first, loaded.scenario);
  if (!started.ok) {
    report(`${file}:1: the room's settings no longer fit its scenario; the room is not resumed`);
    return null;
  }
  const { exercise } = started;
  const good: RoomEvent[] = [first];
  for (const [i, event] of rest.entries()) {
    if (event.kind === 'created') {
      problem = { file, line: i + 2, message: 'a second creation event' };
      break;
    }
    const checked = exercise.check(event);
    if (!checked.ok) {
      problem = { file, line: i + 2, message: `the event is refused by the rules (${checked.refusal.code})` };
      break;
    }
    checked.apply();
    good.push(event);
  }
  if (problem) {
    const aside = await keepGoodEvents(file, good, now);
    report(`${problem.file}:${problem.line}: ${problem.message}; room ${exercise.code} resumes from the last good event (line ${good.length}); the damaged log is kept as ${aside}`);
  }
  return exercise;
}
