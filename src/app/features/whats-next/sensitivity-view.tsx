/** Ranks which propensity changes (×2 and ÷2) move a chosen outcome's probability most. */
import { TableScroll } from '../../components/index.ts';
import { useId, useState } from 'react';
import type { SensitivityResult } from '../../../engine/rollout/index.ts';
import type { Scenario } from '../../../scenario/types.ts';
import { useWords, type Words } from '../../lib/words/index.ts';
import type { JobState } from './use-rollouts.ts';

const SHOWN = 10;

export interface SensitivityViewProps {
  readonly scenario: Scenario;
  readonly runs: number;
  readonly state: JobState<SensitivityResult> & { readonly outcome: string | null };
  readonly onRun: (outcome: string) => void;
  readonly onCancel: () => void;
}

/** A change in percentage points, signed, with its 95% interval: "+3.2 ± 0.8". */
function delta(words: Words, d: number, se: number): string {
  return words.t('whatsNext.withError', { share: words.format.signed(d * 100), error: words.format.number(1.96 * se * 100, 1) });
}

export function SensitivityView({ scenario, runs, state, onRun, onCancel }: SensitivityViewProps) {
  const words = useWords();
  const { t, format } = words;
  const id = useId();
  const [outcome, setOutcome] = useState(scenario.outcomes.find((o) => o.terminal)?.id ?? scenario.outcomes[0]?.id ?? '');
  if (scenario.outcomes.length === 0) return null;
  const result = state.result;
  const label = (o: string) => scenario.outcomes.find((x) => x.id === o)?.label ?? o;
  return (
    <section className="whn-section" aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`}>{t('whatsNext.sensitivity.title')}</h4>
      <p className="muted whn-note">{t('whatsNext.sensitivity.note', { runs: format.number(runs) })}</p>
      <div className="whn-row">
        <label htmlFor={`${id}-outcome`}>{t('whatsNext.col.outcome')}</label>
        <select id={`${id}-outcome`} className="select" value={outcome} onChange={(e) => setOutcome(e.target.value)}>
          {scenario.outcomes.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
        <button type="button" className="button" onClick={() => onRun(outcome)} disabled={state.running}>
          {t('whatsNext.sensitivity.run')}
        </button>
        {state.running && (
          <>
            <progress max={1} value={state.progress} aria-label={t('whatsNext.sensitivity.progress')} />
            <button type="button" className="button button--small" onClick={onCancel}>
              {t('common.cancel')}
            </button>
          </>
        )}
      </div>
      {state.error && <p className="notice notice--error">{state.error}</p>}
      {result && (
        <TableScroll label={t('whatsNext.sensitivity.title')}>
          <table className="table whn-table" aria-live="polite">
            <caption>
              {t('whatsNext.sensitivity.caption', { outcome: label(result.outcome), share: format.percent(result.base) })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('whatsNext.sensitivity.change')}</th>
                <th scope="col">{t('whatsNext.times', { factor: format.number(result.factor) })}</th>
                <th scope="col">{t('whatsNext.sensitivity.divided', { factor: format.number(result.factor) })}</th>
              </tr>
            </thead>
            <tbody>
              {result.entries.slice(0, SHOWN).map((e) => (
                <tr key={`${e.kind}/${e.id}`}>
                  <th scope="row">{e.label}</th>
                  <td>{delta(words, e.up, e.upError)}</td>
                  <td>{delta(words, e.down, e.downError)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
