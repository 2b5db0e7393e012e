import { useEffect, useMemo, useRef, type CSSProperties } from 'react';
import { actorShort, PASS, type MoveOption } from '../../../engine/index.ts';
import type { Effect, Scenario } from '../../../scenario/index.ts';
import { ActorBadge, ForeignText, GoldsteinTag, ScenarioText } from '../../components/index.ts';
import { useWords, type Words } from '../../lib/words/index.ts';
import { closedText } from '../../lib/words/conditions.ts';
import { effectText } from '../../lib/words/moves.ts';
import { isRelative } from '../../../scenario/effects.ts';
import { lasts } from '../../../scenario/lapse-rule.ts';
import { useSend, useSession } from '../../stores/session/index.ts';
import './moves-panel.css';

/** Whether a move card spells out its effects: when one is relative or lasts. */
const saysEffects = (effects: readonly Effect[]) => effects.some((e) => isRelative(e) || lasts(e));

export function MovesPanel() {
  const words = useWords();
  const { t } = words;
  const sendEvent = useSend();
  // After a move the list changes under the focus: once the new list is committed, put the focus
  // on its first open move so the keyboard can go on playing.
  const refocus = useRef(false);
  const send: typeof sendEvent = (event) => {
    if (event.type === 'move.play') refocus.current = true;
    sendEvent(event);
  };
  const scenario = useSession((s) => s.scenario);
  const timeline = useSession((s) => s.timeline);
  const current = useSession((s) => s.current);
  useEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    document.querySelector<HTMLElement>('#moves .move__button:not([aria-disabled])')?.focus();
  }, [timeline, current]);
  const mode = useSession((s) => s.mode);
  const options = useMemo(() => timeline.moves(current), [timeline, current]);
  const nextActors = useMemo(() => timeline.nextActors(current), [timeline, current]);
  // Whether history goes on from here: its next move is among the options (judged on its own date).
  const historical = options.some((o) => o.history);
  const outcomes = useMemo(() => timeline.indicators(current).outcomes, [timeline, current]);

  const groups = useMemo(
    () =>
      scenario.actors
        .filter((a) => nextActors.includes(a.id))
        .map((actor) => {
          const mine = options.filter((o) => o.actor === actor.id);
          return { actor, open: mine.filter((o) => o.open), closed: mine.filter((o) => !o.open) };
        }),
    [scenario, nextActors, options],
  );
  const ended = scenario.outcomes.filter((o) => o.terminal && outcomes.includes(o.id));

  return (
    <section className="panel moves" aria-labelledby="moves-title" id="moves" tabIndex={-1}>
      <header className="panel__header">
        <h2 id="moves-title">{t('moves.title')}</h2>
        {mode === 'replay' && historical && <p className="panel__hint">{t('moves.replayHint')}</p>}
      </header>
      {/* After "Branch here" the replay stops at this date and waits for the user's move: say so. */}
      <p className="moves__branching" role="status">
        {mode === 'free' && historical ? t('moves.branching', { date: words.format.date(timeline.node(current).date) }) : ''}
      </p>
      {ended.length > 0 && (
        <p className="moves__ended" role="status">
          {t('moves.ended', { outcomes: ended.map((o) => o.label).join(t('list.comma')) })}
        </p>
      )}
      {groups.length === 0 && ended.length === 0 && <p>{t('moves.nobody')}</p>}
      {groups.map(({ actor, open, closed }) => (
        <div key={actor.id} className="moves__group" style={{ '--actor': actor.colour } as CSSProperties}>
          <h3 className="moves__actor">
            {words.rich('moves.toMove', { actor: <ActorBadge actor={actor} full /> })}
          </h3>
          <ul className="moves__list" aria-label={t('moves.open', { actor: actor.short })}>
            {open.map((option) => (
              <MoveItem
                key={option.move.id}
                option={option}
                scenario={scenario}
                historical={option.history}
                onPlay={() => send({ type: 'move.play', move: { actor: option.actor, move: option.move.id } })}
              />
            ))}
            {scenario.turns.pass.allowed && (
              <li className="move">
                <button type="button" className="move__button move__button--pass" onClick={() => send({ type: 'move.play', move: { actor: actor.id, move: PASS } })}>
                  {t('moves.pass')}
                </button>
                <p className="move__meta">{t('moves.passMeta', { actor: actor.short })}</p>
              </li>
            )}
          </ul>
          {closed.length > 0 && (
            <>
              <h4 className="moves__closed-title">{t('moves.closedNow', { count: closed.length })}</h4>
              <ul className="moves__list moves__list--closed" aria-label={t('moves.closedOf', { actor: actor.short })}>
                {closed.map((option) => (
                  <MoveItem key={option.move.id} option={option} scenario={scenario} historical={option.history} onPlay={() => undefined} />
                ))}
              </ul>
            </>
          )}
        </div>
      ))}
    </section>
  );
}

