import { useEffect, useRef } from 'react';
import { useWords } from '../../lib/words/index.ts';

export interface HandoverScreenProps {
  readonly team: string;
  readonly actors: readonly string[];
  readonly round: number;
  readonly simultaneous: boolean;
  readonly onReady: () => void;
}

/** Between teams: shows nothing of anyone's choice, only whose turn it is to take the screen. */
export function HandoverScreen({ team, actors, round, simultaneous, onReady }: HandoverScreenProps) {
  const { t } = useWords();
  const ready = useRef<HTMLButtonElement>(null);
  useEffect(() => ready.current?.focus(), [team, round]);
  return (
    <section className="handover" aria-labelledby="handover-title">
      <p className="handover__round">{t('classroom.step', { kind: simultaneous ? 'round' : 'turn', number: round })}</p>
      <h2 id="handover-title" className="handover__title">
        {t('classroom.handover.title', { team })}
      </h2>
      <p className="handover__actors">{t('classroom.handover.actors', { actors: actors.join(t('list.and')) })}</p>
      {simultaneous && <p className="handover__note">{t('classroom.handover.note')}</p>}
      <button ref={ready} type="button" className="button button--primary button--large" onClick={onReady}>
        {t('classroom.handover.ready', { team })}
      </button>
    </section>
  );
}
