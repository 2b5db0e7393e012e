/** Reproduce and export: the equivalent `whn rollout` command, and the result as JSON (as the CLI prints it) or CSV. */
import { useMemo } from 'react';
import type { NodeId, Timeline } from '../../../engine/index.ts';
import { inexpressible, rolloutCsv, type RolloutCsvColumns, type RolloutOptions, type RolloutResult } from '../../../engine/rollout/index.ts';
import { downloadText } from '../../lib/download.ts';
import { useWords, type Words } from '../../lib/words/index.ts';
import { cliReproduction, MOVES_FILE } from './cli-command.ts';

/** Stands in the command for a scenario the user loaded from a file: the browser never learns its path. */
export const USER_FILE = 'YOUR-SCENARIO.yaml';

/**
 * The CLI's JSON for this result, plus the command that reproduces it. `file` is the shipped
 * scenario's path, or null for a scenario the user loaded (the command then names USER_FILE).
 */
/** The rollout CSV's header in the chosen language; outcome ids stay as data. */
export function rolloutCsvColumns(words: Words): RolloutCsvColumns {
  const { t } = words;
  return {
    fixed: [t('csv.rollout.turn'), t('csv.rollout.date'), t('csv.rollout.p5'), t('csv.rollout.p25'), t('csv.rollout.p50'), t('csv.rollout.p75'), t('csv.rollout.p95'), t('csv.rollout.mean')],
    standardError: (outcome) => t('csv.rollout.standardError', { outcome }),
  };
}

export function resultJson(words: Words, timeline: Timeline, current: NodeId, result: RolloutResult, options: RolloutOptions, file: string | null): string {
  const { scenario } = timeline;
  const node = timeline.node(current);
  const steps = timeline.pathTo(current).slice(1).map((id) => timeline.node(id));
  const moves = steps.map((n) => n.move?.move ?? (n.override ? `override:${n.override.actor}.${n.override.posture}=${n.override.level}` : null));
  const from = { moves, date: node.date, turn: node.turn };
  const cli = cliReproduction(file ?? USER_FILE, timeline, current, options);
  const command = cli?.command ?? null;
  const movesFile = cli?.movesFile ?? null;
  const why = cli === null ? inexpressible(timeline, current) : null;
  const notes =
    why !== null
      ? [words.t('whatsNext.export.commandNote', { why: words.t('whatsNext.export.why', { why }) })]
      : [...(file === null ? [words.t('whatsNext.export.userNote', { placeholder: USER_FILE })] : []), ...(movesFile ? [words.t('whatsNext.export.movesFileJson', { file: MOVES_FILE })] : [])];
  const note = notes.length > 0 ? { commandNote: notes.join(' ') } : {};
  return JSON.stringify({ ...result, scenario: { id: scenario.meta.id, hash: scenario.hash }, from, command, ...note }, null, 2);
}

export interface ExportBarProps {
  readonly timeline: Timeline;
  readonly current: NodeId;
  readonly result: RolloutResult;
  readonly options: RolloutOptions;
  /** The shipped scenario's path; null for a scenario the user loaded from a file. */
  readonly file: string | null;
}

export function ExportBar({ timeline, current, result, options, file }: ExportBarProps) {
  const words = useWords();
  const { t } = words;
  // Each walks the path (20,000 nodes deep in a big session): once per node and options, not per render.
  const cli = useMemo(() => cliReproduction(file ?? USER_FILE, timeline, current, options), [file, timeline, current, options]);
  const command = cli?.command ?? null;
  const movesFile = cli?.movesFile ?? null;
  const why = useMemo(() => (cli === null ? inexpressible(timeline, current) : null), [cli, timeline, current]);
  const base = `futures-${timeline.scenario.meta.id}-node${current}-seed${result.seed}`;
  return (
    <div className="whn-export">
      {command !== null ? (
        <p className="muted whn-note">
          {file === null
            ? words.rich('whatsNext.export.userCommand', { command, placeholder: USER_FILE, code: (chunks) => <code>{chunks}</code> })
            : words.rich('whatsNext.export.command', { command, code: (chunks) => <code>{chunks}</code> })}
        </p>
      ) : (
        <p className="muted whn-note">
          {words.rich('whatsNext.export.noCommand', { why: why === null ? '' : t('whatsNext.export.why', { why }), code: (chunks) => <code>{chunks}</code> })}
        </p>
      )}
      {movesFile && (
        <>
          <p className="muted whn-note">{words.rich('whatsNext.export.movesFileNote', { count: movesFile.count, file: MOVES_FILE, code: (chunks) => <code>{chunks}</code> })}</p>
          <button type="button" className="button button--small" onClick={() => downloadText(movesFile.text, MOVES_FILE, 'text/plain;charset=utf-8')}>
            {t('whatsNext.export.movesFile', { file: MOVES_FILE })}
          </button>{' '}
        </>
      )}
      <button type="button" className="button button--small" onClick={() => downloadText(resultJson(words, timeline, current, result, options, file), `${base}.json`, 'application/json')}>
        {t('whatsNext.export.json')}
      </button>{' '}
      <button type="button" className="button button--small" onClick={() => downloadText(rolloutCsv(result, rolloutCsvColumns(words)), `${base}.csv`, 'text/csv;charset=utf-8')}>
        {t('whatsNext.export.csv')}
      </button>
    </div>
  );
}
