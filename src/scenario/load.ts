/**
 * Loads a scenario: decode the bytes, parse the YAML (keeping where everything is), validate
 * the shape and check cross-references together, then play the replay track, and return a
 * frozen Scenario or every problem found, each located in the file.
 */
import { canonicalJson, scenarioHash } from './canonical.ts';
import { crossCheck } from './cross-check.ts';
import { decodeText } from './decode.ts';
import { formatPath, type Problem } from './problem.ts';
import { checkReplay } from './replay-check.ts';
import { ScenarioSchema } from './schema.ts';
import type { Scenario } from './types.ts';
import { parseYamlTree, type TreeProblem } from './yaml-tree.ts';
import { issuesToProblems, NO_CUSTOM_MESSAGE } from './zod-problems.ts';

export type { Problem } from './problem.ts';
export { scenarioHash } from './canonical.ts';

export type LoadResult =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly problems: readonly Problem[] };

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
  const parsed = ScenarioSchema.safeParse(tree.value, { error: () => NO_CUSTOM_MESSAGE });
  const shapeProblems = parsed.success ? [] : issuesToProblems(ScenarioSchema, parsed.error.issues, tree.value, tree.locate);
  const problems = [...shapeProblems, ...notAlreadyReported(crossCheck(tree.value, tree.locate), shapeProblems)];
  if (!parsed.success || problems.length > 0) return fail(file, problems);
  const replayProblems = checkReplay(parsed.data, tree.locate);
  if (replayProblems.length > 0) return fail(file, replayProblems);

  // A fresh copy through canonical JSON: no shared references (aliases), plain prototypes.
  const data = JSON.parse(canonicalJson(parsed.data)) as typeof parsed.data;
  return { ok: true, scenario: deepFreeze({ ...data, hash: scenarioHash(parsed.data) }) as Scenario };
}

/** A place the shape check has already reported says one thing, not two. */
function notAlreadyReported(found: readonly TreeProblem[], reported: readonly TreeProblem[]): TreeProblem[] {
  const paths = new Set(reported.map((p) => JSON.stringify(p.path)));
  return found.filter((p) => !paths.has(JSON.stringify(p.path)));
}

function fail(file: string, found: readonly TreeProblem[]): LoadResult {
  const sorted = [...found].sort((a, b) => a.line - b.line || a.column - b.column);
  const problems: Problem[] = sorted.slice(0, MAX_PROBLEMS).map((p) => ({
    file,
    line: Math.max(1, p.line),
    column: Math.max(1, p.column),
    path: formatPath(p.path),
    message: p.message,
    ...(p.hint ? { hint: p.hint } : {}),
  }));
  if (sorted.length > MAX_PROBLEMS) {
    const last = sorted[MAX_PROBLEMS] ?? { line: 1, column: 1 };
    problems.push({
      file,
      line: Math.max(1, last.line),
      column: Math.max(1, last.column),
      path: '',
      message: `${sorted.length - MAX_PROBLEMS} more problems not listed`,
      hint: 'fix the ones above first',
    });
  }
  return { ok: false, problems };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
