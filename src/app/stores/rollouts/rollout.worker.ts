/// <reference lib="webworker" />
/** The rollout worker: runs jobs off the main thread; the page talks to it through comlink. */
import { expose, releaseProxy } from 'comlink';
import { rolloutJob, runSliced, sensitivityJob, type JobResult, type Progress, type RolloutRequest, type SensitivityRequest } from './rollout-jobs.ts';

const cancelled = new Set<number>();

/** The progress callback arrives as a comlink proxy: release its port when the job ends. */
async function releasing<T>(onProgress: Progress, job: Promise<JobResult<T>>): Promise<JobResult<T>> {
  try {
    return await job;
  } finally {
    (onProgress as Progress & { [releaseProxy]?: () => void })[releaseProxy]?.();
  }
}

const api = {
  rollout(id: number, request: RolloutRequest, onProgress: Progress) {
    return releasing(onProgress, runSliced(() => rolloutJob(request), onProgress, () => cancelled.delete(id)));
  },
  sensitivity(id: number, request: SensitivityRequest, onProgress: Progress) {
    return releasing(onProgress, runSliced(() => sensitivityJob(request), onProgress, () => cancelled.delete(id)));
  },
  cancel(id: number) {
    cancelled.add(id);
  },
};

export type RolloutWorkerApi = typeof api;

expose(api);
