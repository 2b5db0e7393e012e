import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { NodeId, Timeline } from '../../../engine/index.ts';
import { narrationAt } from './narration.ts';
import { ReplayStory } from './replay-story.tsx';
import { useSend, useSession } from '../../stores/session/index.ts';
import { StepControls } from '../../components/index.ts';
import { useWords } from '../../lib/words/index.ts';
import './replay-bar.css';

export const SPEEDS = [
  { factor: 0.5, ms: 4000 },
  { factor: 1, ms: 2000 },
  { factor: 2, ms: 1000 },
  { factor: 4, ms: 500 },
] as const;

/** The last node of the replay track on the path to `id` (where a free-play branch left history). */
function lastTrackNode(timeline: Timeline, id: NodeId, track: readonly NodeId[]): NodeId | null {
  const path = timeline.pathTo(id);
  for (let i = path.length - 1; i >= 0; i--) {
    const n = path[i];
    if (n !== undefined && track.includes(n)) return n;
  }
  return null;
}

export function ReplayBar({ onBranchHere }: { readonly onBranchHere: () => void }) {
  const words = useWords();
  const { t, format } = words;
  const send = useSend();
  const scenario = useSession((s) => s.scenario);
  const timeline = useSession((s) => s.timeline);
  const current = useSession((s) => s.current);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(1);
  // The story box keeps one height so the board below does not jump at each step; a long
  // narration scrolls inside it (keyboard too) or is opened in full with "More", until the next step.
  const [expandedAt, setExpandedAt] = useState<NodeId | null>(null);
  const expanded = expandedAt === current;
  const storyRef = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);

  const track = useMemo(() => timeline.replayTrack(), [timeline]);
  const at = track.indexOf(current);
  const onTrack = at >= 0;
  const steps = Math.max(track.length - 1, 0);
  const narration = useMemo(() => narrationAt(words, scenario, timeline, current), [words, scenario, timeline, current]);
  const forkPoint = onTrack ? null : lastTrackNode(timeline, current, track);
  const canBack = timeline.node(current).parent !== null;
  const canForward = onTrack ? at < track.length - 1 : timeline.children(current).length > 0;
  const isPlaying = playing && onTrack && at < track.length - 1;

  useEffect(() => {
    if (!isPlaying) return;
    const timer = window.setTimeout(() => send({ type: 'replay.step', delta: 1 }), SPEEDS[speed]?.ms ?? 2000);
    return () => window.clearTimeout(timer);
  }, [isPlaying, speed, current, send]);

  useLayoutEffect(() => {
    const box = storyRef.current;
    const content = box?.firstElementChild;
    if (!box || !content || typeof ResizeObserver === 'undefined') return;
    box.scrollTop = 0;
    // Observing the content too: a new narration changes its height, not the box's.
    const measure = () => setOverflows(box.scrollHeight > box.clientHeight + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    observer.observe(content);
    return () => observer.disconnect();
  }, [narration, expanded]);

  if (steps === 0) return null;

  return (
    <section className="replay" aria-labelledby="replay-title">
      <h2 id="replay-title" className="visually-hidden">
        {t('replay.title')}
      </h2>
      <StepControls
        onStart={() => send({ type: 'replay.first' })}
        onBack={() => send({ type: 'replay.step', delta: -1 })}
        onForward={() => send({ type: 'replay.step', delta: 1 })}
        canStart={current !== timeline.root}
        canBack={canBack}
        canForward={canForward}
        arrowKeys
        middle={
          <button type="button" className="button button--primary replay__play" onClick={() => setPlaying(!isPlaying)} disabled={!onTrack || at === track.length - 1} aria-keyshortcuts="P">
            {isPlaying ? (
              <>
                <PauseIcon /> {t('replay.pause')}
              </>
            ) : (
              t('replay.play')
            )}
          </button>
        }
      >
        <label className="replay__speed">
          <span>{t('replay.speed')}</span>
          <select className="select" value={speed} onChange={(event) => setSpeed(Number(event.target.value))}>
            {SPEEDS.map((s, i) => (
              <option key={s.factor} value={i}>
                {t('replay.speedFactor', { factor: format.number(s.factor) })}
              </option>
            ))}
          </select>
        </label>
        <div className="replay__scrub">
          <label htmlFor="replay-scrub" className="replay__step">
            {onTrack ? t('replay.step', { at, steps }) : t('replay.offTrack')}
          </label>
          <input
            id="replay-scrub"
            type="range"
            min={0}
            max={steps}
            value={onTrack ? at : 0}
            disabled={!onTrack}
            aria-valuetext={onTrack ? t('replay.stepValue', { date: format.date(timeline.node(current).date), at, steps }) : t('replay.offTrackValue')}
            onChange={(event) => {
              const target = track[Number(event.target.value)];
              if (target !== undefined) send({ type: 'node.go', id: target });
            }}
          />
        </div>
        {onTrack ? (
          <button type="button" className="button replay__branch" onClick={onBranchHere}>
            {t('replay.branchHere')}
          </button>
        ) : (
          forkPoint !== null && (
            <button type="button" className="button replay__branch" onClick={() => send({ type: 'node.go', id: forkPoint })}>
              {t('replay.backToHistory', { date: format.date(timeline.node(forkPoint).date) })}
            </button>
          )
        )}
      </StepControls>
      <div className="replay__story-wrap">
        <div
          ref={storyRef}
          className={`replay__story${expanded ? ' replay__story--expanded' : overflows ? ' replay__story--overflows' : ''}`}
          aria-live="polite"
          role="region"
          aria-label={t('replay.narration')}
          // Always a tab stop: whether the text overflows is only known after layout (and changes
          // with fonts and width), and a scrollable region must be reachable by keyboard.
          tabIndex={0}
        >
          <ReplayStory scenario={scenario} timeline={timeline} id={current} narration={narration} freePlay={!onTrack} />
        </div>
        {(overflows || expanded) && (
          <button
            type="button"
            className="button button--small button--quiet replay__more"
            aria-expanded={expanded}
            onClick={() => setExpandedAt(expanded ? null : current)}
          >
            {expanded ? t('replay.less') : t('replay.more')}
          </button>
        )}
      </div>
    </section>
  );
}

// Inline SVG: the ⏸ glyph is missing from common Linux font sets and showed as an empty box.
function PauseIcon() {
  return (
    <svg className="icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <rect x="3" y="2" width="3.5" height="12" fill="currentColor" />
      <rect x="9.5" y="2" width="3.5" height="12" fill="currentColor" />
    </svg>
  );
}

