/**
 * The page's handle on rollouts: a Web Worker through comlink, or, where workers are unavailable
 * (jsdom, very old browsers), the same sliced jobs on the page itself. One job per kind at a time:
 * starting a new one cancels the one before.
 */
import { proxy, wrap, type Remote } from 'comlink';
import type { RolloutResult, SensitivityResult } from '../../../engine/rollout/index.ts';
import { rolloutJob, runSliced, sensitivityJob, type JobResult, type Progress, type RolloutRequest, type SensitivityRequest } from './rollout-jobs.ts';
import type { RolloutWorkerApi } from './rollout.worker.ts';

export interface RolloutService {
  rollout(request: RolloutRequest, onProgress: Progress): Promise<JobResult<RolloutResult>>;
  sensitivity(request: SensitivityRequest, onProgress: Progress): Promise<JobResult<SensitivityResult>>;
  cancel(kind: 'rollout' | 'sensitivity'): void;
  dispose(): void;
}

type Kind = 'rollout' | 'sensitivity';

export function createRolloutService(): RolloutService {
  let nextId = 1;
  const current: Record<Kind, number> = { rollout: 0, sensitivity: 0 };
  let worker: Worker | null = null;
  let remote: Remote<RolloutWorkerApi> | null = null;
  if (typeof Worker !== 'undefined') {
    try {
      worker = new Worker(new URL('./rollout.worker.ts', import.meta.url), { type: 'module', name: 'rollouts' });
      remote = wrap<RolloutWorkerApi>(worker);
    } catch {
      worker = null;
    }
  }
  const local = new Set<number>();

  function begin(kind: Kind): number {
    cancel(kind);
    const id = nextId++;
    current[kind] = id;
    return id;
  }

  function cancel(kind: Kind): void {
    const id = current[kind];
    if (id === 0) return;
    current[kind] = 0;
    if (remote) void remote.cancel(id);
    else local.add(id);
  }

  return {
    rollout(request, onProgress) {
      const id = begin('rollout');
      if (remote) return remote.rollout(id, request, proxy(onProgress));
      return runSliced(() => rolloutJob(request), onProgress, () => local.delete(id));
    },
    sensitivity(request, onProgress) {
      const id = begin('sensitivity');
      if (remote) return remote.sensitivity(id, request, proxy(onProgress));
      return runSliced(() => sensitivityJob(request), onProgress, () => local.delete(id));
    },
    cancel,
    dispose() {
      cancel('rollout');
      cancel('sensitivity');
      worker?.terminate();
    },
  };
}
