/**
 * "What happens next": from the current node, the likely next moves and a fan of simulated futures
 * (run in a Web Worker), with what-if sliders and a sensitivity ranking. See docs/monte-carlo.md.
 */
import { useDeferredValue, useMemo, useState } from 'react';
import { engineFor, type NodeId, type Timeline } from '../../../engine/index.ts';
import { nextResponses, rolloutStartAt, type RolloutStart, type WhatIf } from '../../../engine/rollout/index.ts';
import { useLazyWords } from '../../lib/words/index.ts';
import { ExportBar } from './export-bar.tsx';
import { FanChart } from './fan-chart.tsx';
import { fanSummary, outcomesSummary } from './format.ts';
import { GoldsteinTable } from './goldstein-table.tsx';
import { OutcomesView } from './outcomes-view.tsx';
import { PathsList } from './paths-list.tsx';
import { PrefixTreeView } from './prefix-tree-view.tsx';
import { ResponsesTable } from './responses-table.tsx';
import { DEFAULT_SETTINGS, RunControls, type RunSettings } from './run-controls.tsx';
import { SensitivityView } from './sensitivity-view.tsx';
import { useRollouts } from './use-rollouts.ts';
import { isNeutral, WhatIfControls } from './what-if-controls.tsx';
import './whats-next.css';

export interface WhatHappensNextPanelProps {
  readonly timeline: Timeline;
  readonly current: NodeId;
  /**
   * The scenario's file for the equivalent `whn rollout` command: the shipped file by default; null
   * for a scenario the user loaded (its path is unknown, and a shipped file of the same id differs).
   */
  readonly scenarioFile?: string | null;
}

/** Sensitivity runs many variants: it uses at most this many futures per variant. */
const SENSITIVITY_RUNS = 4000;

export function WhatHappensNextPanel({ timeline, current, scenarioFile = `scenarios/${timeline.scenario.meta.id}.yaml` }: WhatHappensNextPanelProps) {
  const { scenario } = timeline;
  const words = useLazyWords();
  const { t, format } = words;
  const { compiled } = engineFor(scenario);
  const [settings, setSettings] = useState<RunSettings>(DEFAULT_SETTINGS);
  // Re-mounts the run fields after a cancel, so they show the settings of the result on screen.
  const [fieldsKey, setFieldsKey] = useState(0);
  const [whatIfState, setWhatIf] = useState<{ hash: string; value: WhatIf }>({ hash: scenario.hash, value: {} });
  // A new scenario has other actors and moves: its what-if starts from scratch.
  const whatIf = useMemo(() => (whatIfState.hash === scenario.hash ? whatIfState.value : {}), [whatIfState, scenario.hash]);
  // A new timeline value (a rename, a move elsewhere) must not re-run the futures: key the start on its content.
  const startKey = JSON.stringify(rolloutStartAt(timeline, current));
  const start = useMemo(() => JSON.parse(startKey) as RolloutStart, [startKey]);
  const base = useMemo(() => nextResponses(compiled, start), [compiled, start]);
  const scaled = useMemo(() => nextResponses(compiled, start, whatIf), [compiled, start, whatIf]);
  const neutral = isNeutral(whatIf);
  const options = useMemo(() => ({ ...settings, whatIf: neutral ? {} : whatIf }), [settings, whatIf, neutral]);
  const rollouts = useRollouts(scenario, start, options);
  const { result } = rollouts;
  // A new result redraws two charts and three tables: a background render that yields to clicks.
  // The status line follows the shown result, so it never announces numbers not yet on screen.
  const shown = useDeferredValue(result);
  // A cancelled run leaves the previous result on screen as a plain (not "updating") result.
  const stale = (rollouts.stale && !rollouts.cancelled) || shown !== result;
  const cancel = () => {
    rollouts.cancel();
    if (shown) {
      setSettings({ runs: shown.runs, depth: shown.depth, seed: shown.seed });
      setFieldsKey((k) => k + 1);
    }
  };
  const node = timeline.node(current);

  return (
    <section className="panel whn" aria-labelledby="whn-title">
      <header className="panel__header">
        <h3 id="whn-title">{t('whatsNext.title')}</h3>
        <p className="panel__hint">{node.turn > 0 ? t('whatsNext.fromTurn', { date: format.date(node.date), turn: node.turn }) : t('whatsNext.fromStart', { date: format.date(node.date) })}</p>
      </header>
      <ResponsesTable scenario={scenario} base={base} scaled={scaled} whatIfActive={!neutral} />
      <div className="whn-controls">
        <RunControls
          key={fieldsKey}
          value={settings}
          onChange={setSettings}
          running={rollouts.running}
          progress={rollouts.progress}
          onCancel={cancel}
          onRun={rollouts.rerun}
          runLabel={shown && !rollouts.stale ? t('whatsNext.runAgain') : t('whatsNext.run')}
        />
        <WhatIfControls scenario={scenario} value={whatIf} onChange={(value) => setWhatIf({ hash: scenario.hash, value })} />
      </div>
      <div aria-live="polite" className="whn-status">
        {rollouts.error && <p className="notice notice--error">{t('whatsNext.error', { error: rollouts.error })}</p>}
        {!shown && !rollouts.error && <p className="muted">{t('whatsNext.simulating', { runs: format.number(settings.runs) })}</p>}
        {shown && rollouts.cancelled && !rollouts.running && (
          <p className="muted">{t('whatsNext.cancelled', { runs: format.number(shown.runs), depth: shown.depth, seed: shown.seed, stale: rollouts.stale ? 'yes' : 'no' })}</p>
        )}
        {shown && !(rollouts.cancelled && !rollouts.running) && (
          <p className="muted">{t('whatsNext.shown', { runs: format.number(shown.runs), depth: shown.depth, seed: shown.seed, stale: stale ? 'yes' : 'no' })}</p>
        )}
      </div>
      {shown && (
        <div className={`whn-results${stale ? ' whn-results--stale' : ''}`}>
          <FanChart fan={shown.fan} summary={fanSummary(words, shown)} />
          <OutcomesView outcomes={shown.outcomes} depth={shown.depth} summary={outcomesSummary(words, shown)} />
          <PathsList scenario={scenario} paths={shown.topPaths} runs={shown.runs} distinct={shown.distinctPaths} />
          <PrefixTreeView scenario={scenario} tree={shown.prefixTree} outcomes={shown.outcomes} />
          <GoldsteinTable scenario={scenario} rows={shown.goldstein} depth={shown.depth} />
        </div>
      )}
      {shown && !stale && <ExportBar timeline={timeline} current={current} result={shown} options={options} file={scenarioFile} />}
      <SensitivityView
        scenario={scenario}
        runs={Math.min(SENSITIVITY_RUNS, settings.runs)}
        state={rollouts.sensitivity}
        onRun={(outcome) => rollouts.runSensitivity(outcome, Math.min(SENSITIVITY_RUNS, settings.runs))}
        onCancel={rollouts.cancelSensitivity}
      />
    </section>
  );
}

export default WhatHappensNextPanel;
