/** `whn explore <file> [--json] [--max-states N]`: every reachable posture state, and what is never reached. */
import { availableMemory } from 'node:process';
import { DEFAULT_MAX_STATES, EngineError, explore, exploreCapacity, MAX_SEARCH_STATES, type ExploreReport } from '../engine/index.ts';
import type { Io } from './io.ts';
import { oneScenario } from './read-scenario.ts';

const USAGE = `usage: whn explore <file> [--json] [--max-states N]

Searches every posture state reachable from the scenario's start (whatever the turn order) and
reports levels never reached, moves that never open and dead ends (no open move and no terminal
outcome). Items listed under "explore:" in the scenario are expected and not reported as problems.

options:
  --json            print the report as JSON on stdout
  --max-states N    stop past N states (default ${DEFAULT_MAX_STATES}, or what fits in memory); a cap
                    more than half the free memory can hold is refused
  -h, --help        show this help

exit status: 0 nothing unexpected, 1 unexpected findings, an unreadable/invalid file or a search that
stopped (at the cap or out of memory), 2 usage error (including a cap that memory cannot hold)`;

export function runExplore(args: readonly string[], io: Io): number {
  let json = false;
  let maxStates: number | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--help' || arg === '-h') {
      io.stdout(USAGE);
      return 0;
    } else if (arg === '--json') json = true;
    else if (arg === '--max-states') {
      const n = Number(args[++i]);
      if (!Number.isInteger(n) || n < 1) {
        io.stderr(`whn explore: --max-states needs a positive whole number\n\n${USAGE}`);
        return 2;
      }
      maxStates = n;
    } else if (arg.startsWith('-')) {
      io.stderr(`whn explore: unknown option "${arg}"\n\n${USAGE}`);
      return 2;
    } else files.push(arg);
  }
  const target = oneScenario(files, io, 'explore', USAGE);
  if (typeof target === 'number') return target;
  const { file, scenario } = target;
  // Half of what is free: the machine is shared, and the search is not the only thing running.
  const maxBytes = Math.floor(availableMemory() / 2);
  const capacity = exploreCapacity(scenario, maxBytes);
  if (maxStates !== undefined && maxStates > capacity) {
    io.stderr(`whn explore: --max-states ${maxStates} is more than this machine can hold for ${file}: at most ${capacity} states (the search may use ${Math.floor(maxBytes / 2 ** 20)} MB, half the free memory, and never holds more than ${MAX_SEARCH_STATES})`);
    return 2;
  }
  let report: ExploreReport;
  try {
    report = explore(scenario, { maxStates: maxStates ?? Math.min(DEFAULT_MAX_STATES, capacity), maxBytes });
  } catch (error) {
    if (error instanceof EngineError) {
      io.stderr(`whn explore: ${file}: ${error.message}`);
      return 1;
    }
    throw error;
  }
  if (json) io.stdout(JSON.stringify({ file, ...report }, null, 2));
  else io.stdout(formatReport(file, report));
  return report.ok ? 0 : 1;
}

function formatReport(file: string, r: ExploreReport): string {
  const searched = r.searchedStates === undefined ? '' : `; ${r.searchedStates} searched with the lapses pending in them`;
  const lines = [`${file}: ${r.reachableStates} reachable states (${r.terminalStates} terminal${searched})`];
  const list = (title: string, all: readonly string[], unexpected: readonly string[]) => {
    if (all.length === 0) return lines.push(`  ${title}: none`);
    lines.push(`  ${title}:`);
    for (const item of all) lines.push(`    ${item}${unexpected.includes(item) ? '  ← unexpected' : '  (expected)'}`);
    return lines.length;
  };
  list('levels never reached', r.unreachableLevels.all, r.unreachableLevels.unexpected);
  list('moves never open', r.neverOpenMoves.all, r.neverOpenMoves.unexpected);
  if (r.deadEnds.count === 0) lines.push('  dead ends: none');
  else {
    lines.push(`  dead ends: ${r.deadEnds.count}${r.deadEnds.expected ? ' (expected)' : '  ← unexpected'}, e.g.`);
    for (const example of r.deadEnds.examples) {
      lines.push(`    ${Object.entries(example).map(([actor, postures]) => `${actor}: ${Object.entries(postures).map(([p, l]) => `${p}=${l}`).join(', ')}`).join('; ')}`);
    }
  }
  for (const note of r.staleExpectations) lines.push(`  note: ${note} (update "explore:" in the scenario)`);
  lines.push(r.ok ? 'ok' : 'unexpected findings: see "← unexpected" above, or list them under "explore:" in the scenario if they are intended');
  return lines.join('\n');
}
