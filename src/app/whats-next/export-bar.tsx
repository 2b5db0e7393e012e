/** Reproduce and export: the equivalent `whn rollout` command, and the result as JSON (as the CLI prints it) or CSV. */
import type { NodeId, Timeline } from '../../engine/index.ts';
import { rolloutCsv, type RolloutOptions, type RolloutResult } from '../../engine/rollout/index.ts';
import { cliCommand } from './cli-command.ts';

function download(text: string, type: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The CLI's JSON for this result, plus the command that reproduces it. */
export function resultJson(timeline: Timeline, current: NodeId, result: RolloutResult, options: RolloutOptions): string {
  const { scenario } = timeline;
  const node = timeline.node(current);
  const from = { moves: timeline.pathTo(current).slice(1).map((id) => timeline.node(id).move?.move), date: node.date, turn: node.turn };
  const command = cliCommand(`scenarios/${scenario.meta.id}.yaml`, timeline, current, options);
  return JSON.stringify({ ...result, scenario: { id: scenario.meta.id, hash: scenario.hash }, from, command }, null, 2);
}

export interface ExportBarProps {
  readonly timeline: Timeline;
  readonly current: NodeId;
  readonly result: RolloutResult;
  readonly options: RolloutOptions;
}

export function ExportBar({ timeline, current, result, options }: ExportBarProps) {
  const base = `futures-${timeline.scenario.meta.id}-node${current}-seed${result.seed}`;
  return (
    <div className="whn-export">
      <p className="muted whn-note">
        Same numbers on the command line: <code>{cliCommand(`scenarios/${timeline.scenario.meta.id}.yaml`, timeline, current, options)}</code>
      </p>
      <button type="button" className="button button--small" onClick={() => download(resultJson(timeline, current, result, options), 'application/json', `${base}.json`)}>
        Download JSON
      </button>{' '}
      <button type="button" className="button button--small" onClick={() => download(rolloutCsv(result), 'text/csv;charset=utf-8', `${base}.csv`)}>
        Download CSV
      </button>
    </div>
  );
}
