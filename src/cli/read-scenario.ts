/** Reading a scenario file for a command: every command reports unreadable and invalid files alike. */
import { MAX_BYTES, sizeProblem } from '../scenario/decode.ts';
import { loadScenario } from '../scenario/load.ts';
import { formatProblem, type Problem } from '../scenario/problem.ts';
import type { Scenario } from '../scenario/types.ts';
import type { Io } from './io.ts';

/** The file's bytes, or the problem that stops it being read (never more than the size cap is read). */
export function readScenarioBytes(file: string, io: Io): { readonly bytes: Uint8Array } | { readonly problem: Problem } {
  try {
    return { bytes: io.readFile(file, MAX_BYTES) };
  } catch (error) {
    const { code, size } = error as { code?: unknown; size?: unknown };
    if (code === 'EFBIG' && typeof size === 'number') return { problem: { file, line: 1, column: 1, path: '', ...sizeProblem(size) } };
    return { problem: { file, line: 1, column: 1, path: '', message: `cannot read the file (${readError(error)})`, hint: 'check the path and that it is a readable file' } };
  }
}

/** Why a file cannot be read, in words (no such file, a directory, a device, permission). */
export function readError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'ENOTREG') return 'it is not a regular file but a device, pipe or socket';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

/** Reads and validates a scenario file; prints the problems and returns null when it cannot. */
export function readScenarioFile(file: string, io: Io, command: string): Scenario | null {
  const read = readScenarioBytes(file, io);
  if ('problem' in read) {
    io.stderr(formatProblem(read.problem));
    io.stderr(`whn ${command}: cannot read ${file}`);
    return null;
  }
  // Bytes, not text: the loader itself reports a file that is not UTF-8, with where.
  const result = loadScenario(read.bytes, file);
  if (!result.ok) {
    for (const problem of result.problems) io.stderr(formatProblem(problem));
    io.stderr(`whn ${command}: ${file} is not a valid scenario (run "whn validate ${file}")`);
    return null;
  }
  return result.scenario;
}

/**
 * The one scenario file a command takes, read and validated: the file and scenario, or the exit
 * code to return (2 when not exactly one file is named, 1 when it cannot be read or is invalid).
 */
export function oneScenario(files: readonly string[], io: Io, command: string, usage: string): { file: string; scenario: Scenario } | number {
  if (files.length !== 1) {
    io.stderr(`whn ${command}: name one scenario file\n\n${usage}`);
    return 2;
  }
  const file = files[0] as string;
  const scenario = readScenarioFile(file, io, command);
  return scenario ? { file, scenario } : 1;
}
