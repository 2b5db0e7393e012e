/** The replay track as rows (what `whn replay` prints): each step played through the machine. */
import { sourceLinks } from '../scenario/source-links.ts';
import type { Scenario } from '../scenario/types.ts';
import { startTimeline } from './timeline.ts';
import type { PostureState } from './types.ts';

export interface ReplayRow {
  readonly date: string;
  /** The actor, or the actors of a move made together joined by "+". */
  readonly actor: string;
  readonly move: string;
  readonly label: string;
  readonly cameo: string;
  readonly goldstein: number;
  readonly postures: PostureState;
  /** 0–100, rounded to 0.1. */
  readonly tension: number;
  readonly outcomes: readonly string[];
  readonly sources: readonly string[];
  readonly narration: string;
  readonly flag: { readonly kind: string; readonly note: string } | null;
}

/** Throws EngineError ('replay-closed') naming the date and the failing condition when a step is closed. */
export function replayRows(scenario: Scenario): ReplayRow[] {
  const timeline = startTimeline(scenario);
  const urls = new Map(scenario.meta.sources.map((s) => [s.id, sourceLinks(s).map((l) => l.url)]));
  return timeline
    .replayTrack()
    .slice(1)
    .map((id, i) => {
      const step = scenario.replay[i];
      const move = scenario.moves.find((m) => m.id === step?.move);
      const indicators = timeline.indicators(id);
      return {
        date: timeline.node(id).date,
        // A move made together names every actor: "us+rok".
        actor: move?.actors.join('+') ?? '',
        move: move?.id ?? '',
        label: move?.label ?? '',
        cameo: move?.cameo ?? '',
        goldstein: indicators.goldstein ?? 0,
        postures: timeline.postures(id),
        tension: Math.round(indicators.tension * 10) / 10,
        outcomes: indicators.outcomes,
        sources: (step?.sources ?? []).flatMap((s) => urls.get(s) ?? [s]),
        narration: step?.narration ?? '',
        flag: step?.flag ? { kind: step.flag.kind, note: step.flag.note } : null,
      };
    });
}
