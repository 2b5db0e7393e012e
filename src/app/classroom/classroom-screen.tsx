import { useState } from 'react';
import type { ActorId, Timeline } from '../../engine/index.ts';
import { actorsOf, gameOverAt, teamName, type ClassroomAction, type ClassroomState } from '../../engine/classroom/index.ts';
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
  const [error, setError] = useState<string | null>(null);
  const act = (action: ClassroomAction) => {
    const refused = onAction(action);
    setError(refused);
    return refused;
  };
  const turnNumber = state.steps.filter((s) => s.kind === 'turn' || s.kind === 'round').length + 1;
  const simultaneous = settings.turnMode === 'simultaneous';
  const actorNames = (team: string) => actorsOf(scenario, settings, team).map((a) => scenario.actors.find((x) => x.id === a)?.name ?? a);

  let main;
  if (state.paused) {
    main = (
      <section className="classroom__paused" aria-labelledby="paused-title">
        <h2 id="paused-title">Paused</h2>
        <p>The facilitator has paused the session. Nothing can be played until it resumes.</p>
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
    main = <RevealPanel timeline={timeline} state={state} onReveal={() => act({ type: 'reveal' })} onNext={() => act({ type: 'next-round' })} />;
  } else {
    const ended = gameOverAt(timeline, state.head);
    main = (
      <section className="classroom__over" aria-labelledby="over-title">
        <h2 id="over-title">The exercise has ended</h2>
        <p>{ended.length > 0 ? `Outcome reached: ${ended.join(', ')}.` : 'Nobody can move any more.'}</p>
        {simultaneous && state.steps.at(-1)?.kind === 'round' && <RevealPanel timeline={timeline} state={state} onReveal={() => undefined} onNext={() => undefined} />}
        <button type="button" className="button button--primary button--large" onClick={onOpenDebrief}>
          Open the debrief
        </button>
      </section>
    );
  }

  return (
    <div className="classroom">
      <div className="classroom__bar" role="status" aria-live="polite">
        <span className="classroom__where">
          {simultaneous ? 'Round' : 'Turn'} {turnNumber} · {timeline.node(state.head).date}
        </span>
        {phase.kind === 'choosing' && <span className="classroom__who">{teamName(settings, phase.team)} is choosing</span>}
        {state.paused && <span className="classroom__who">Paused</span>}
      </div>
      {settings.timerSeconds !== null && phase.kind === 'choosing' && <TurnTimer timer={state.timer} limitSeconds={settings.timerSeconds} paused={state.paused} />}
      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
      <div className="classroom__layout">
        <div className="classroom__main">{main}</div>
        <aside className="classroom__side" aria-label="Facilitator and log">
          {settings.facilitator !== null && <FacilitatorPanel timeline={timeline} state={state} onAction={act} />}
          <SessionLog log={state.log} />
          <div className="classroom__actions">
            <button type="button" className="button" onClick={onOpenDebrief}>
              Debrief
            </button>
            <button type="button" className="button button--quiet" onClick={onEnd}>
              Leave classroom mode
            </button>
          </div>
        </aside>
      </div>
    </div>
  );
}