/** "with ROK · aimed at DPRK": who else makes the move and whom it is aimed at, when the scenario says. */
function partiesText(words: Words, scenario: Scenario, move: MoveOption['move']): string | null {
  const names = (ids: readonly string[]) => ids.map((id) => actorShort(scenario, id)).join(words.t('list.comma'));
  const partners = move.actors.filter((a) => a !== move.actor);
  const parts = [
    ...(partners.length > 0 ? [words.t('moves.with', { actors: names(partners) })] : []),
    ...(move.target ? [words.t('moves.aimedAt', { actors: names(move.target) })] : []),
  ];
  return parts.length > 0 ? parts.join(' · ') : null;
}

interface MoveItemProps {
  readonly option: MoveOption;
  readonly scenario: Scenario;
  readonly historical: boolean;
  readonly onPlay: () => void;
}

function MoveItem({ option, scenario, historical, onPlay }: MoveItemProps) {
  const words = useWords();
  const { t } = words;
  const id = `move-${option.actor}-${option.move.id}`;
  const reason = option.reason ? closedText(words, scenario, option.reason) : null;
  const parties = partiesText(words, scenario, option.move);
  return (
    <li className={`move${option.open ? '' : ' move--closed'}${historical ? ' move--historical' : ''}`}>
      <button
        type="button"
        className="move__button"
        aria-disabled={option.open ? undefined : 'true'}
        aria-describedby={`${id}-meta${option.open ? (saysEffects(option.move.effects) ? ` ${id}-effects` : '') : ` ${id}-reason`}`}
        onClick={() => {
          if (option.open) onPlay();
        }}
      >
        <ScenarioText scenario={scenario} text={option.move.label} />
        {historical && <span className="move__history">{t('moves.history')}</span>}
      </button>
      {/* A closed move is one compact line (title and reason); its CAMEO line stays for screen readers. */}
      <p className={`move__meta${option.open ? '' : ' visually-hidden'}`} id={`${id}-meta`}>
        <span className="move__cameo">
          {option.cameo
            ? words.rich('moves.cameo', { code: option.cameo.code, description: <ForeignText text={option.cameo.description} lang="en" /> })
            : words.rich('moves.noCameo', { reason: <ScenarioText scenario={scenario} text={option.move.goldstein?.reason ?? ''} /> })}
        </span>
        {parties && <span className="move__parties">{parties}</span>}
        <GoldsteinTag value={option.goldstein} />
      </p>
      {/* A relative effect depends on where the posture stands, and a lasting one ends on its own, so an open move's card says its effects. */}
      {option.open && saysEffects(option.move.effects) && (
        <p className="move__effects" id={`${id}-effects`}>
          {t('moves.effects', { effects: option.move.effects.map((e) => effectText(words, scenario, e)).join(t('list.comma')) })}
        </p>
      )}
      {!option.open && (
        <p className="move__reason" id={`${id}-reason`} title={reason ?? undefined}>
          {t('moves.closed', { reason: reason ?? t('moves.notOpen') })}
        </p>
      )}
    </li>
  );
}
