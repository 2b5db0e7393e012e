import { useEffect, useRef } from 'react';

export interface HandoverScreenProps {
  readonly team: string;
  readonly actors: readonly string[];
  readonly round: number;
  readonly simultaneous: boolean;
  readonly onReady: () => void;
}

/** Between teams: shows nothing of anyone's choice, only whose turn it is to take the screen. */
export function HandoverScreen({ team, actors, round, simultaneous, onReady }: HandoverScreenProps) {
  const ready = useRef<HTMLButtonElement>(null);
  useEffect(() => ready.current?.focus(), [team, round]);
  return (
    <section className="handover" aria-labelledby="handover-title">
      <p className="handover__round">{simultaneous ? `Round ${round}` : `Turn ${round}`}</p>
      <h2 id="handover-title" className="handover__title">
        Pass the screen to {team}
      </h2>
      <p className="handover__actors">You play {actors.join(' and ')}.</p>
      {simultaneous && <p className="handover__note">The other teams look away: your choice stays hidden until every team has committed.</p>}
      <button ref={ready} type="button" className="button button--primary button--large" onClick={onReady}>
        {team} is ready: show our moves
      </button>
    </section>
  );
}
