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
