import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { NodeId, Timeline } from '../../../engine/index.ts';
import { stepWhen, type Scenario, type Source, type StepWhen } from '../../../scenario/index.ts';
import { ForeignText, ScenarioText } from '../../components/index.ts';
import { originalScenario } from '../../../scenario/translated.ts';
import { useSend, useSession } from '../../stores/session/index.ts';
import { stepLastingText, stepWhenText, useWords, type Words } from '../../lib/words/index.ts';
import './replay-bar.css';

export const SPEEDS = [
  { factor: 0.5, ms: 4000 },
  { factor: 1, ms: 2000 },
  { factor: 2, ms: 1000 },
  { factor: 4, ms: 500 },
] as const;

interface Narration {
  readonly heading: string;
  readonly time: string | null;
  /** A replay step's place and date (its zone, and the other place's date). */
  readonly when?: StepWhen;
  /** How long the step's effects last ("lasts until 31 Aug 2017"), when it says. */
  readonly lasting?: string | null;
  readonly text: string;
  readonly sources: readonly Source[];
  readonly flag: { readonly kind: 'unverified' | 'contested'; readonly note: string } | null;
}

/** What to tell the reader at a node: the replay step's narration, or the move's description in free play. */
export function narrationAt(words: Words, scenario: Scenario, timeline: Timeline, id: NodeId): Narration {
  const node = timeline.node(id);
  const sourcesOf = (ids: readonly string[]) => ids.map((s) => scenario.meta.sources.find((src) => src.id === s)).filter((s): s is Source => !!s);
  if (node.replayIndex !== null) {
    const step = scenario.replay[node.replayIndex];
    if (step) {
      const move = scenario.moves.find((m) => m.id === step.move);
      return { heading: move?.label ?? step.move, time: step.time ?? null, when: stepWhen(scenario, step), lasting: stepLastingText(words, step), text: step.narration, sources: sourcesOf(step.sources), flag: step.flag ?? null };
    }
  }
  if (node.move) {
    const move = scenario.moves.find((m) => m.id === node.move?.move);
    if (move) return { heading: move.label, time: null, text: move.description, sources: sourcesOf(move.sources), flag: null };
    return { heading: words.t('moves.pass'), time: null, text: words.t('replay.passed'), sources: [], flag: null };
  }
  return { heading: words.t('replay.before'), time: null, text: scenario.meta.summary, sources: [], flag: null };
}

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
  // Sources are cited as published, in the language the scenario was written in.
  const sourceLanguage = originalScenario(scenario).meta.language;
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
      <div className="replay__controls">
        <button type="button" className="button" onClick={() => send({ type: 'replay.first' })} disabled={current === timeline.root}>
          {t('replay.start')}
        </button>
        <button type="button" className="button" onClick={() => send({ type: 'replay.step', delta: -1 })} disabled={!canBack} aria-keyshortcuts="ArrowLeft">
          {t('replay.back')}
        </button>
        <button
          type="button"
          className="button button--primary replay__play"
          onClick={() => setPlaying(!isPlaying)}
          disabled={!onTrack || at === track.length - 1}
          aria-keyshortcuts="P"
        >
          {isPlaying ? (
            <>
              <PauseIcon /> {t('replay.pause')}
            </>
          ) : (
            t('replay.play')
          )}
        </button>
        <button type="button" className="button" onClick={() => send({ type: 'replay.step', delta: 1 })} disabled={!canForward} aria-keyshortcuts="ArrowRight">
          {t('replay.forward')}
        </button>
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
      </div>
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
          <div className="replay__story-content">
            <p className="replay__heading">
              <strong>{narration.when ? stepWhenText(words, narration.when) : format.date(timeline.node(current).date)}</strong>
              {narration.lasting && <span className="muted">{` · ${narration.lasting}`}</span>}
              {narration.time && (
                <span className="muted">
                  {' · '}
                  <ScenarioText scenario={scenario} text={narration.time} />
                </span>
              )}
              <span>
                {' — '}
                <ScenarioText scenario={scenario} text={narration.heading} />
              </span>
              {!onTrack && <span className="tag tag--free">{t('replay.freePlay')}</span>}
            </p>
            {narration.flag && (
              <p className={`flag flag--${narration.flag.kind}`}>
                <strong>{t('replay.flag', { kind: narration.flag.kind })}</strong> <ScenarioText scenario={scenario} text={narration.flag.note} />
              </p>
            )}
            <p className="replay__narration">
              <ScenarioText scenario={scenario} text={narration.text} />
            </p>
            {narration.sources.length > 0 && (
              <p className="replay__sources">
                <span className="muted">{t('replay.sources')}</span>
                {narration.sources.map((src, i) => (
                  <span key={src.id}>
                    {i > 0 && ' · '}
                    {/^https?:\/\//i.test(src.url) ? (
                      <a href={src.url} target="_blank" rel="noopener noreferrer">
                        <ForeignText text={src.title} lang={sourceLanguage} />
                      </a>
                    ) : (
                      <ForeignText text={src.title} lang={sourceLanguage} />
                    )}{' '}
                    <span className="muted">
                      ({src.date ? words.rich('replay.sourceDated', { publisher: <ForeignText text={src.publisher} lang={sourceLanguage} />, date: format.date(src.date) }) : <ForeignText text={src.publisher} lang={sourceLanguage} />})
                    </span>
                  </span>
                ))}
              </p>
            )}
          </div>
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

