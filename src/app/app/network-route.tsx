/**
 * The networked exercise as the app mounts it: joins the room in the address, then shows this
 * device's screen for its seat — the join screen, a team's seat, the facilitator's host screen and
 * console, the projector — and every device's debrief once the facilitator ends the exercise.
 */
import { Suspense, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { SeatRequest } from '../../protocol/index.ts';
import { LanguagePicker } from '../components/index.ts';
import { ChartsPanel } from '../features/charts/index.ts';
import { DebriefPage } from '../features/debrief/index.ts';
import { ConnectionNotice, JoinScreen } from '../features/network/index.ts';
import { useLazyWords } from '../lib/words/index.ts';
import { goTo, joinSearch, type NetworkAddress } from './network-address.ts';
import { NetworkSeat } from './network-seat.tsx';
import { roomClient } from './room-client.ts';
import { useViewInLanguage } from './scenario-language.ts';

export interface NetworkRouteProps {
  readonly address: NetworkAddress;
}

export function NetworkRoute({ address }: NetworkRouteProps) {
  const { t } = useLazyWords();
  const store = roomClient();
  const snap = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const [debriefClosed, setDebriefClosed] = useState(false);
  const asked = useRef<string | null>(null);
  const { code, projector } = address;

  // Join the room in the address once (StrictMode runs effects twice): back to the seat held, or in as an observer to pick one.
  useEffect(() => {
    const key = `${code}:${projector}`;
    if (code === null || asked.current === key) return;
    asked.current = key;
    const current = store.getSnapshot();
    if (current.room === code && current.status.kind !== 'idle' && current.status.kind !== 'left' && !projector) return;
    if (projector) void store.join(code, { kind: 'observer' });
    else if (store.holds(code)) void store.resume(code);
    else void store.join(code, { kind: 'observer' });
  }, [code, projector, store]);

  const { status, seat, seats } = snap;
  // The scenario's text in this device's language; what the room sends stays ids only.
  const view = useViewInLanguage(snap.view);
  const join = (request: SeatRequest) => code && void store.join(code, request);
  const problem = status.kind === 'kicked' ? t('network.notice.kicked') : status.kind === 'refused' || status.kind === 'unreachable' ? status.message : null;
  const busy = status.kind === 'connecting';
  const seated = code !== null && seat !== null && view !== null && (seat.kind !== 'observer' || projector);

  // In a seat, its screen a moment away (the room's scenario, in this device's language): a line, not the seats to pick from.
  const opening = code !== null && status.kind === 'connected' && seat !== null && (seat.kind !== 'observer' || projector) && view === null;

  let screen;
  if (opening) {
    screen = (
      <p className="muted" role="status">
        {t('network.opening')}
      </p>
    );
  } else if (!seated) {
    // Before a seat: the code (when there is none, or it led nowhere), then the room's seats to pick from.
    const picking = code !== null && (seats !== null || seat !== null);
    screen = (
      <JoinScreen
        room={picking ? code : null}
        initialCode={code ?? ''}
        seats={seats}
        problem={code === null ? null : problem}
        busy={busy}
        onCode={(typed) => (typed === code ? void store.join(typed, { kind: 'observer' }) : goTo(joinSearch(typed)))}
        onTeam={(team) => join({ kind: 'team', team })}
        onWatch={() => goTo(joinSearch(code, true))}
        onFacilitator={(facilitatorCode) => join({ kind: 'facilitator', code: facilitatorCode })}
        scenario={view?.session.scenario ?? null}
        onOtherRoom={() => {
          void store.leave(true);
          goTo(joinSearch(null));
        }}
      />
    );
  } else if (view.ended && !debriefClosed && view.session.classroom) {
    const { timeline, classroom } = view.session;
    screen = (
      <div className="app__classroom">
        <DebriefPage
          timeline={timeline}
          classroom={classroom}
          sessionName={view.session.name}
          sessionJson={() => JSON.stringify(view.file, null, 2) + '\n'}
          onClose={() => setDebriefClosed(true)}
          charts={
            <Suspense fallback={<p aria-live="polite">{t('charts.loading')}</p>}>
              <ChartsPanel timeline={timeline} current={classroom.head} />
            </Suspense>
          }
        />
      </div>
    );
  } else {
    const notice = (
      <ConnectionNotice
        status={status}
        refusal={snap.refusals.at(-1) ?? null}
        onDismiss={() => store.dismissRefusals()}
        onRetry={() => void store.retry()}
        onRejoin={() => void store.leave(status.kind === 'kicked').then(() => store.join(code, { kind: 'observer' }))}
      />
    );
    screen = <NetworkSeat store={store} snapshot={snap} view={view} seat={seat} notice={notice} projector={projector} onOpenDebrief={() => setDebriefClosed(false)} />;
  }

  const title = view?.session.scenario.meta.title ?? t('network.title');
  return (
    <div className="app network">
      <a className="skip-link" href="#moves">
        {t('app.skipToMoves')}
      </a>
      <header className="app-header">
        <div className="app-header__brand">
          <p className="app-header__product">{t('app.product')}</p>
          <h1 className="app-header__title">{title}</h1>
        </div>
        <nav className="app-header__actions" aria-label={t('app.header.nav')}>
          <button
            type="button"
            className="button"
            onClick={() => {
              void store.leave();
              goTo('');
            }}
          >
            {t('network.leave')}
          </button>
          {/* Each device reads the exercise in its own language: the room sends ids, this screen words them. */}
          <LanguagePicker />
        </nav>
      </header>
      <main className="network__main" id="moves">
        {screen}
      </main>
    </div>
  );
}
