/**
 * Rollouts for the panel: re-runs (debounced) when the start point or a setting changes, cancels the
 * run it replaces, and keeps the previous result on screen until the new one is ready.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RolloutOptions, RolloutResult, RolloutStart, SensitivityResult } from '../../../engine/rollout/index.ts';
import type { Scenario } from '../../../scenario/types.ts';
import { createRolloutService, type RolloutService } from '../../stores/rollouts/rollout-service.ts';

export const DEBOUNCE_MS = 250;

export interface JobState<T> {
  readonly result: T | null;
  /** The request the shown result answers (to tell a stale result). */
  readonly resultKey: string | null;
  readonly running: boolean;
  readonly progress: number;
  readonly error: string | null;
  /** The user cancelled the last run: the shown result is the one before it. */
  readonly cancelled?: boolean;
}

const idle = { result: null, resultKey: null, running: false, progress: 0, error: null, cancelled: false };

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
  // Bumped by "Run again": a run for the same request, on demand.
  const [nonce, setNonce] = useState(0);
  const shownKey = useRef<string | null>(null);
  const lastNonce = useRef(nonce);
  useEffect(() => {
    shownKey.current = state.resultKey;
  }, [state.resultKey]);

  useEffect(() => {
    // Settings put back to those of the shown result (after a cancel) need no run.
    const forced = lastNonce.current !== nonce;
    lastNonce.current = nonce;
    if (!forced && shownKey.current === key) {
      // A run still in flight answers a request nobody wants any more.
      service().cancel('rollout');
      const timer = setTimeout(() => setState((s) => (s.running ? { ...s, running: false } : s)), 0);
      return () => clearTimeout(timer);
    }
    let live = true;
    const timer = setTimeout(() => {
      setState((s) => ({ ...s, running: true, progress: 0, error: null, cancelled: false }));
      void service()
        .rollout({ scenario, start, options }, (done, total) => live && setState((s) => ({ ...s, progress: done / total })))
        .then((r) => {
          if (!live) return;
          if (!r.ok) setState((s) => ({ ...s, running: false, error: r.error }));
          else if (r.value) setState({ result: r.value, resultKey: key, running: false, progress: 1, error: null, cancelled: false });
          else setState((s) => ({ ...s, running: false }));
        });
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [scenario, start, options, key, nonce]);

  useEffect(
    () => () => {
      service().cancel('rollout');
      service().cancel('sensitivity');
    },
    [],
  );

  const cancel = useCallback(() => {
    service().cancel('rollout');
    setState((s) => ({ ...s, running: false, cancelled: true }));
  }, []);

  const rerun = useCallback(() => setNonce((n) => n + 1), []);

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

  return { ...state, stale: state.resultKey !== null && state.resultKey !== key, cancel, rerun, sensitivity, runSensitivity, cancelSensitivity };
}
