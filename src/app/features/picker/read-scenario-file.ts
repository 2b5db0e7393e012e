import { loadScenario, type Problem, type Scenario } from '../../../scenario/index.ts';

/** Larger files are refused before parsing: no scenario needs more, and a huge file would freeze the tab. */
export const MAX_SCENARIO_BYTES = 2 * 1024 * 1024;

export type ReadResult =
  | { readonly ok: true; readonly scenario: Scenario; readonly source: string; readonly file: string }
  | { readonly ok: false; readonly file: string; readonly problems: readonly Problem[] };

function fileProblem(file: string, message: string): ReadResult {
  return { ok: false, file, problems: [{ file, line: 0, column: 0, path: '', message }] };
}

/** Reads a user's file and validates it; never throws, every failure comes back as located problems. */
export async function readScenarioFile(file: File): Promise<ReadResult> {
  const name = file.name || 'scenario.yaml';
  if (file.size > MAX_SCENARIO_BYTES) {
    return fileProblem(name, `The file is ${(file.size / 1024 / 1024).toFixed(1)} MB; scenario files are at most 2 MB.`);
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return fileProblem(name, 'The browser could not read this file.');
  }
  return checkScenarioText(text, name);
}

export function checkScenarioText(text: string, file: string): ReadResult {
  try {
    const result = loadScenario(text, file);
    if (result.ok) return { ok: true, scenario: result.scenario, source: text, file };
    return { ok: false, file, problems: result.problems };
  } catch (error) {
    // The loader promises not to throw; if it ever does, the user still gets words, not a crash.
    return fileProblem(file, `This file could not be read as a scenario: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** "file:12:5" — the place a problem points to, as editors and the CLI write it. */
export function problemPlace(problem: Problem): string {
  if (problem.line <= 0) return problem.file;
  return `${problem.file}:${problem.line}:${problem.column}`;
}
