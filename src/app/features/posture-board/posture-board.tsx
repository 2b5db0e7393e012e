import { useMemo, type CSSProperties } from 'react';
import { engineFor, type PostureState } from '../../../engine/index.ts';
import { useSession } from '../../stores/session/index.ts';
import { useWords } from '../../lib/words/index.ts';
import { tensionText } from '../../lib/words/tension.ts';
import { LiveStatechart } from './live-statechart.tsx';
import './posture-board.css';

export interface PostureBoardProps {
  /** Only these actors' cards (a networked team's own side); every actor when left out. */
  readonly actors?: readonly string[];
}

export function PostureBoard({ actors: only }: PostureBoardProps = {}) {
  const words = useWords();
  const { t } = words;
  const scenario = useSession((s) => s.scenario);
  const timeline = useSession((s) => s.timeline);
  const current = useSession((s) => s.current);
  const postures = useMemo(() => timeline.postures(current), [timeline, current]);
  const before = useMemo(() => {
    const parent = timeline.node(current).parent;
    return parent === null ? null : timeline.postures(parent);
  }, [timeline, current]);
  const tension = useMemo(() => timeline.indicators(current).tension, [timeline, current]);
  // Effects that run their course before the next move's date: the level each lapses to, by posture.
  const lapses = useMemo(() => new Map(timeline.nextMove(current).lapsed.map((l) => [l.posture, l])), [timeline, current]);

  const { outline } = engineFor(scenario);
  const colours = useMemo(() => Object.fromEntries(scenario.actors.map((a) => [a.id, a.colour])), [scenario]);
  const labels = useMemo(() => Object.fromEntries(scenario.actors.map((a) => [a.id, a.short])), [scenario]);

  return (
    <section className="panel posture-board" aria-labelledby="postures-title">
      <header className="panel__header">
        <h2 id="postures-title">{t('board.title')}</h2>
        <p className="posture-board__tension">
          {t('board.tension')} <strong data-testid="tension">{tensionText(words, tension)}</strong>
          <span className="muted">{t('board.outOf')}</span>
        </p>
      </header>
      <div className="posture-board__actors">
        {scenario.actors.filter((a) => only === undefined || only.includes(a.id)).map((actor) => (
          <article key={actor.id} className="actor-card" style={{ '--actor': actor.colour } as CSSProperties} aria-labelledby={`actor-${actor.id}`}>
            <h3 id={`actor-${actor.id}`} className="actor-card__name">
              <span className="actor-card__swatch" aria-hidden="true" />
              {actor.name}
            </h3>
            <ul className="actor-card__postures">
              {actor.postures.map((posture) => {
                const levelId = postures[actor.id]?.[posture.id];
                const level = posture.levels.find((l) => l.id === levelId);
                const previousId = before?.[actor.id]?.[posture.id];
                const previous = previousId && previousId !== levelId ? posture.levels.find((l) => l.id === previousId) : undefined;
                const lapse = lapses.get(`${actor.id}.${posture.id}`);
                const lapsesTo = lapse && posture.levels.find((l) => l.id === lapse.to);
                return (
                  <li key={posture.id} className={`posture${previous ? ' posture--changed' : ''}`} data-testid={`posture-${actor.id}-${posture.id}`}>
                    <div className="posture__head">
                      <span className="posture__label">{posture.label}</span>
                      <span className="posture__current">
                        {level?.label ?? levelId}
                        <span className="posture__escalation">{t('board.escalation', { level: level?.escalation ?? '?' })}</span>
                      </span>
                    </div>
                    <ol className="posture__ladder" aria-label={t('board.ladder', { posture: posture.label })}>
                      {posture.levels.map((l) => (
                        <li key={l.id} className={`rung${l.id === levelId ? ' rung--current' : ''}`} aria-current={l.id === levelId ? 'true' : undefined} title={l.description ? t('board.levelTitle', { level: l.label, description: l.description }) : l.label}>
                          {/* A long ladder truncates labels; a level's short label (short:) stands in, the full one stays for screen readers. */}
                          {l.short ? (
                            <>
                              <span aria-hidden="true">{l.short}</span>
                              <span className="visually-hidden">{l.label}</span>
                            </>
                          ) : (
                            l.label
                          )}
                        </li>
                      ))}
                    </ol>
                    {previous && (
                      <p className="posture__was">
                        <span className="visually-hidden">{t('board.changedFrom')}</span>
                        <span aria-hidden="true">{t('board.was')}</span>
                        {previous.label}
                      </p>
                    )}
                    {lapse && (
                      <p className="posture__lapses">{t('board.lapses', { level: lapsesTo?.label ?? lapse.to, date: words.format.date(lapse.due) })}</p>
                    )}
                  </li>
                );
              })}
            </ul>
          </article>
        ))}
      </div>
      <LiveStatechart outline={outline} value={stateValue(postures)} colours={colours} labels={labels} />
    </section>
  );
}

/** The machine's state value at a node: one region per actor, one per posture, level ids as states. */
function stateValue(postures: PostureState): Record<string, Record<string, string>> {
  return Object.fromEntries(Object.entries(postures).map(([actor, levels]) => [actor, { ...levels }]));
}
