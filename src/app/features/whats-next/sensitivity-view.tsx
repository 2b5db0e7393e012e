/** Ranks which propensity changes (×2 and ÷2) move a chosen outcome's probability most. */
import { useId, useState } from 'react';
import type { SensitivityResult } from '../../../engine/rollout/index.ts';
import type { Scenario } from '../../../scenario/types.ts';
import { percent } from './format.ts';
import type { JobState } from './use-rollouts.ts';

const SHOWN = 10;

export interface SensitivityViewProps {
  readonly scenario: Scenario;
  readonly runs: number;
  readonly state: JobState<SensitivityResult> & { readonly outcome: string | null };
  readonly onRun: (outcome: string) => void;
  readonly onCancel: () => void;
}

function delta(d: number, se: number): string {
  const pp = (d * 100).toFixed(1);
  return `${d > 0 ? '+' : d < 0 ? '\u2212' : ''}${pp.replace('-', '')} ± ${(1.96 * se * 100).toFixed(1)}`;
}

export function SensitivityView({ scenario, runs, state, onRun, onCancel }: SensitivityViewProps) {
  const id = useId();
  const [outcome, setOutcome] = useState(scenario.outcomes.find((o) => o.terminal)?.id ?? scenario.outcomes[0]?.id ?? '');
  if (scenario.outcomes.length === 0) return null;
  const result = state.result;
  const label = (o: string) => scenario.outcomes.find((x) => x.id === o)?.label ?? o;
  return (
    <section className="whn-section" aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`}>Sensitivity</h4>
      <p className="muted whn-note">
        Doubles and halves each side&apos;s hawkishness and each move&apos;s propensity in turn ({runs.toLocaleString('en-US')} futures each, same seed) and ranks them by how far
        they move the outcome&apos;s probability at the horizon. Changes in percentage points, ± a 95% interval.
      </p>
      <div className="whn-row">
        <label htmlFor={`${id}-outcome`}>Outcome</label>
        <select id={`${id}-outcome`} className="select" value={outcome} onChange={(e) => setOutcome(e.target.value)}>
          {scenario.outcomes.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
        <button type="button" className="button" onClick={() => onRun(outcome)} disabled={state.running}>
          Rank what moves it
        </button>
        {state.running && (
          <>
            <progress max={1} value={state.progress} aria-label="Sensitivity progress" />
            <button type="button" className="button button--small" onClick={onCancel}>
              Cancel
            </button>
          </>
        )}
      </div>
      {state.error && <p className="notice notice--error">{state.error}</p>}
      {result && (
        <table className="table whn-table" aria-live="polite">
          <caption>
            {label(result.outcome)}: {percent(result.base)} as set now. Largest effects first.
          </caption>
          <thead>
            <tr>
              <th scope="col">Change</th>
              <th scope="col">×{result.factor}</th>
              <th scope="col">÷{result.factor}</th>
            </tr>
          </thead>
          <tbody>
            {result.entries.slice(0, SHOWN).map((e) => (
              <tr key={`${e.kind}/${e.id}`}>
                <th scope="row">{e.label}</th>
                <td>{delta(e.up, e.upError)}</td>
                <td>{delta(e.down, e.downError)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
