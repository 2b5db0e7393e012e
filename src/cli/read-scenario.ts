/** Reading a scenario file for a command: every command reports unreadable and invalid files alike. */
import { formatProblem, loadScenario, type Scenario } from '../scenario/index.ts';
import type { Io } from './io.ts';

/** Reads and validates a scenario file; prints the problems and returns null when it cannot. */
export function readScenarioFile(file: string, io: Io, command: string): Scenario | null {
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(file);
  } catch (error) {
    io.stderr(`whn ${command}: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    return null;
  }
  // Bytes, not text: the loader itself reports a file that is not UTF-8, with where.
  const result = loadScenario(bytes, file);
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
