import { useEffect, useRef } from 'react';
import { PASS, type Timeline } from '../../../engine/index.ts';
import { actorMove, actorShort, gameOverAt, resolutionOrder, type ClassroomState, type Step } from '../../../engine/classroom/index.ts';
import { formatSigned } from '../../lib/format.ts';
import { sourceLabel } from './labels.ts';

export interface RevealPanelProps {
  readonly timeline: Timeline;
  readonly state: ClassroomState;
  readonly onReveal: () => void;
  readonly onNext: () => void;
  readonly onOpenDebrief: () => void;
}

/** Simultaneous play: "everyone has committed, reveal", then the round's moves and what became of each. */
export function RevealPanel({ timeline, state, onReveal, onNext, onOpenDebrief }: RevealPanelProps) {
  const { scenario } = timeline;
  const button = useRef<HTMLButtonElement>(null);
  const revealed = state.phase.kind === 'revealed' || state.phase.kind === 'over';
  useEffect(() => button.current?.focus(), [revealed]);

  if (!revealed) {
    const order = resolutionOrder(timeline, state.head).map((a) => actorShort(scenario, a));
    return (
      <section className="reveal" aria-labelledby="reveal-title">
        <h2 id="reveal-title">Every team has committed</h2>
        <p>Bring the class back to the screen. The moves are resolved in this order: {order.join(', then ')}. A move that an earlier one has closed is void, and that actor passes.</p>
        <button ref={button} type="button" className="button button--primary button--large" onClick={onReveal}>
          Reveal the moves
        </button>
      </section>
    );
  }
  const last: Step | undefined = [...state.steps].reverse().find((s) => s.kind === 'round');
  const ended = gameOverAt(timeline, state.head);
  // Rounded as on the posture board, so the numbers match what the class sees there.
  const tension = last ? ([last.from, last.to] as const).map((n) => Math.round(timeline.indicators(n).tension)) : null;
  return (
    <section className="reveal" aria-labelledby="reveal-title">
      <h2 id="reveal-title">{last ? `Round ${last.number} revealed` : 'Revealed'}</h2>
      {last && (
        <ol className="reveal__moves">
          {last.moves.map((m) => (
            <li key={m.actor} className={m.voidReason ? 'reveal__move reveal__move--void' : 'reveal__move'}>
              <strong>{actorMove(scenario, m.actor, m.chosen)}</strong> <span className="muted">({sourceLabel(state.settings, m.source)})</span>
              {m.voidReason && (
                <span className="reveal__void">
                  {' '}
                  Void: {m.voidReason}.{m.chosen === PASS ? '' : ` ${actorShort(scenario, m.actor)} passes.`}
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
      {tension && (
        <p className="reveal__tension">
          Tension index: <strong>{tension[0]}</strong> → <strong>{tension[1]}</strong> ({formatSigned((tension[1] ?? 0) - (tension[0] ?? 0), 0)})
        </p>
      )}
      {state.phase.kind === 'revealed' && ended.length > 0 && (
        <>
          <p className="reveal__ended">The exercise has ended: {ended.join(', ')}.</p>
          <button ref={button} type="button" className="button button--primary button--large" onClick={onOpenDebrief}>
            Open the debrief
          </button>
        </>
      )}
      {state.phase.kind === 'revealed' && ended.length === 0 && (
        <button ref={button} type="button" className="button button--primary button--large" onClick={onNext}>
          Next round
        </button>
      )}
    </section>
  );
}
