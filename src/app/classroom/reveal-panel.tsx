import { useEffect, useRef } from 'react';
import type { Timeline } from '../../engine/index.ts';
import { actorMove, actorShort, resolutionOrder, type ClassroomState, type Step } from '../../engine/classroom/index.ts';
import { sourceLabel } from './labels.ts';

export interface RevealPanelProps {
  readonly timeline: Timeline;
  readonly state: ClassroomState;
  readonly onReveal: () => void;
  readonly onNext: () => void;
}

/** Simultaneous play: "everyone has committed, reveal", then the round's moves and what became of each. */
export function RevealPanel({ timeline, state, onReveal, onNext }: RevealPanelProps) {
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
  return (
    <section className="reveal" aria-labelledby="reveal-title">
      <h2 id="reveal-title">{last ? `Round ${last.number} revealed` : 'Revealed'}</h2>
      {last && (
        <ol className="reveal__moves">
          {last.moves.map((m) => (
            <li key={m.actor} className={m.voidReason ? 'reveal__move reveal__move--void' : 'reveal__move'}>
              <strong>{actorMove(scenario, m.actor, m.chosen)}</strong> <span className="muted">({sourceLabel(state.settings, m.source)})</span>
              {m.voidReason && <span className="reveal__void"> Void: {m.voidReason}. {actorShort(scenario, m.actor)} passes.</span>}
            </li>
          ))}
        </ol>
      )}
      {state.phase.kind === 'revealed' ? (
        <button ref={button} type="button" className="button button--primary button--large" onClick={onNext}>
          Next round
        </button>
      ) : null}
    </section>
  );
}
