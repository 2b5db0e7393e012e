/**
 * A room's append-only event log on disk: one JSON line per event, each written and fsync'ed
 * before the room answers. Reading stops at the first line that does not parse or check (a write
 * cut off by a crash, or a file edited by hand) and says which file and line.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { open, rename, type FileHandle } from 'node:fs/promises';
import { RoomEventSchema, type RoomEvent } from './room-events.ts';

export interface LogProblem {
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  readonly message: string;
}

export interface LogContents {
  readonly events: readonly RoomEvent[];
  /** The first bad line; the events before it are good. */
  readonly problem: LogProblem | null;
}

export function readEventLog(file: string): LogContents {
  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n');
  // A complete file ends with a newline, so the last piece is empty; anything else there was cut off.
  if (lines[lines.length - 1] === '') lines.pop();
  const events: RoomEvent[] = [];
  for (let i = 0; i < lines.length; i++) {
    const problem = lineProblem(lines[i] as string, i === lines.length - 1 && !text.endsWith('\n'));
    if (typeof problem === 'string') return { events, problem: { file, line: i + 1, message: problem } };
    events.push(problem);
  }
  return { events, problem: null };
}

function lineProblem(line: string, cutOff: boolean): RoomEvent | string {
  if (cutOff) return 'the line is cut off (no newline at its end): the write was interrupted';
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch {
    return 'the line is not JSON';
  }
  const parsed = RoomEventSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return `the event is not in the expected form (${issue ? `${issue.path.join('.') || 'event'}: ${issue.message}` : 'unknown'})`;
  }
  return parsed.data;
}

/** Keeps the damaged file beside it (".corrupt-<time>") and rewrites the log with its good events only. */
export async function keepGoodEvents(file: string, events: readonly RoomEvent[], now: number): Promise<string> {
  const aside = `${file}.corrupt-${now}`;
  copyFileSync(file, aside);
  const temporary = `${file}.tmp`;
  const handle = await open(temporary, 'w');
  try {
    await handle.write(events.map((e) => JSON.stringify(e) + '\n').join(''));
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporary, file);
  return aside;
}

export class EventLog {
  private constructor(
    readonly file: string,
    private readonly handle: FileHandle,
  ) {}

  static async open(file: string): Promise<EventLog> {
    return new EventLog(file, await open(file, 'a'));
  }

  /** Resolves once the event is on disk. */
  async append(event: RoomEvent): Promise<void> {
    await this.handle.write(JSON.stringify(event) + '\n');
    await this.handle.sync();
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}
