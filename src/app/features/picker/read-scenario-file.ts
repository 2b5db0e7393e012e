import type { Problem, Scenario } from '../../../scenario/index.ts';
import { checkScenarioOffThread } from '../../stores/scenario-check/scenario-check.ts';
import { english, loadLazyMessages, type Words } from '../../lib/words/index.ts';

/** Larger files are refused before parsing: no scenario needs more, and a huge file would freeze the tab. */
export const MAX_SCENARIO_BYTES = 2 * 1024 * 1024;

export type ReadResult =
  | { readonly ok: true; readonly scenario: Scenario; readonly source: string; readonly file: string; readonly warnings: readonly Problem[] }
  | { readonly ok: false; readonly file: string; readonly problems: readonly Problem[] };

function fileProblem(file: string, message: string): ReadResult {
  return { ok: false, file, problems: [{ file, line: 0, column: 0, path: '', message }] };
}

/**
 * Reads a user's file and validates it; never throws, every failure comes back as located problems.
 * The loader's own problems are in its English; the file-level ones are in `words`.
 */
export async function readScenarioFile(file: File, words: Words = english): Promise<ReadResult> {
  // The picker's words are in the catalogue's lazy part; a file dropped on the page may come first.
  await loadLazyMessages();
  const name = file.name || 'scenario.yaml';
  if (file.size > MAX_SCENARIO_BYTES) {
    return fileProblem(name, words.t('picker.tooLarge', { size: words.format.number(file.size / 1024 / 1024, 1), max: words.format.number(MAX_SCENARIO_BYTES / 1024 / 1024) }));
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return fileProblem(name, words.t('picker.unreadable'));
  }
  return checkScenarioText(text, name, words);
}

export async function checkScenarioText(text: string, file: string, words: Words = english): Promise<ReadResult> {
  try {
    const result = await checkScenarioOffThread(text, file);
    if (result.ok) return { ok: true, scenario: result.scenario, source: text, file, warnings: result.warnings };
    return { ok: false, file, problems: result.problems };
  } catch (error) {
    // The loader promises not to throw; if it ever does, the user still gets words, not a crash.
    return fileProblem(file, words.t('picker.notScenario', { error: error instanceof Error ? error.message : String(error) }));
  }
}

/** "file:12:5" — the place a problem points to, as editors and the CLI write it. */
export function problemPlace(problem: Problem): string {
  if (problem.line <= 0) return problem.file;
  return `${problem.file}:${problem.line}:${problem.column}`;
}
