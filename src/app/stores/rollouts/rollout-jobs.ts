/**
 * Runs a rollout or sensitivity job in slices of about SLICE_MS, yielding to the event loop between
 * slices so progress can be reported and a cancel can land. The worker and the in-page fallback both
 * run jobs through here, over the same engine functions as the CLI, so the numbers are identical.
 */
import { compileScenario, type CompiledScenario } from '../../../engine/index.ts';
import { RolloutRun, SensitivityJob, type RolloutOptions, type RolloutResult, type RolloutStart, type SensitivityResult } from '../../../engine/rollout/index.ts';
import type { Scenario } from '../../../scenario/types.ts';

export interface RolloutRequest {
  readonly scenario: Scenario;
  readonly start: RolloutStart;
  readonly options: RolloutOptions;
}

export interface SensitivityRequest extends RolloutRequest {
  readonly outcome: string;
}

export type Progress = (done: number, total: number) => void;

/** A job ends with its result, or null when cancelled. */
export type JobResult<T> = { readonly ok: true; readonly value: T | null } | { readonly ok: false; readonly error: string };

const SLICE_MS = 16;

interface Sliceable<T> {
  readonly total: number;
  readonly completed: number;
  advance(count: number): number;
  result(): T;
}

const compiledByHash = new Map<string, CompiledScenario>();

/** One compiled form per scenario hash, so a slider move does not recompile. */
export function compiledFor(scenario: Scenario): CompiledScenario {
  let compiled = compiledByHash.get(scenario.hash);
  if (!compiled) {
    if (compiledByHash.size >= 4) compiledByHash.clear();
    compiled = compileScenario(scenario);
    compiledByHash.set(scenario.hash, compiled);
  }
  return compiled;
}

export function rolloutJob(request: RolloutRequest): Sliceable<RolloutResult> {
  return new RolloutRun(compiledFor(request.scenario), request.start, request.options);
}

export function sensitivityJob(request: SensitivityRequest): Sliceable<SensitivityResult> {
  return new SensitivityJob(compiledFor(request.scenario), request.start, request.options, request.outcome);
}

/** Lets queued messages (a cancel) and rendering in. A MessageChannel avoids setTimeout's 4 ms clamp. */
function yieldToEvents(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export async function runSliced<T>(make: () => Sliceable<T>, onProgress: Progress, cancelled: () => boolean): Promise<JobResult<T>> {
  let job: Sliceable<T>;
  try {
    job = make();
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  let slice = 64;
  while (job.completed < job.total) {
    const t0 = performance.now();
    job.advance(slice);
    const elapsed = performance.now() - t0;
    // Aim each slice at SLICE_MS, growing or shrinking at most fourfold.
    slice = Math.max(16, Math.round(slice * Math.min(4, Math.max(0.25, SLICE_MS / Math.max(elapsed, 0.1)))));
    onProgress(job.completed, job.total);
    await yieldToEvents();
    if (cancelled()) return { ok: true, value: null };
  }
  return { ok: true, value: job.result() };
}
