import { useEffect, useRef, useState, type DragEvent } from 'react';
import type { Problem, Scenario } from '../../../scenario/index.ts';
import { shippedScenarios, loadShipped } from '../../lib/scenarios.ts';
import { scenarioInLanguage } from '../../lib/scenario-translations.ts';
import { ProblemsPanel } from './problems-panel.tsx';
import { readScenarioFile, type ReadResult } from './read-scenario-file.ts';
import { useWords, WithLazyWords } from '../../lib/words/index.ts';
import './scenario-picker.css';

export interface PickedScenario {
  readonly scenario: Scenario;
  /** The YAML text for a user's own file (null for a shipped scenario). */
  readonly source: string | null;
  /** What the loader warns of in a user's file (two moves with one label…), said once it opens. */
  readonly warnings?: readonly Problem[];
}

export interface ScenarioPickerProps {
  readonly currentId: string;
  readonly onPick: (picked: PickedScenario) => void;
  /** A file dropped anywhere on the page, handed over by the app. */
  readonly dropped?: ReadResult | null;
  /** Opens the scenario editor on a new draft or on the scenario on screen. */
  readonly onEdit?: (what: 'new' | 'this') => void;
  /** Opens the editor's drafts list. */
  readonly onDrafts?: () => void;
}

interface ShippedSummary {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly scenario: Scenario | null;
  readonly problem: string | null;
}

export function ScenarioPicker(props: ScenarioPickerProps) {
  return (
    <WithLazyWords>
      <Picker {...props} />
    </WithLazyWords>
  );
}

function Picker({ currentId, onPick, dropped = null, onEdit, onDrafts }: ScenarioPickerProps) {
  const words = useWords();
  const { t } = words;
  const [shipped, setShipped] = useState<readonly ShippedSummary[] | null>(null);
  const [rejected, setRejected] = useState<Extract<ReadResult, { ok: false }> | null>(dropped && !dropped.ok ? dropped : null);
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let live = true;
    Promise.all(
      shippedScenarios.map(async (entry): Promise<ShippedSummary> => {
        const loaded = await loadShipped(entry.id);
        if (loaded?.result.ok) {
          // Listed, and opened, in the chosen language when a translation ships.
          const scenario = await scenarioInLanguage(loaded.result.scenario, words.locale);
          return { id: entry.id, title: scenario.meta.title, summary: scenario.meta.summary, scenario, problem: null };
        }
        const count = loaded && !loaded.result.ok ? loaded.result.problems.length : 0;
        return { id: entry.id, title: entry.file, summary: '', scenario: null, problem: t('picker.shippedProblem', { count }) };
      }),
    ).then((list) => {
      if (live) setShipped(list);
    });
    return () => {
      live = false;
    };
  }, [t, words.locale]);

  async function accept(file: File | undefined) {
    if (!file) return;
    setBusy(true);
    const result = await readScenarioFile(file, words);
    setBusy(false);
    if (result.ok) {
      setRejected(null);
      onPick({ scenario: result.scenario, source: result.source, warnings: result.warnings });
    } else {
      setRejected(result);
    }
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    event.stopPropagation();
    setDragging(false);
    void accept(event.dataTransfer.files[0]);
  }

  return (
    <div className="picker">
      <section aria-labelledby="picker-shipped">
        <h3 id="picker-shipped">{t('picker.scenarios')}</h3>
        {shipped === null ? (
          <p aria-live="polite">{t('picker.loading')}</p>
        ) : shipped.length === 0 ? (
          <p>{t('picker.none')}</p>
        ) : (
          <ul className="picker__list">
            {shipped.map((s) => (
              <li key={s.id} className="picker__item">
                <div>
                  <p className="picker__title">{s.title}</p>
                  {s.summary && <p className="picker__summary">{s.summary}</p>}
                  {s.problem && <p className="picker__problem">{s.problem}</p>}
                </div>
                <button
                  type="button"
                  className="button"
                  disabled={!s.scenario}
                  aria-label={t(s.scenario?.meta.id === currentId ? 'picker.openAgainLabel' : 'picker.openLabel', { title: s.title })}
                  onClick={() => s.scenario && onPick({ scenario: s.scenario, source: null })}
                >
                  {s.scenario?.meta.id === currentId ? t('picker.startAgain') : t('picker.open')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="picker-own">
        <h3 id="picker-own">{t('picker.own')}</h3>
        <div
          className={`dropzone${dragging ? ' dropzone--active' : ''}`}
          data-testid="dropzone"
          onDragOver={(event) => {
            event.preventDefault();
            event.stopPropagation();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <p>{t('picker.drop')}</p>
          <button type="button" className="button" onClick={() => inputRef.current?.click()}>
            {t('picker.choose')}
          </button>
          <input
            ref={inputRef}
            data-testid="scenario-file"
            className="visually-hidden"
            tabIndex={-1}
            aria-label={t('picker.file')}
            type="file"
            accept=".yaml,.yml,text/yaml,application/yaml"
            onChange={(event) => {
              void accept(event.target.files?.[0]);
              event.target.value = '';
            }}
          />
          {busy && <p aria-live="polite">{t('picker.checking')}</p>}
        </div>
        {rejected && <ProblemsPanel file={rejected.file} problems={rejected.problems} onDismiss={() => setRejected(null)} />}
      </section>
      {onEdit && (
        <section aria-labelledby="picker-write">
          <h3 id="picker-write">{t('editor.picker.title')}</h3>
          <p className="picker__summary">{t('editor.picker.note')}</p>
          <div className="picker__write">
            <button type="button" className="button" onClick={() => onEdit('new')}>
              {t('editor.picker.new')}
            </button>
            <button type="button" className="button" onClick={() => onEdit('this')}>
              {t('editor.picker.edit')}
            </button>
            {onDrafts && (
              <button type="button" className="button button--quiet" onClick={onDrafts}>
                {t('editor.picker.drafts')}
              </button>
            )}
          </div>
        </section>
      )}
    </div>
  );
}
