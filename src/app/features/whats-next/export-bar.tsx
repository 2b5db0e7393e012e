/** Reproduce and export: the equivalent `whn rollout` command, and the result as JSON (as the CLI prints it) or CSV. */
import type { NodeId, Timeline } from '../../../engine/index.ts';
import { inexpressible, rolloutCsv, type RolloutOptions, type RolloutResult } from '../../../engine/rollout/index.ts';
import { downloadText } from '../../lib/download.ts';
import { useWords, type Words } from '../../lib/words/index.ts';
import { cliCommand } from './cli-command.ts';

/** The CLI's JSON for this result, plus the command that reproduces it. */
export function resultJson(words: Words, timeline: Timeline, current: NodeId, result: RolloutResult, options: RolloutOptions): string {
  const { scenario } = timeline;
  const node = timeline.node(current);
  const steps = timeline.pathTo(current).slice(1).map((id) => timeline.node(id));
  const moves = steps.map((n) => n.move?.move ?? (n.override ? `override:${n.override.actor}.${n.override.posture}=${n.override.level}` : null));
  const from = { moves, date: node.date, turn: node.turn };
  const command = cliCommand(`scenarios/${scenario.meta.id}.yaml`, timeline, current, options);
  const why = inexpressible(timeline, current);
  const note = why === null ? {} : { commandNote: words.t('whatsNext.export.commandNote', { why: words.t('whatsNext.export.why', { why }) }) };
  return JSON.stringify({ ...result, scenario: { id: scenario.meta.id, hash: scenario.hash }, from, command, ...note }, null, 2);
}

export interface ExportBarProps {
  readonly timeline: Timeline;
  readonly current: NodeId;
  readonly result: RolloutResult;
  readonly options: RolloutOptions;
}

export function ExportBar({ timeline, current, result, options }: ExportBarProps) {
  const words = useWords();
  const { t } = words;
  const why = inexpressible(timeline, current);
  const base = `futures-${timeline.scenario.meta.id}-node${current}-seed${result.seed}`;
  const command = cliCommand(`scenarios/${timeline.scenario.meta.id}.yaml`, timeline, current, options);
  return (
    <div className="whn-export">
      {command !== null ? (
        <p className="muted whn-note">{words.rich('whatsNext.export.command', { command, code: (chunks) => <code>{chunks}</code> })}</p>
      ) : (
        <p className="muted whn-note">
          {words.rich('whatsNext.export.noCommand', { why: why === null ? '' : t('whatsNext.export.why', { why }), code: (chunks) => <code>{chunks}</code> })}
        </p>
      )}
      <button type="button" className="button button--small" onClick={() => downloadText(resultJson(words, timeline, current, result, options), `${base}.json`, 'application/json')}>
        {t('whatsNext.export.json')}
      </button>{' '}
      <button type="button" className="button button--small" onClick={() => downloadText(rolloutCsv(result), `${base}.csv`, 'text/csv;charset=utf-8')}>
        {t('whatsNext.export.csv')}
      </button>
    </div>
  );
}
