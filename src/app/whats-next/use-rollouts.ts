/**
 * Rollouts for the panel: re-runs (debounced) when the start point or a setting changes, cancels the
 * run it replaces, and keeps the previous result on screen until the new one is ready.
 */
import { useCallback, useEffect, useState } from 'react';
import type { RolloutOptions, RolloutResult, RolloutStart, SensitivityResult } from '../../engine/rollout/index.ts';
import type { Scenario } from '../../scenario/types.ts';
import { createRolloutService, type RolloutService } from './rollout-service.ts';

export const DEBOUNCE_MS = 250;

export interface JobState<T> {
  readonly result: T | null;
  /** The request the shown result answers (to tell a stale result). */
  readonly resultKey: string | null;
  readonly running: boolean;
  readonly progress: number;
  readonly error: string | null;
}

const idle = { result: null, resultKey: null, running: false, progress: 0, error: null };

/** One worker for the page, started on first use. */
let shared: RolloutService | null = null;
function service(): RolloutService {
  shared ??= createRolloutService();
  return shared;
}

/** `start` and `options` must keep their identity while their content is the same (memoise them). */
export function useRollouts(scenario: Scenario, start: RolloutStart, options: RolloutOptions) {
  const [state, setState] = useState<JobState<RolloutResult>>(idle);
  const [sensitivity, setSensitivity] = useState<JobState<SensitivityResult> & { outcome: string | null }>({ ...idle, outcome: null });
  const key = JSON.stringify([scenario.hash, start, options]);

  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      setState((s) => ({ ...s, running: true, progress: 0, error: null }));
      void service()
        .rollout({ scenario, start, options }, (done, total) => live && setState((s) => ({ ...s, progress: done / total })))
        .then((r) => {
          if (!live) return;
          if (!r.ok) setState((s) => ({ ...s, running: false, error: r.error }));
          else if (r.value) setState({ result: r.value, resultKey: key, running: false, progress: 1, error: null });
          else setState((s) => ({ ...s, running: false }));
        });
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [scenario, start, options, key]);

  useEffect(
    () => () => {
      service().cancel('rollout');
      service().cancel('sensitivity');
    },
    [],
  );

  const cancel = useCallback(() => {
    service().cancel('rollout');
    setState((s) => ({ ...s, running: false }));
  }, []);

  const runSensitivity = useCallback(
    (outcome: string, runs: number) => {
      setSensitivity((s) => ({ ...s, outcome, running: true, progress: 0, error: null }));
      const request = { scenario, start, options: { ...options, runs }, outcome };
      void service()
        .sensitivity(request, (done, total) => setSensitivity((s) => (s.outcome === outcome ? { ...s, progress: done / total } : s)))
        .then((r) => {
          setSensitivity((s) => {
            if (s.outcome !== outcome) return s;
            if (!r.ok) return { ...s, running: false, error: r.error };
            return r.value ? { result: r.value, resultKey: outcome, running: false, progress: 1, error: null, outcome } : { ...s, running: false };
          });
        });
    },
    [scenario, start, options],
  );

  const cancelSensitivity = useCallback(() => {
    service().cancel('sensitivity');
    setSensitivity((s) => ({ ...s, running: false }));
  }, []);

  return { ...state, stale: state.resultKey !== null && state.resultKey !== key, cancel, sensitivity, runSensitivity, cancelSensitivity };
}
