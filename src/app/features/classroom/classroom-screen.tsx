import { useState } from 'react';
import type { ActorId, Timeline } from '../../../engine/index.ts';
import { useLazyWords } from '../../lib/words/index.ts';
import { outcomesText } from '../../lib/words/moves.ts';
import { actorsOf, gameOverAt, teamName, type ClassroomAction, type ClassroomState } from '../../../engine/classroom/index.ts';
import { FacilitatorPanel } from './facilitator-panel.tsx';
import { HandoverScreen } from './handover-screen.tsx';
import { RevealPanel } from './reveal-panel.tsx';
import { SessionLog } from './session-log.tsx';
import { TeamTurn } from './team-turn.tsx';
import { TurnTimer } from './turn-timer.tsx';
import './classroom.css';

export interface ClassroomScreenProps {
  readonly timeline: Timeline;
  readonly state: ClassroomState;
  /** Applies an action; returns the refusal in words, or null. */
  readonly onAction: (action: ClassroomAction) => string | null;
  readonly onOpenDebrief: () => void;
  readonly onEnd: () => void;
}

/** The hot seat: hand-over, the choosing team's private screen, the reveal; the facilitator panel and the log beside it. */
export function ClassroomScreen({ timeline, state, onAction, onOpenDebrief, onEnd }: ClassroomScreenProps) {
  const { scenario } = timeline;
  const { settings, phase } = state;
  const words = useLazyWords();
  const { t } = words;
  // One message on screen, replaced by the next action: a team's refusal above the play area, or the facilitator's result in the panel.
  const [message, setMessage] = useState<{ readonly from: 'team' | 'facilitator'; readonly ok: boolean; readonly text: string } | null>(null);
  const act = (action: ClassroomAction) => {
    const refused = onAction(action);
    setMessage(refused === null ? null : { from: 'team', ok: false, text: refused });
    return refused;
  };
  const facilitate = (action: ClassroomAction, done: string) => {
    const refused = onAction(action);
    setMessage({ from: 'facilitator', ok: refused === null, text: refused ?? done });
    return refused;
  };
  const played = state.steps.filter((s) => s.kind === 'turn' || s.kind === 'round').length;
  const turnNumber = played + 1;
  const ended = gameOverAt(timeline, state.head);
  // While a round is on show (or the game has ended) the bar names that round, not the next one.
  const showing = phase.kind === 'revealed' || phase.kind === 'over';
  const simultaneous = settings.turnMode === 'simultaneous';
  const actorNames = (team: string) => actorsOf(scenario, settings, team).map((a) => scenario.actors.find((x) => x.id === a)?.name ?? a);

  let main;
  if (state.paused) {
    main = (
      <section className="classroom__paused" aria-labelledby="paused-title">
        <h2 id="paused-title">{t('classroom.paused')}</h2>
        <p>{t('classroom.pausedNote')}</p>
      </section>
    );
  } else if (phase.kind === 'handover') {
    main = <HandoverScreen team={teamName(settings, phase.team)} actors={actorNames(phase.team)} round={turnNumber} simultaneous={simultaneous} onReady={() => act({ type: 'take-screen' })} />;
  } else if (phase.kind === 'choosing') {
    main = (
      <TeamTurn
        key={`${phase.team}-${state.head}-${turnNumber}`}
        timeline={timeline}
        head={state.head}
        settings={settings}
        team={teamName(settings, phase.team)}
        actors={actorsOf(scenario, settings, phase.team)}
        onCommit={(moves: Readonly<Record<ActorId, string>>) => {
          if (simultaneous) act({ type: 'commit', moves });
          else {
            const [actor, move] = Object.entries(moves)[0] ?? [];
            if (actor && move) act({ type: 'play', actor, move });
          }
        }}
      />
    );
  } else if (phase.kind === 'ready' || phase.kind === 'revealed') {
    main = (
      <RevealPanel timeline={timeline} state={state} onReveal={() => act({ type: 'reveal' })} onNext={() => act({ type: 'next-round' })} onOpenDebrief={onOpenDebrief} />
    );
  } else {
    main = (
      <section className="classroom__over" aria-labelledby="over-title">
        <h2 id="over-title">{ended.length > 0 ? t('classroom.over', { outcomes: outcomesText(words, scenario, ended) }) : t('classroom.overStalled')}</h2>
        {simultaneous && state.steps.at(-1)?.kind === 'round' && <RevealPanel timeline={timeline} state={state} onReveal={() => undefined} onNext={() => undefined} onOpenDebrief={onOpenDebrief} />}
        <button type="button" className="button button--primary button--large" onClick={onOpenDebrief}>
          {t('classroom.openDebrief')}
        </button>
      </section>
    );
  }

  return (
    <div className="classroom">
      <div className="classroom__sticky">
        <div className="classroom__bar" role="status" aria-live="polite">
          <span className="classroom__where">
            {t(phase.kind === 'revealed' ? 'classroom.bar.revealed' : 'classroom.bar.where', {
              kind: simultaneous ? 'round' : 'turn',
              number: showing ? Math.max(played, 1) : turnNumber,
              date: words.format.date(timeline.node(state.head).date),
            })}
          </span>
          {phase.kind === 'choosing' && <span className="classroom__who">{t('classroom.bar.choosing', { team: teamName(settings, phase.team) })}</span>}
          {state.paused && <span className="classroom__who">{t('classroom.paused')}</span>}
        </div>
        {settings.timerSeconds !== null && phase.kind === 'choosing' && <TurnTimer timer={state.timer} limitSeconds={settings.timerSeconds} paused={state.paused} />}
      </div>
      {message?.from === 'team' && (
        <p className="notice notice--error" role="alert">
          {message.text}
        </p>
      )}
      <div className="classroom__layout">
        <div className="classroom__main">{main}</div>
        <aside className="classroom__side" aria-label={t('classroom.side')}>
          {settings.facilitator !== null && <FacilitatorPanel timeline={timeline} state={state} onAction={facilitate} message={message?.from === 'facilitator' ? message : null} />}
          <SessionLog scenario={scenario} settings={settings} log={state.log} />
          <div className="classroom__actions">
            <button type="button" className="button" onClick={onOpenDebrief}>
              {t('classroom.debrief')}
            </button>
            <button type="button" className="button button--quiet" onClick={onEnd}>
              {t('classroom.leave')}
            </button>
          </div>
        </aside>
      </div>
    </div>
  );
}
