import { useEffect, useRef } from 'react';
import { actorShort, PASS, type Timeline } from '../../../engine/index.ts';
import { gameOverAt, resolutionOrder, type ClassroomState, type Step } from '../../../engine/classroom/index.ts';
import { useWords } from '../../lib/words/index.ts';
import { voidText } from '../../lib/words/conditions.ts';
import { actorMoveText, outcomesText } from '../../lib/words/moves.ts';
import { sourceLabel } from './labels.ts';

export interface RevealPanelProps {
  readonly timeline: Timeline;
  readonly state: ClassroomState;
  readonly onReveal: () => void;
  readonly onNext: () => void;
  readonly onOpenDebrief: () => void;
  /** A team's device or the projector: the round is shown, the facilitator's buttons are not. */
  readonly readOnly?: boolean;
  /** Played on separate devices: no "bring the class back to the screen". */
  readonly networked?: boolean;
}

/** Simultaneous play: "everyone has committed, reveal", then the round's moves and what became of each. */
export function RevealPanel({ timeline, state, onReveal, onNext, onOpenDebrief, readOnly = false, networked = false }: RevealPanelProps) {
  const { scenario } = timeline;
  const words = useWords();
  const { t } = words;
  const button = useRef<HTMLButtonElement>(null);
  const revealed = state.phase.kind === 'revealed' || state.phase.kind === 'over';
  useEffect(() => button.current?.focus(), [revealed]);

  if (!revealed) {
    const order = resolutionOrder(timeline, state.head).map((a) => actorShort(scenario, a));
    return (
      <section className="reveal" aria-labelledby="reveal-title">
        <h2 id="reveal-title">{t('classroom.reveal.ready')}</h2>
        <p>{t(networked ? 'network.reveal.order' : 'classroom.reveal.order', { order: order.join(t('classroom.reveal.then')) })}</p>
        {!readOnly && <button ref={button} type="button" className="button button--primary button--large" onClick={onReveal}>
          {t('classroom.reveal.button')}
        </button>}
      </section>
    );
  }
  const last: Step | undefined = [...state.steps].reverse().find((s) => s.kind === 'round');
  const ended = gameOverAt(timeline, state.head);
  // Rounded as on the posture board, so the numbers match what the class sees there.
  const tension = last ? ([last.from, last.to] as const).map((n) => Math.round(timeline.indicators(n).tension)) : null;
  return (
    <section className="reveal" aria-labelledby="reveal-title">
      <h2 id="reveal-title">{last ? t('classroom.reveal.round', { round: last.number }) : t('classroom.reveal.revealed')}</h2>
      {last && (
        <ol className="reveal__moves">
          {last.moves.map((m) => (
            <li key={m.actor} className={m.voidReason ? 'reveal__move reveal__move--void' : 'reveal__move'}>
              <strong>{actorMoveText(words, scenario, m.actor, m.chosen)}</strong> <span className="muted">({sourceLabel(words, state.settings, m.source)})</span>
              {m.voidReason && (
                <span className="reveal__void">
                  {' '}
                  {t('classroom.reveal.void', { reason: voidText(words, scenario, m.voidReason) })}
                  {m.chosen === PASS ? '' : ` ${t('classroom.reveal.passes', { actor: actorShort(scenario, m.actor) })}`}
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
      {tension && (
        <p className="reveal__tension">
          {words.rich('classroom.reveal.tension', {
            before: words.format.number(tension[0] ?? 0),
            after: words.format.number(tension[1] ?? 0),
            change: words.format.signed((tension[1] ?? 0) - (tension[0] ?? 0), 0),
            strong: (chunks) => <strong>{chunks}</strong>,
          })}
        </p>
      )}
      {state.phase.kind === 'revealed' && ended.length > 0 && (
        <>
          <p className="reveal__ended">{t('classroom.reveal.ended', { outcomes: outcomesText(words, scenario, ended) })}</p>
          {!readOnly && <button ref={button} type="button" className="button button--primary button--large" onClick={onOpenDebrief}>
            {t('classroom.openDebrief')}
          </button>}
        </>
      )}
      {!readOnly && state.phase.kind === 'revealed' && ended.length === 0 && (
        <button ref={button} type="button" className="button button--primary button--large" onClick={onNext}>
          {t('classroom.reveal.next')}
        </button>
      )}
    </section>
  );
}
