/** `whn validate <file…> [--json] [--explain]`: check scenario files, and translation sidecars, and report every problem, located. */
import { basename, dirname, join } from 'node:path';
// The loader's own modules, not the scenario barrel: a check needs no JSON Schema writer, and a
// translation's schema is loaded only when a sidecar is named (start-up is measured by bench:cli).
import { loadScenario } from '../scenario/load.ts';
import { formatProblem, type Problem } from '../scenario/problem.ts';
import type { Scenario } from '../scenario/types.ts';
import { explainJson, explainLines } from './explain-codes.ts';
import type { Io } from './io.ts';
import { readScenarioBytes } from './read-scenario.ts';

const USAGE = `usage: whn validate <file…> [--json] [--explain]

Checks scenario files (YAML) against the scenario format and their cross-references.
A translation sidecar (<id>.<language>.yaml, e.g. scenarios/translations/march-2019.ko.yaml) is
checked against its scenario, found as ../<id>.yaml or <id>.yaml beside it: unknown ids are
problems, texts it lacks are warnings.
Prints each problem as file:line:column: path: what is wrong — how to fix it, and each warning
(what players could not tell apart on screen) as file:line:column: warning: path: …; warnings
do not make a file invalid.

options:
  --json      print a machine-readable report on stdout:
              {"files": [{"file", "valid", "problems": [{"line", "column", "path", "message", "hint", "text"}],
                          "warnings": [the same, with "severity": "warning"]}]}
  --explain   after each valid scenario, print each move's CAMEO code with what it stands for
              (its description, root and class) and its Goldstein weight, and each override
              with its reason, one line a move (with --json: "moves" in the file's report).
              The whole table: docs/cameo.md
  -h, --help  show this help

exit status: 0 every file is valid, 1 a file is invalid or unreadable, 2 usage error`;

interface FileReport {
  readonly file: string;
  readonly valid: boolean;
  readonly problems: readonly Problem[];
  readonly warnings: readonly Problem[];
  readonly summary?: string;
  /** The valid scenario, for --explain (not for a translation sidecar). */
  readonly scenario?: Scenario;
}

export async function runValidate(args: readonly string[], io: Io): Promise<number> {
  let json = false;
  let explain = false;
  const files: string[] = [];
  let flagsDone = false;
  for (const arg of args) {
    if (!flagsDone && arg === '--') flagsDone = true;
    else if (!flagsDone && (arg === '--help' || arg === '-h')) {
      io.stdout(USAGE);
      return 0;
    } else if (!flagsDone && arg === '--json') json = true;
    else if (!flagsDone && arg === '--explain') explain = true;
    else if (!flagsDone && arg.startsWith('-') && arg !== '-') {
      io.stderr(`whn validate: unknown option "${arg}"\n\n${USAGE}`);
      return 2;
    } else files.push(arg);
  }
  if (files.length === 0) {
    io.stderr(`whn validate: name at least one scenario file\n\n${USAGE}`);
    return 2;
  }

  const reports: FileReport[] = [];
  for (const file of files) reports.push(await validateFile(file, io));
  if (json) {
    const withText = (list: readonly Problem[]) => list.map((p) => ({ ...p, text: formatProblem(p) }));
    const out = reports.map(({ file, valid, problems, warnings, scenario }) => ({
      file,
      valid,
      problems: withText(problems),
      warnings: withText(warnings),
      ...(explain && scenario ? { moves: explainJson(scenario) } : {}),
    }));
    io.stdout(JSON.stringify({ files: out }, null, 2));
  } else {
    for (const report of reports) {
      const said = [...report.problems, ...report.warnings].sort((a, b) => a.line - b.line || a.column - b.column);
      for (const problem of said) io.stderr(formatProblem(problem));
      if (report.valid) io.stdout(`${report.file}: valid (${report.summary})`);
      if (explain && report.scenario) io.stdout(explainLines(report.scenario).join('\n'));
    }
    const invalid = reports.filter((r) => !r.valid);
    const warnings = reports.reduce((n, r) => n + r.warnings.length, 0);
    const warned = warnings > 0 ? `, ${count(warnings, 'warning')}` : '';
    if (invalid.length > 0) {
      const problems = invalid.reduce((n, r) => n + r.problems.length, 0);
      io.stderr(`${invalid.length} of ${count(reports.length, 'file')} invalid, ${count(problems, 'problem')}${warned}`);
    } else if (warnings > 0) io.stderr(`${reports.length === 1 ? 'the file is' : `all ${reports.length} files are`} valid${warned}`);
  }
  return reports.every((r) => r.valid) ? 0 : 1;
}

/** "march-2019.ko.yaml" → { id: "march-2019", language: "ko" }; null for a scenario file's name. */
function sidecarName(file: string): { readonly id: string; readonly language: string } | null {
  const m = /^([a-z][a-z0-9-]*)\.([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\.ya?ml$/.exec(basename(file));
  return m ? { id: m[1] as string, language: m[2] as string } : null;
}

async function validateSidecar(file: string, id: string, bytes: Uint8Array, io: Io): Promise<FileReport> {
  const places = [join(dirname(file), '..', `${id}.yaml`), join(dirname(file), `${id}.yaml`)];
  const found = places.map((place) => ({ place, read: readScenarioBytes(place, io) })).find((p) => 'bytes' in p.read);
  if (!found || !('bytes' in found.read)) {
    const problem = { file, line: 1, column: 1, path: '', message: `cannot find the scenario "${id}" this file translates`, hint: `put it at ${places.join(' or ')}` };
    return { file, valid: false, warnings: [], problems: [problem] };
  }
  const scenario = loadScenario(found.read.bytes, found.place);
  if (!scenario.ok) {
    const problem = { file, line: 1, column: 1, path: '', message: `the scenario it translates, ${found.place}, is not valid`, hint: `run "whn validate ${found.place}"` };
    return { file, valid: false, warnings: [], problems: [problem] };
  }
  const { loadTranslation } = await import('../scenario/translation.ts');
  const result = loadTranslation(bytes, file, scenario.scenario);
  if (!result.ok) return { file, valid: false, problems: result.problems, warnings: result.warnings };
  return { file, valid: true, problems: [], warnings: result.warnings, summary: `${result.translation.language} translation of ${id}, hash ${scenario.scenario.hash} unchanged` };
}

async function validateFile(file: string, io: Io): Promise<FileReport> {
  const read = readScenarioBytes(file, io);
  if ('problem' in read) return { file, valid: false, warnings: [], problems: [read.problem] };
  const sidecar = sidecarName(file);
  if (sidecar) return validateSidecar(file, sidecar.id, read.bytes, io);
  const result = loadScenario(read.bytes, file);
  if (!result.ok) return { file, valid: false, problems: result.problems, warnings: result.warnings };
  const s = result.scenario;
  return {
    file,
    valid: true,
    problems: [],
    warnings: result.warnings,
    scenario: s,
    summary: `${s.meta.id}, ${count(s.actors.length, 'actor')}, ${count(s.moves.length, 'move')}, ${count(s.replay.length, 'replay step')}, hash ${s.hash}`,
  };
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
