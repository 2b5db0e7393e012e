/**
 * The "scale" section of `npm run bench` (issue 13): per fixture, rollout steps/s and the peak
 * memory of a process that does only that (a child process each, so one does not inflate the
 * next), with the ratio to March 2019's steps/s; exploration time per million states; and
 * sensitivity time and memory on the large crisis (4,000 runs per variant; targets ≤ 2 s, ≤ 300 MB).
 * Steps are runs × depth turns as asked (a rollout that ended early carries its state forward).
 * Run alone: `node --import tsx bench/scale.ts`.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileScenario } from '../src/engine/compile.ts';
import { explore } from '../src/engine/explore.ts';
import { rolloutStartAt, runRollouts, SensitivityJob, startPoint } from '../src/engine/rollout/index.ts';
import { loadScenario } from '../src/scenario/load.ts';
import type { Scenario } from '../src/scenario/types.ts';

const FIXTURES = ['scenarios/march-2019.yaml', 'tests/fixtures/rollout-bench.yaml', 'tests/fixtures/large-crisis.yaml', 'tests/fixtures/large-40x6.yaml', 'tests/fixtures/large-ladder.yaml'];
const RUNS = 20_000;
const DEPTH = 20;
const SENSITIVITY = { file: 'tests/fixtures/large-crisis.yaml', outcome: 'war', runs: 4000, depth: 12 };

interface Measure {
  readonly ms: number;
  readonly cpuMs: number;
  readonly peakMb: number;
  readonly states?: number;
}

function load(file: string): Scenario {
  const result = loadScenario(readFileSync(file), file);
  if (!result.ok) throw new Error(`${file}: ${result.problems[0]?.message}`);
  return result.scenario;
}

function measured(work: () => number | void): Measure {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const states = work();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000, peakMb: process.resourceUsage().maxRSS / 1024, ...(typeof states === 'number' ? { states } : {}) };
}

/** What a child process does: one measure, printed as JSON. */
function child(kind: string, file: string): Measure {
  const scenario = load(file);
  const compiled = compileScenario(scenario);
  const start = rolloutStartAt(startPoint(scenario, {}).timeline, 0);
  if (kind === 'rollout') return measured(() => void runRollouts(compiled, start, { runs: RUNS, depth: DEPTH, seed: 1 }));
  if (kind === 'explore') {
    return measured(() => {
      try {
        return explore(scenario, { maxStates: 1_000_000 }).reachableStates;
      } catch (error) {
        // "stopped at N states, the cap": the measure ends there.
        const stopped = /stopped at ([\d,]+) states/.exec(error instanceof Error ? error.message : '');
        if (!stopped) throw error;
        return Number((stopped[1] as string).replace(/,/g, ''));
      }
    });
  }
  return measured(() => {
    const job = new SensitivityJob(compiled, start, { runs: SENSITIVITY.runs, depth: SENSITIVITY.depth, seed: 1 }, SENSITIVITY.outcome);
    job.advance(job.total);
    job.result();
  });
}

function inChild(kind: string, file: string): Measure {
  const script = fileURLToPath(import.meta.url);
  const out = execFileSync(process.execPath, ['--import', 'tsx', script, '--child', kind, file], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out) as Measure;
}

const f = (n: number) => Math.round(n).toLocaleString('en-US');

export function runScaleBench(): void {
  console.log(`\nscale (issue 13) · rollouts ${f(RUNS)} × ${DEPTH} from the start, one child process per measure (peak = its whole resident set)`);
  let marchPerS = 0;
  for (const file of FIXTURES) {
    const scenario = load(file);
    const compiled = compileScenario(scenario);
    const m = inChild('rollout', file);
    const perS = (RUNS * DEPTH) / (m.cpuMs / 1000);
    if (file.includes('march-2019')) marchPerS = perS;
    const shape = `${compiled.postures.length} postures, ${scenario.moves.length} moves${compiled.wide ? ', wide states' : ''}`;
    console.log(`  ${file.padEnd(36)} ${f(perS).padStart(12)} steps/s (CPU)  ${(perS / marchPerS).toFixed(2)}× March 2019 · ${m.ms.toFixed(0)} ms wall · peak ${m.peakMb.toFixed(0)} MB  (${shape})`);
  }
  const ex = inChild('explore', 'tests/fixtures/large-crisis.yaml');
  console.log(`  explore tests/fixtures/large-crisis.yaml: ${f(ex.states ?? 0)} states in ${ex.cpuMs.toFixed(0)} ms CPU → ${((ex.cpuMs / (ex.states ?? 1)) * 1e6).toFixed(0)} ms per million states · peak ${ex.peakMb.toFixed(0)} MB`);
  const ex40 = inChild('explore', 'tests/fixtures/large-40x6.yaml');
  console.log(`  explore tests/fixtures/large-40x6.yaml (wide, to a cap of ${f(ex40.states ?? 0)}): ${((ex40.cpuMs / (ex40.states ?? 1)) * 1e6).toFixed(0)} ms CPU per million states · peak ${ex40.peakMb.toFixed(0)} MB`);
  const sens = inChild('sensitivity', SENSITIVITY.file);
  const okTime = sens.cpuMs <= 2000;
  const okMemory = sens.peakMb <= 300;
  console.log(
    `  sensitivity ${SENSITIVITY.file} (${SENSITIVITY.outcome}, ${f(SENSITIVITY.runs)} runs per variant, depth ${SENSITIVITY.depth}): ${sens.cpuMs.toFixed(0)} ms CPU (${sens.ms.toFixed(0)} ms wall; target ≤ 2 s: ${okTime ? 'met' : 'MISSED'}) · peak ${sens.peakMb.toFixed(0)} MB (target ≤ 300 MB: ${okMemory ? 'met' : 'MISSED'})`,
  );
}

const at = process.argv.indexOf('--child');
if (at >= 0) {
  const kind = process.argv[at + 1] as string;
  const file = process.argv[at + 2] as string;
  process.stdout.write(JSON.stringify(child(kind, file)));
} else if (process.argv[1] === fileURLToPath(import.meta.url)) runScaleBench();
