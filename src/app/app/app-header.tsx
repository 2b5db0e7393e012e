import { useMemo, type ReactNode } from 'react';
import { ActorBadge } from '../components/index.ts';
import { useSession } from '../stores/session/index.ts';
import { useWords } from '../lib/words/index.ts';
import { useOnline } from '../lib/online.ts';

export interface AppHeaderProps {
  /** Buttons the app puts on the right (scenario, sessions, share, help). */
  readonly actions: ReactNode;
}

export function AppHeader({ actions }: AppHeaderProps) {
  const { t, format } = useWords();
  const title = useSession((s) => s.scenario.meta.title);
  // A running classroom exercise (and its debrief) is Classroom whatever the timeline's own mode.
  const mode = useSession((s) => (s.classroom !== null ? 'classroom' : s.mode));
  const date = useSession((s) => s.timeline.node(s.current).date);
  const turn = useSession((s) => s.timeline.node(s.current).turn);
  const timeline = useSession((s) => s.timeline);
  const current = useSession((s) => s.current);
  const nextActors = useMemo(() => timeline.nextActors(current), [timeline, current]);
  const actors = useSession((s) => s.scenario.actors);
  const movers = actors.filter((a) => nextActors.includes(a.id));
  const online = useOnline();

  return (
    <header className="app-header">
      <div className="app-header__brand">
        <p className="app-header__product">{t('app.product')}</p>
        <h1 className="app-header__title" title={title}>
          {title}
        </h1>
      </div>
      <dl className="app-header__facts">
        <div>
          <dt>{t('app.header.mode')}</dt>
          <dd>
            <span className={`mode-pill mode-pill--${mode}`}>{t('app.header.modeName', { mode })}</span>
          </dd>
        </div>
        <div>
          <dt>{t('app.header.date')}</dt>
          <dd data-testid="current-date">{format.date(date)}</dd>
        </div>
        <div>
          <dt>{t('app.header.turn', { turn })}</dt>
          <dd data-testid="whose-turn">
            {movers.length === 0 ? t('app.header.nobody') : movers.length === actors.length && actors.length > 1 ? t('app.header.anySide') : movers.map((a) => <ActorBadge key={a.id} actor={a} />)}
          </dd>
        </div>
      </dl>
      {/* A live region that is always there, so going offline is announced, not just drawn. */}
      <p className="app-header__network" role="status">
        {!online && (
          <span className="app-header__offline">
            {t('app.offline')}
            <span className="visually-hidden"> {t('app.offlineHint')}</span>
          </span>
        )}
      </p>
      <nav className="app-header__actions" aria-label={t('app.header.nav')}>
        {actions}
      </nav>
    </header>
  );
}
