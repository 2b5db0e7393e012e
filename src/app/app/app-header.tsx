import { useMemo, type ReactNode } from 'react';
import { ActorBadge } from '../components/index.ts';
import { formatDate } from '../lib/format.ts';
import { useSession } from '../stores/session/index.ts';

export interface AppHeaderProps {
  /** Buttons the app puts on the right (scenario, sessions, share, help). */
  readonly actions: ReactNode;
}

// A running classroom exercise (and its debrief) is Classroom whatever the timeline's own mode.
const MODE_NAMES = { replay: 'Replay', free: 'Free play', classroom: 'Classroom' } as const;

export function AppHeader({ actions }: AppHeaderProps) {
  const title = useSession((s) => s.scenario.meta.title);
  const mode = useSession((s) => (s.classroom !== null ? 'classroom' : s.mode));
  const date = useSession((s) => s.timeline.node(s.current).date);
  const turn = useSession((s) => s.timeline.node(s.current).turn);
  const timeline = useSession((s) => s.timeline);
  const current = useSession((s) => s.current);
  const nextActors = useMemo(() => timeline.nextActors(current), [timeline, current]);
  const actors = useSession((s) => s.scenario.actors);
  const movers = actors.filter((a) => nextActors.includes(a.id));

  return (
    <header className="app-header">
      <div className="app-header__brand">
        <p className="app-header__product">What Happens Next</p>
        <h1 className="app-header__title">{title}</h1>
      </div>
      <dl className="app-header__facts">
        <div>
          <dt>Mode</dt>
          <dd>
            <span className={`mode-pill mode-pill--${mode}`}>{MODE_NAMES[mode]}</span>
          </dd>
        </div>
        <div>
          <dt>Date</dt>
          <dd data-testid="current-date">{formatDate(date)}</dd>
        </div>
        <div>
          <dt>Turn {turn}</dt>
          <dd data-testid="whose-turn">
            {movers.length === 0 ? 'Nobody can move' : movers.length === actors.length && actors.length > 1 ? 'Any side' : movers.map((a) => <ActorBadge key={a.id} actor={a} />)}
          </dd>
        </div>
      </dl>
      <nav className="app-header__actions" aria-label="Session">
        {actions}
      </nav>
    </header>
  );
}
