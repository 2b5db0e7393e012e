/** N, D and seed inputs, with the run's progress and a cancel button. */
import { useId, useState } from 'react';
import { DEFAULT_DEPTH, DEFAULT_RUNS, DEFAULT_SEED, MAX_DEPTH, MAX_SEED, MIN_DEPTH, MIN_RUNS, MIN_SEED } from '../../../engine/rollout/index.ts';
import { useWords, type Key } from '../../lib/words/index.ts';

/** The panel caps runs lower than the engine: past this the answer stops feeling live. */
export const PANEL_MAX_RUNS = 200_000;

export interface RunSettings {
  readonly runs: number;
  readonly depth: number;
  readonly seed: number;
}

export const DEFAULT_SETTINGS: RunSettings = { runs: DEFAULT_RUNS, depth: DEFAULT_DEPTH, seed: DEFAULT_SEED };

interface Field {
  readonly key: keyof RunSettings;
  readonly label: Key;
  readonly min: number;
  readonly max: number;
}

const FIELDS: readonly Field[] = [
  { key: 'runs', label: 'whatsNext.run.runs', min: MIN_RUNS, max: PANEL_MAX_RUNS },
  { key: 'depth', label: 'whatsNext.run.depth', min: MIN_DEPTH, max: MAX_DEPTH },
  { key: 'seed', label: 'whatsNext.run.seed', min: MIN_SEED, max: MAX_SEED },
];

export interface RunControlsProps {
  readonly value: RunSettings;
  readonly onChange: (next: RunSettings) => void;
  readonly running: boolean;
  readonly progress: number;
  readonly onCancel: () => void;
  /** Runs the futures again for the settings shown (after a cancel, or to re-check). */
  readonly onRun: () => void;
  readonly runLabel: string;
}

export function RunControls({ value, onChange, running, progress, onCancel, onRun, runLabel }: RunControlsProps) {
  const { t, format } = useWords();
  const id = useId();
  // Text as typed, so a half-typed number is not snapped back; only valid values reach the run.
  const [draft, setDraft] = useState<Record<string, string>>({});
  return (
    <div className="whn-run">
      {FIELDS.map((f) => {
        const text = draft[f.key] ?? String(value[f.key]);
        const n = Number(text);
        const valid = /^\d+$/.test(text) && n >= f.min && n <= f.max;
        const inputId = `${id}-${f.key}`;
        return (
          <div className="whn-field" key={f.key}>
            <label htmlFor={inputId}>{t(f.label)}</label>
            <input
              id={inputId}
              className="input"
              inputMode="numeric"
              value={text}
              aria-invalid={!valid}
              aria-describedby={valid ? undefined : `${inputId}-err`}
              onChange={(e) => {
                const t = e.target.value.trim();
                setDraft((d) => ({ ...d, [f.key]: t }));
                const v = Number(t);
                if (/^\d+$/.test(t) && v >= f.min && v <= f.max) onChange({ ...value, [f.key]: v });
              }}
            />
            {!valid && (
              <span id={`${inputId}-err`} className="whn-error">
                {t('whatsNext.run.range', { min: format.number(f.min), max: format.number(f.max) })}
              </span>
            )}
          </div>
        );
      })}
      <div className="whn-progress" aria-live="polite">
        {running ? (
          <>
            <progress max={1} value={progress} aria-label={t('whatsNext.run.progress')} /> <span>{format.percent(Math.round(progress * 100) / 100, 0)}</span>
            <button type="button" className="button button--small" onClick={onCancel}>
              {t('common.cancel')}
            </button>
          </>
        ) : (
          <button type="button" className="button button--small" onClick={onRun}>
            {runLabel}
          </button>
        )}
      </div>
    </div>
  );
}
