/**
 * Loads a scenario: decode the bytes, parse the YAML (keeping where everything is), validate
 * the shape and check cross-references together, then play the replay track, and return a
 * frozen Scenario or every problem found, each located in the file. Warnings (what a user
 * cannot tell apart on screen) come back either way and never make a file invalid.
 */
import { canonicalJson, scenarioHash } from './canonical.ts';
import { crossCheck } from './cross-check.ts';
import { decodeText } from './decode.ts';
import { lookAlikeWarnings } from './look-alikes.ts';
import { migrate } from './migrate.ts';
import { normalizeMoves } from './move-parties.ts';
import { formatPath, type Problem } from './problem.ts';
import { checkReplay } from './replay-check.ts';
import { ScenarioSchema } from './schema.ts';
import type { Scenario } from './types.ts';
import { parseYamlTree, type TreeProblem } from './yaml-tree.ts';
import { issuesToProblems, NO_CUSTOM_MESSAGE } from './zod-problems.ts';

export type { Problem } from './problem.ts';
export { scenarioHash } from './canonical.ts';

export type LoadResult =
  | { readonly ok: true; readonly scenario: Scenario; readonly warnings: readonly Problem[] }
  | { readonly ok: false; readonly problems: readonly Problem[]; readonly warnings: readonly Problem[] };

/** Past this many, a file is more wrong than a list can help with. */
export const MAX_PROBLEMS = 200;

export function loadScenario(input: Uint8Array | string, file = 'scenario.yaml'): LoadResult {
  try {
    return load(input, file);
  } catch (error) {
    // Every expected failure is a Problem above; this is a bug in the loader, still not a crash.
    return fail(file, [
      {
        line: 1,
        column: 1,
        path: [],
        message: `internal error while checking the file (${error instanceof Error ? error.message : String(error)})`,
        hint: 'please report this with the file attached',
      },
    ]);
  }
}

function load(input: Uint8Array | string, file: string): LoadResult {
  const decoded = decodeText(input);
  if (!decoded.ok) return fail(file, [{ line: decoded.line, column: decoded.column, path: [], message: decoded.message, hint: decoded.hint }]);

  const tree = parseYamlTree(decoded.text);
  if (!tree.ok) return fail(file, tree.problems);

  // Shape and cross-references are checked side by side, so one run reports both kinds;
  // the replay walk needs correct effects, so it waits until both pass.
  // An older format is brought to the current one first (same paths, so locations hold).
  const migrated = migrate(tree.value);
  const parsed = ScenarioSchema.safeParse(migrated.value, { error: () => NO_CUSTOM_MESSAGE });
  const shapeProblems = parsed.success ? [] : issuesToProblems(ScenarioSchema, parsed.error.issues, migrated.value, tree.locate);
  const problems = [...shapeProblems, ...notAlreadyReported(crossCheck(migrated.value, tree.locate), shapeProblems)];
  const warnings = located(file, lookAlikeWarnings(migrated.value, tree.locate));
  if (!parsed.success || problems.length > 0) return fail(file, problems, warnings);
  const replayProblems = checkReplay(parsed.data, tree.locate);
  if (replayProblems.length > 0) return fail(file, replayProblems, warnings);

  // A fresh copy through canonical JSON: no shared references (aliases), plain prototypes.
  // Moves then name their actors and targets as lists (move-parties.ts), after the hash is taken.
  const data = normalizeMoves(JSON.parse(canonicalJson(parsed.data)) as typeof parsed.data);
  // A migrated file keeps the hash it had in its own format, so its sessions and share links still open.
  const hash = scenarioHash({ ...parsed.data, format: migrated.hashedAs });
  return { ok: true, scenario: deepFreeze({ ...data, hash }) as Scenario, warnings };
}

/** A place the shape check has already reported says one thing, not two. */
function notAlreadyReported(found: readonly TreeProblem[], reported: readonly TreeProblem[]): TreeProblem[] {
  const paths = new Set(reported.map((p) => JSON.stringify(p.path)));
  return found.filter((p) => !paths.has(JSON.stringify(p.path)));
}

function fail(file: string, found: readonly TreeProblem[], warnings: readonly Problem[] = []): LoadResult {
  const sorted = located(file, found);
  const problems = sorted.slice(0, MAX_PROBLEMS);
  if (sorted.length > MAX_PROBLEMS) {
    const last = sorted[MAX_PROBLEMS] ?? { line: 1, column: 1 };
    problems.push({
      file,
      line: last.line,
      column: last.column,
      path: '',
      message: `${sorted.length - MAX_PROBLEMS} more problems not listed`,
      hint: 'fix the ones above first',
    });
  }
  return { ok: false, problems, warnings };
}

/** Problems as callers see them: in line order, each with its file and a place of at least 1:1. */
export function located(file: string, found: readonly TreeProblem[]): Problem[] {
  return [...found]
    .sort((a, b) => a.line - b.line || a.column - b.column)
    .map((p) => ({
      file,
      line: Math.max(1, p.line),
      column: Math.max(1, p.column),
      path: formatPath(p.path),
      message: p.message,
      ...(p.hint ? { hint: p.hint } : {}),
      ...(p.severity ? { severity: p.severity } : {}),
    }));
}

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
