/**
 * Sensitivity: which propensity changes move an outcome's probability most. Each parameter (every
 * actor's hawkishness, every move's factor, the pass factor) is multiplied and divided by `factor` in
 * turn, and the outcome's probability at the horizon re-estimated with the same seed. Every variant
 * replays the same random streams (common random numbers), so differences are not drowned by noise;
 * their standard errors are computed from the paired rollouts.
 */
import type { CompiledScenario } from '../compile.ts';
import { EngineError } from '../errors.ts';
import { MAX_FACTOR } from './spec.ts';
import { RolloutRun } from './run.ts';
import type { RolloutOptions, RolloutStart, WhatIf } from './types.ts';

export type SensitivityKind = 'hawkishness' | 'move' | 'pass';

export interface SensitivityEntry {
  readonly kind: SensitivityKind;
  /** Actor id (hawkishness), move id (move), or "pass". */
  readonly id: string;
  readonly label: string;
  /** Change of the probability when the parameter is multiplied by the factor. */
  readonly up: number;
  readonly upError: number;
  /** Change when it is divided by the factor. */
  readonly down: number;
  readonly downError: number;
}

export interface SensitivityResult {
  readonly outcome: string;
  readonly factor: number;
  readonly runs: number;
  readonly depth: number;
  readonly seed: number;
  /** The outcome's probability with the what-if as given. */
  readonly base: number;
  /** Largest effect first. */
  readonly entries: readonly SensitivityEntry[];
}

interface Variant {
  readonly kind: SensitivityKind;
  readonly id: string;
  readonly label: string;
  readonly up: WhatIf;
  readonly down: WhatIf;
}

/** What a finished variant keeps: its horizon probability and, per rollout, whether the outcome held. */
interface Finished {
  readonly probability: number;
  readonly flags: Uint8Array;
  readonly completed: number;
}

/**
 * A sensitivity analysis that can be advanced in slices, like RolloutRun. One variant runs at a time
 * and keeps only its probability and its rollouts' 0/1 flags when done (runs bytes), so memory grows
 * with variants × runs, not with the tables of every variant at once.
 */
export class SensitivityJob {
  readonly total: number;
  private readonly whatIfs: WhatIf[];
  private readonly finished: Finished[] = [];
  private running: RolloutRun | null = null;
  private readonly variants: Variant[];
  private readonly outcome: number;
  private readonly make: (whatIf: WhatIf) => RolloutRun;

  constructor(
    private readonly compiled: CompiledScenario,
    start: RolloutStart,
    private readonly options: RolloutOptions,
    private readonly outcomeId: string,
    private readonly factor = 2,
  ) {
    const { scenario } = compiled;
    this.outcome = scenario.outcomes.findIndex((o) => o.id === outcomeId);
    if (this.outcome < 0) {
      const known = scenario.outcomes.map((o) => o.id).join(', ') || 'none';
      throw new EngineError('malformed', `Scenario "${scenario.meta.id}" has no outcome "${outcomeId}" (outcomes: ${known}).`);
    }
    if (!(factor > 1 && factor <= 100)) throw new EngineError('malformed', `The sensitivity factor is ${factor}; it must be above 1 and at most 100.`);
    this.variants = variantsOf(compiled, options.whatIf ?? {}, factor);
    this.make = (whatIf: WhatIf) => new RolloutRun(compiled, start, { ...options, whatIf, topPaths: 0 }, this.outcome);
    this.whatIfs = [options.whatIf ?? {}, ...this.variants.flatMap((v) => [v.up, v.down])];
    // Checks the options (and builds the first model) now, so a bad request fails here, not midway.
    this.running = this.make(this.whatIfs[0] as WhatIf);
    this.total = this.whatIfs.length * options.runs;
  }

  get completed(): number {
    return this.finished.length * this.options.runs + (this.running?.completed ?? 0);
  }

  /** Runs up to `count` more rollouts (across variants); returns how many are done in all. */
  advance(count: number): number {
    let left = count;
    while (left > 0 && this.finished.length < this.whatIfs.length) {
      const run = (this.running ??= this.make(this.whatIfs[this.finished.length] as WhatIf));
      const before = run.completed;
      run.advance(left);
      left -= run.completed - before;
      if (run.completed === run.total) {
        this.finished.push(finish(run, this.outcome));
        this.running = null;
      }
    }
    return this.completed;
  }

  result(): SensitivityResult {
    const variant = (k: number): Finished => this.finished[k] ?? (this.running && k === this.finished.length ? finish(this.running, this.outcome) : { probability: 0, flags: new Uint8Array(0), completed: 0 });
    const base = variant(0);
    const p0 = base.probability;
    const delta = (run: Finished) => ({ d: run.probability - p0, se: pairedError(base.flags, run.flags, run.completed) });
    const entries = this.variants.map((v, i) => {
      const up = delta(variant(1 + 2 * i));
      const down = delta(variant(2 + 2 * i));
      return { kind: v.kind, id: v.id, label: v.label, up: up.d, upError: up.se, down: down.d, downError: down.se };
    });
    const size = (e: SensitivityEntry) => Math.max(Math.abs(e.up), Math.abs(e.down));
    entries.sort((a, b) => size(b) - size(a));
    const { runs, depth, seed } = this.options;
    return { outcome: this.outcomeId, factor: this.factor, runs, depth, seed, base: p0, entries };
  }
}

function finish(run: RolloutRun, outcome: number): Finished {
  return { probability: run.horizonProbability(outcome), flags: run.trackedFlags, completed: run.completed };
}

/** Standard error of a difference of proportions from paired 0/1 samples. */
function pairedError(a: Uint8Array, b: Uint8Array, n: number): number {
  if (n < 2) return 0;
  let sum = 0;
  let sumSq = 0;
  for (let i = 0; i < n; i++) {
    const d = (b[i] as number) - (a[i] as number);
    sum += d;
    sumSq += d * d;
  }
  const mean = sum / n;
  return Math.sqrt(Math.max(0, sumSq / n - mean * mean) / (n - 1));
}

function variantsOf(compiled: CompiledScenario, whatIf: WhatIf, factor: number): Variant[] {
  const { scenario } = compiled;
  const clamp = (x: number) => Math.min(MAX_FACTOR, x);
  const hawks = scenario.actors.map((actor) => {
    const h = whatIf.hawkishness?.[actor.id] ?? 1;
    const at = (x: number): WhatIf => ({ ...whatIf, hawkishness: { ...whatIf.hawkishness, [actor.id]: clamp(x) } });
    return { kind: 'hawkishness' as const, id: actor.id, label: `${actor.short} hawkishness`, up: at(h * factor), down: at(h / factor) };
  });
  const moves = scenario.moves.map((move) => {
    const f = whatIf.moveFactors?.[move.id] ?? 1;
    const at = (x: number): WhatIf => ({ ...whatIf, moveFactors: { ...whatIf.moveFactors, [move.id]: clamp(x) } });
    const short = scenario.actors.find((a) => a.id === move.actor)?.short ?? move.actor;
    return { kind: 'move' as const, id: move.id, label: `${short}: ${move.label}`, up: at(f * factor), down: at(f / factor) };
  });
  const pass = whatIf.passFactor ?? 1;
  const passes = scenario.turns.pass.allowed
    ? [{ kind: 'pass' as const, id: 'pass', label: 'Passing a turn', up: { ...whatIf, passFactor: clamp(pass * factor) }, down: { ...whatIf, passFactor: pass / factor } }]
    : [];
  return [...hawks, ...moves, ...passes];
}
