/** Sliders that scale propensities: each actor's hawkishness, and any move's weight. */
import { useId, useState } from 'react';
import type { WhatIf } from '../../../engine/rollout/index.ts';
import type { Scenario } from '../../../scenario/types.ts';
import { useWords, type Words } from '../../lib/words/index.ts';
import { moveLabel } from './format.ts';

/** Sliders move in powers of two: −2 … 2 is ×¼ … ×4. The move slider's lowest notch is "never" (×0). */
const OFF = -4;

/**
 * The sliders' ranges, in steps (powers of two). Every factor they give must be one the engine takes
 * (hawkishness above 0, move and pass factors from 0, all at most MAX_FACTOR): a test holds them to it.
 */
export const HAWKISHNESS_STEPS = { min: -2, max: 2, step: 0.25 } as const;
export const PROPENSITY_STEPS = { min: OFF, max: 3, step: 0.5 } as const;

/** 2^step, rounded to 4 decimals so the factor reads well in the CLI command (and means the same there). */
export function factorOf(step: number): number {
  return step <= OFF ? 0 : Number((2 ** step).toFixed(4));
}

export function stepOf(factor: number): number {
  return factor <= 0 ? OFF : Math.log2(factor);
}

/** "×2", "×0.50", "never". */
export function factorText(words: Words, factor: number): string {
  if (factor === 0) return words.t('whatsNext.whatIf.never');
  return words.t('whatsNext.times', { factor: words.format.number(factor, factor < 1 || factor % 1 !== 0 ? 2 : 0) });
}

export function isNeutral(whatIf: WhatIf): boolean {
  return (
    Object.values(whatIf.hawkishness ?? {}).every((h) => h === 1) && Object.values(whatIf.moveFactors ?? {}).every((f) => f === 1) && (whatIf.passFactor ?? 1) === 1
  );
}

export interface WhatIfControlsProps {
  readonly scenario: Scenario;
  readonly value: WhatIf;
  readonly onChange: (next: WhatIf) => void;
}

export function WhatIfControls({ scenario, value, onChange }: WhatIfControlsProps) {
  const words = useWords();
  const { t } = words;
  const factor = (f: number) => factorText(words, f);
  const label = (m: string) => moveLabel(words, scenario, m);
  const id = useId();
  const [move, setMove] = useState(scenario.moves[0]?.id ?? '');
  const moveFactors = value.moveFactors ?? {};
  const adjusted = Object.entries(moveFactors).filter(([, f]) => f !== 1);
  const setMoveFactor = (m: string, f: number) => onChange({ ...value, moveFactors: { ...moveFactors, [m]: f } });
  return (
    <fieldset className="whn-whatif">
      <legend>{t('whatsNext.whatIf.title')}</legend>
      <p className="muted whn-note">{t('whatsNext.whatIf.note')}</p>
      {scenario.actors.map((actor) => {
        const h = value.hawkishness?.[actor.id] ?? 1;
        const inputId = `${id}-hawk-${actor.id}`;
        return (
          <div className="whn-slider" key={actor.id}>
            <label htmlFor={inputId}>{t('whatsNext.whatIf.hawkishness', { actor: actor.short })}</label>
            <input
              id={inputId}
              type="range"
              min={HAWKISHNESS_STEPS.min}
              max={HAWKISHNESS_STEPS.max}
              step={HAWKISHNESS_STEPS.step}
              value={stepOf(h)}
              aria-valuetext={factor(h)}
              onChange={(e) => onChange({ ...value, hawkishness: { ...value.hawkishness, [actor.id]: factorOf(Number(e.target.value)) } })}
            />
            <output htmlFor={inputId}>{factor(h)}</output>
          </div>
        );
      })}
      <div className="whn-slider whn-slider--move">
        <label htmlFor={`${id}-move`}>{t('whatsNext.whatIf.scale')}</label>
        <select id={`${id}-move`} className="select" value={move} onChange={(e) => setMove(e.target.value)}>
          {scenario.moves.map((m) => (
            <option key={m.id} value={m.id}>
              {label(m.id)}
            </option>
          ))}
          {scenario.turns.pass.allowed && <option value="pass">{t('whatsNext.whatIf.passOption')}</option>}
        </select>
      </div>
      <div className="whn-slider">
        <label htmlFor={`${id}-factor`}>{t('whatsNext.whatIf.propensity', { move: move === 'pass' ? t('whatsNext.whatIf.passing') : label(move) })}</label>
        <input
          id={`${id}-factor`}
          type="range"
          min={PROPENSITY_STEPS.min}
          max={PROPENSITY_STEPS.max}
          step={PROPENSITY_STEPS.step}
          value={stepOf(move === 'pass' ? (value.passFactor ?? 1) : (moveFactors[move] ?? 1))}
          aria-valuetext={factor(move === 'pass' ? (value.passFactor ?? 1) : (moveFactors[move] ?? 1))}
          onChange={(e) => {
            const f = factorOf(Number(e.target.value));
            if (move === 'pass') onChange({ ...value, passFactor: f });
            else setMoveFactor(move, f);
          }}
        />
        <output htmlFor={`${id}-factor`}>{factor(move === 'pass' ? (value.passFactor ?? 1) : (moveFactors[move] ?? 1))}</output>
      </div>
      {(adjusted.length > 0 || (value.passFactor ?? 1) !== 1) && (
        <ul className="whn-adjusted" aria-label={t('whatsNext.whatIf.adjusted')}>
          {adjusted.map(([m, f]) => (
            <li key={m}>
              {label(m)} {factor(f)}{' '}
              <button type="button" className="button button--small button--quiet" onClick={() => setMoveFactor(m, 1)} aria-label={t('whatsNext.whatIf.resetMove', { move: label(m) })}>
                {t('whatsNext.whatIf.reset')}
              </button>
            </li>
          ))}
          {(value.passFactor ?? 1) !== 1 && <li>{t('whatsNext.whatIf.passingFactor', { factor: factor(value.passFactor ?? 1) })}</li>}
        </ul>
      )}
      <button type="button" className="button button--small" disabled={isNeutral(value)} onClick={() => onChange({})}>
        {t('whatsNext.whatIf.resetAll')}
      </button>
    </fieldset>
  );
}
