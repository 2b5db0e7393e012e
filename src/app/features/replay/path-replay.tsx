import { useMemo } from 'react';
import type { NodeId, Timeline } from '../../../engine/index.ts';
import { StepControls } from '../../components/index.ts';
import { useWords } from '../../lib/words/index.ts';
import { narrationAt } from './narration.ts';
import { ReplayStory } from './replay-story.tsx';
import './replay-bar.css';

export interface PathReplayProps {
  readonly timeline: Timeline;
  /** Where the class is: the replay runs from the scenario's first day to here. */
  readonly head: NodeId;
  /** The step shown; null follows the class. */
  readonly at: NodeId | null;
  readonly onAt: (id: NodeId | null) => void;
}

/**
 * The exercise so far, step by step, for a device that cannot move the class: the history up to the
 * start point and every move since, with its narration and sources. Stepping here changes this
 * screen only; "Latest" follows the class again.
 */
export function PathReplay({ timeline, head, at, onAt }: PathReplayProps) {
  const words = useWords();
  const { t, format } = words;
  const { scenario } = timeline;
  const path = useMemo(() => timeline.pathTo(head), [timeline, head]);
  const track = useMemo(() => new Set(timeline.replayTrack()), [timeline]);
  const index = at === null ? -1 : path.indexOf(at);
  const shown = index >= 0 ? index : path.length - 1;
  const id = path[shown] ?? head;
  const steps = path.length - 1;
  const go = (i: number) => onAt(i >= steps ? null : (path[Math.max(0, i)] ?? null));
  const narration = useMemo(() => narrationAt(words, scenario, timeline, id), [words, scenario, timeline, id]);
  return (
    <section className="replay replay--path" aria-labelledby="path-replay-title">
      <h2 id="path-replay-title" className="replay__path-title">
        {t('replay.path.title')}
      </h2>
      <StepControls onStart={() => go(0)} onBack={() => go(shown - 1)} onForward={() => go(shown + 1)} canStart={shown > 0} canBack={shown > 0} canForward={shown < steps}>
        <button type="button" className="button" onClick={() => onAt(null)} disabled={shown >= steps}>
          {t('replay.path.latest')}
        </button>
        <span className="replay__step" data-testid="path-step">
          {t('replay.path.step', { at: shown, steps, date: format.date(timeline.node(id).date) })}
        </span>
      </StepControls>
      <div className="replay__story-wrap">
        <div className="replay__story replay__story--expanded" role="region" aria-label={t('replay.narration')} aria-live="polite">
          <ReplayStory scenario={scenario} timeline={timeline} id={id} narration={narration} freePlay={!track.has(id)} />
        </div>
      </div>
    </section>
  );
}
