import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { moveGoldstein, PASS, type ActorId, type NodeId, type Timeline } from '../../../engine/index.ts';
import { commitOptions, type ClassroomSettings } from '../../../engine/classroom/index.ts';
import { GoldsteinTag } from '../../components/index.ts';
import { useWords } from '../../lib/words/index.ts';
import { closedText } from '../../lib/words/conditions.ts';

export interface TeamTurnProps {
  readonly timeline: Timeline;
  readonly head: NodeId;
  readonly settings: ClassroomSettings;
  readonly team: string;
  readonly actors: readonly ActorId[];
  /** Simultaneous: all actors' moves at once, kept secret. Alternating: the one actor's move, played at once. */
  readonly onCommit: (moves: Readonly<Record<ActorId, string>>) => void;
  /** The selection to start from (a networked team's draft, back after a reload). */
  readonly initial?: Readonly<Record<ActorId, string>> | null;
  /** Each change of the selection, before it is committed (a networked team's draft). */
  readonly onChoice?: (moves: Readonly<Record<ActorId, string>>) => void;
}

/** The choosing team's private screen: one choice per actor it plays, closed moves shown with why. */
export function TeamTurn({ timeline, head, settings, team, actors, onCommit, initial = null, onChoice }: TeamTurnProps) {
  const { scenario } = timeline;
  const words = useWords();
  const { t } = words;
  const [choice, setChoiceState] = useState<Record<ActorId, string>>(() => ({ ...initial }));
  const choose = (actor: ActorId, move: string) => {
    const next = { ...choice, [actor]: move };
    setChoiceState(next);
    onChoice?.(next);
  };
  const [missing, setMissing] = useState<string | null>(null);
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // The hand-over button that had focus is gone: keyboard users continue from the team's heading.
  useEffect(() => heading.current?.focus(), []);
  const simultaneous = settings.turnMode === 'simultaneous';
  // Alternating: only the actor whose turn it is.
  const acting = simultaneous ? actors : actors.filter((a) => timeline.nextActors(head).includes(a));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const gaps = acting.filter((a) => choice[a] === undefined);
    if (gaps.length > 0) {
      setMissing(t('classroom.turn.missing', { actors: gaps.map((a) => scenario.actors.find((x) => x.id === a)?.name ?? a).join(t('list.and')) }));
      return;
    }
    setMissing(null);
    onCommit(Object.fromEntries(acting.map((a) => [a, choice[a] as string])));
  };

  return (
    <form className="team-turn" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1} className="team-turn__title">
        {t('classroom.turn.title', { team })}
      </h2>
      {acting.map((actorId) => {
        const actor = scenario.actors.find((a) => a.id === actorId);
        const options = commitOptions(timeline, head, actorId);
        return (
          <fieldset key={actorId} className="team-turn__actor">
            <legend>
              <span className="actor-badge__swatch" style={{ background: actor?.colour }} aria-hidden="true" /> {actor?.name}
            </legend>
            <ul className="team-turn__options">
              {options.map(({ move, open, reason }) => (
                <li key={move.id} className={open ? 'team-turn__option' : 'team-turn__option team-turn__option--closed'}>
                  <label>
                    <input type="radio" name={`${id}-${actorId}`} value={move.id} disabled={!open} checked={choice[actorId] === move.id} onChange={() => choose(actorId, move.id)} />
                    <span className="team-turn__label">{move.label}</span> <GoldsteinTag value={moveGoldstein(move)} />
                    {!open && reason && <span className="team-turn__reason">{t('moves.closed', { reason: closedText(words, scenario, reason) })}</span>}
                  </label>
                </li>
              ))}
              {scenario.turns.pass.allowed && (
                <li className="team-turn__option">
                  <label>
                    <input type="radio" name={`${id}-${actorId}`} value={PASS} checked={choice[actorId] === PASS} onChange={() => choose(actorId, PASS)} />
                    <span className="team-turn__label">{t('classroom.turn.pass')}</span>
                  </label>
                </li>
              )}
            </ul>
          </fieldset>
        );
      })}
      <div className="team-turn__commit">
        {missing && (
          <p className="notice notice--error" role="alert">
            {missing}
          </p>
        )}
        <button type="submit" className="button button--primary button--large">
          {simultaneous ? t('classroom.turn.commit') : t('classroom.turn.play')}
        </button>
      </div>
    </form>
  );
}
