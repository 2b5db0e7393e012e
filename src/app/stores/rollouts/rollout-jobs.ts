/**
 * Runs a rollout or sensitivity job in slices of about SLICE_MS, yielding to the event loop between
 * slices so progress can be reported and a cancel can land. The worker and the in-page fallback both
 * run jobs through here, over the same engine functions as the CLI, so the numbers are identical.
 */
import { engineFor } from '../../../engine/index.ts';
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

/**
 * Each request brings its own copy of the scenario (the worker receives a structured clone): the
 * first copy of each content hash stands for the later ones, so engineFor's compiled form (and the
 * rollout tables kept with it) is built once per scenario, not once per slider move.
 */
const scenarioByHash = new Map<string, Scenario>();

function sharedScenario(scenario: Scenario): Scenario {
  const known = scenarioByHash.get(scenario.hash);
  if (known) return known;
  if (scenarioByHash.size >= 4) scenarioByHash.clear();
  scenarioByHash.set(scenario.hash, scenario);
  return scenario;
}

export function rolloutJob(request: RolloutRequest): Sliceable<RolloutResult> {
  return new RolloutRun(engineFor(sharedScenario(request.scenario)).compiled, request.start, request.options);
}

export function sensitivityJob(request: SensitivityRequest): Sliceable<SensitivityResult> {
  return new SensitivityJob(engineFor(sharedScenario(request.scenario)).compiled, request.start, request.options, request.outcome);
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
