/**
 * One seat's screen in the networked exercise, composed from the features: a team's own moves
 * (with its draft kept on the server), the facilitator's console and host screen, the projector.
 * Everything comes from the seat's view; every action is an intent sent to the room.
 */
import { Suspense, useEffect, useState, type ReactNode } from 'react';
import type { NodeId } from '../../engine/index.ts';
import type { ClassroomAction } from '../../engine/classroom/index.ts';
import { actorsOf, gameOverAt, remainingMs, teamName, type ClassroomState } from '../../engine/classroom/index.ts';
import type { Seat, SeatIntent } from '../../engine/session/index.ts';
import type { DeviceIntent } from '../../protocol/index.ts';
import { ChartsPanel } from '../features/charts/index.ts';
import { FacilitatorPanel, RevealPanel, SessionLog, TeamTurn, TurnTimer } from '../features/classroom/index.ts';
import { DevicesPanel, EndExercise, HostScreen, isLoopbackHost, RoundStatus, SeatLayout, seatName, teamActorsText } from '../features/network/index.ts';
import { PostureBoard } from '../features/posture-board/index.ts';
import { PathReplay } from '../features/replay/index.ts';
import { SessionProvider } from '../stores/session/index.ts';
import type { LiveView, RoomSnapshot, RoomStore } from '../stores/room/index.ts';
import { useLazyWords } from '../lib/words/index.ts';
import { outcomesText } from '../lib/words/moves.ts';
import { joinSearch } from './network-address.ts';

export interface NetworkSeatProps {
  readonly store: RoomStore;
  readonly snapshot: RoomSnapshot;
  readonly view: LiveView;
  readonly seat: Seat;
  readonly notice: ReactNode;
  readonly projector: boolean;
  readonly onOpenDebrief: () => void;
}

type FacilitatorTab = 'host' | 'console';

export function NetworkSeat({ store, snapshot, view, seat, notice, projector, onOpenDebrief }: NetworkSeatProps) {
  const words = useLazyWords();
  const { t } = words;
  const [tab, setTab] = useState<FacilitatorTab>('host');
  // The step this device is looking at in the replay of the exercise so far; null follows the class.
  const [replayAt, setReplayAt] = useState<NodeId | null>(null);
  // The facilitator panel's one message: the outcome of its last action, once the room has answered (a refusal, or a newer view).
  const [pending, setPending] = useState<{ readonly id: string; readonly done: string; readonly revision: number } | null>(null);
  const { timeline, classroom } = view.session;
  const { room, seats, refusals } = snapshot;
  const refused = pending && refusals.find((r) => r.replyTo === pending.id);
  const result = pending === null ? null : refused ? { ok: false, text: refused.text } : view.revision > pending.revision ? { ok: true, text: pending.done } : null;

  if (!classroom || room === null) return <p role="alert">{t('network.seat.noClassroom')}</p>;
  const { scenario } = timeline;
  const { settings, phase } = classroom;
  const act = (intent: SeatIntent | DeviceIntent) => store.act(intent);
  const simultaneous = settings.turnMode === 'simultaneous';
  const played = classroom.steps.filter((s) => s.kind === 'turn' || s.kind === 'round').length;
  const showing = phase.kind === 'revealed' || phase.kind === 'over';
  const where = t('classroom.bar.where', { kind: simultaneous ? 'round' : 'turn', number: showing ? Math.max(played, 1) : played + 1, date: words.format.date(timeline.node(classroom.head).date) });
  const open = phase.kind === 'handover' || phase.kind === 'choosing';
  const clock =
    view.clock && open ? (
      <TurnTimer timer={{ usedMs: view.clock.usedMs, runningSince: view.clock.runningSince === null ? null : view.clock.runningSince - view.clockOffsetMs }} limitSeconds={view.clock.limitSeconds} paused={classroom.paused} />
    ) : null;
  const teamActors = seat.kind === 'team' ? actorsOf(scenario, settings, seat.team) : [];
  // The replay moves this screen's board and charts only; a step the class has undone is no longer on its path.
  const shownAt = replayAt !== null && timeline.pathTo(classroom.head).includes(replayAt) ? replayAt : classroom.head;
  const below = (
    <>
      <PathReplay timeline={timeline} head={classroom.head} at={shownAt === classroom.head ? null : shownAt} onAt={setReplayAt} />
      {/* A new session for every revision, step and language of the scenario's text (it arrives translated after the first view). */}
      <SessionProvider key={`${view.revision}:${shownAt}:${scenario.meta.language}`} init={{ ...view.session, current: shownAt }}>
        <PostureBoard actors={seat.kind === 'team' ? teamActors : undefined} />
      </SessionProvider>
      <section className="app__charts" aria-labelledby="network-charts-title">
        <h2 id="network-charts-title" className="app__charts-title">
          {t('app.charts.title')}
        </h2>
        <Suspense fallback={<p aria-live="polite">{t('charts.loading')}</p>}>
          <ChartsPanel timeline={timeline} current={shownAt} />
        </Suspense>
      </section>
    </>
  );
  const log = <SessionLog scenario={scenario} settings={settings} log={classroom.log} />;
  const seatLabel = seat.kind === 'team' ? `${seatName(words, seat, seats)} (${teamActorsText(teamActors, scenario)})` : projector ? t('network.seat.kind', { kind: 'observer' }) : seatName(words, seat, seats);
  const ended = view.ended ? (
    <section className="classroom__over" aria-labelledby="network-ended-title">
      <h2 id="network-ended-title">{t('network.seat.ended')}</h2>
      <button type="button" className="button button--primary button--large" onClick={onOpenDebrief}>
        {t('classroom.openDebrief')}
      </button>
    </section>
  ) : null;

  if (seat.kind === 'facilitator') {
    const tabs = (
      <div className="network-tabs" role="group" aria-label={t('network.tabs')}>
        <button type="button" className="button" aria-pressed={tab === 'host'} onClick={() => setTab('host')}>
          {t('network.tab.host')}
        </button>
        <button type="button" className="button" aria-pressed={tab === 'console'} onClick={() => setTab('console')}>
          {t('network.tab.console')}
        </button>
        <a className="button" href={joinSearch(room, true)} target="_blank" rel="noopener">
          {t('network.tab.projector')}
        </a>
      </div>
    );
    const onDevice = (intent: DeviceIntent) => act(intent);
    if (tab === 'host') {
      const joinUrl = `${window.location.origin}${window.location.pathname}${joinSearch(room)}`;
      return (
        <>
          {notice}
          <HostScreen room={room} joinUrl={joinUrl} address={`${window.location.host}${window.location.pathname}`} loopback={isLoopbackHost(window.location.hostname)} scenario={scenario} facilitatorCode={snapshot.facilitatorCode} seats={seats} self={snapshot.device} onDevice={onDevice} actions={tabs} />
        </>
      );
    }
    const facilitate = (action: ClassroomAction, done: string) => {
      if (action.type === 'take-screen') return null;
      const id = act(action);
      if (id !== null) setPending({ id, done, revision: view.revision });
      return null;
    };
    return (
      <SeatLayout
        room={room}
        seat={seatLabel}
        where={where}
        notice={
          <>
            {tabs}
            {notice}
          </>
        }
        clock={clock}
        main={ended ?? <ClassMain state={classroom} view={view} onReveal={() => act({ type: 'reveal' })} onNext={() => act({ type: 'next-round' })} onEnd={() => act({ type: 'end' })} />}
        side={
          <>
            {!view.ended && <FacilitatorPanel timeline={timeline} state={classroom} onAction={facilitate} message={result} />}
            {!view.ended && <EndExercise onEnd={() => act({ type: 'end' })} />}
            <DevicesPanel seats={seats} self={snapshot.device} onDevice={onDevice} scenario={scenario} />
            {log}
          </>
        }
        below={below}
      />
    );
  }

  if (seat.kind === 'observer') {
    return (
      <SeatLayout
        room={room}
        seat={seatLabel}
        where={where}
        notice={
          <>
            {notice}
            <p className="network-seat__join">{t('network.seat.joinHere', { address: `${window.location.host}${window.location.pathname}`, room })}</p>
          </>
        }
        clock={clock}
        main={ended ?? <ClassMain state={classroom} view={view} readOnly />}
        side={log}
        below={below}
      />
    );
  }

  const team = seat.team;
  const committed = teamActors.length > 0 && teamActors.every((a) => classroom.pending[a] !== undefined);
  let main: ReactNode;
  if (ended) main = ended;
  else if (classroom.paused) main = <Message title={t('classroom.paused')} text={t('classroom.pausedNote')} />;
  else if (open && (simultaneous ? !committed && teamActors.length > 0 : phase.team === team)) {
    main = (
      <TeamTurn
        key={`${classroom.head}-${played}`}
        timeline={timeline}
        head={classroom.head}
        settings={settings}
        team={teamName(settings, team)}
        actors={teamActors}
        initial={simultaneous ? view.draft : null}
        onChoice={simultaneous ? (moves) => act({ type: 'draft', moves }) : undefined}
        onCommit={(moves) => {
          if (simultaneous) act({ type: 'commit', moves });
          else {
            const [actor, move] = Object.entries(moves)[0] ?? [];
            if (actor && move) act({ type: 'play', actor, move });
          }
        }}
      />
    );
  } else if (open && simultaneous) {
    main = (
      <>
        <Message title={t('network.seat.committed')} text={t('network.seat.committedNote')} />
        <RoundStatus scenario={scenario} state={classroom} />
      </>
    );
  } else if (open) {
    main = <Message title={t('network.seat.waiting', { team: teamName(settings, phase.team) })} text={t('network.seat.waitingNote')} />;
  } else {
    main = <ClassMain state={classroom} view={view} readOnly />;
  }
  const side = (
    <>
      {open && simultaneous && !committed && <RoundStatus scenario={scenario} state={classroom} />}
      {log}
    </>
  );
  return <SeatLayout room={room} seat={seatLabel} where={where} notice={notice} clock={clock} main={main} side={side} below={below} />;
}

function Message({ title, text }: { readonly title: string; readonly text: string }) {
  return (
    <section className="network-message" aria-label={title}>
      <h2>{title}</h2>
      <p>{text}</p>
    </section>
  );
}

interface ClassMainProps {
  readonly state: ClassroomState;
  readonly view: LiveView;
  readonly readOnly?: boolean;
  readonly onReveal?: () => void;
  readonly onNext?: () => void;
  readonly onEnd?: () => void;
}

/** What the whole class sees of the round: who has committed, the reveal, the end; the facilitator's buttons unless read-only. */
function ClassMain({ state, view, readOnly = false, onReveal = () => undefined, onNext = () => undefined, onEnd = () => undefined }: ClassMainProps) {
  const words = useLazyWords();
  const { t } = words;
  const { timeline } = view.session;
  const { scenario } = timeline;
  const { phase, settings } = state;
  const timeUp = useTimeUp(view, state.paused);
  if (state.paused) return <Message title={t('classroom.paused')} text={t('classroom.pausedNote')} />;
  if (phase.kind === 'ready' || phase.kind === 'revealed') return <RevealPanel networked timeline={timeline} state={state} onReveal={onReveal} onNext={onNext} onOpenDebrief={onEnd} readOnly={readOnly} />;
  if (phase.kind === 'over') {
    const ended = gameOverAt(timeline, state.head);
    return (
      <section className="classroom__over" aria-labelledby="network-over-title">
        <h2 id="network-over-title">{ended.length > 0 ? t('classroom.over', { outcomes: outcomesText(words, scenario, ended) }) : t('classroom.overStalled')}</h2>
        {settings.turnMode === 'simultaneous' && state.steps.at(-1)?.kind === 'round' && <RevealPanel networked timeline={timeline} state={state} onReveal={onReveal} onNext={onNext} onOpenDebrief={onEnd} readOnly />}
        {!readOnly && (
          <button type="button" className="button button--primary button--large" onClick={onEnd}>
            {t('classroom.openDebrief')}
          </button>
        )}
      </section>
    );
  }
  if (settings.turnMode === 'simultaneous') {
    return (
      <>
        <RoundStatus scenario={scenario} state={state} />
        {/* With a timer, once time is up the server lets the facilitator reveal (it refuses, saying why, before). */}
        {!readOnly && timeUp && (
          <button type="button" className="button button--primary network-seat__wrap" onClick={onReveal}>
            {t('network.console.revealNow')}
          </button>
        )}
      </>
    );
  }
  return <Message title={t('network.seat.waiting', { team: teamName(settings, phase.team) })} text={t('network.seat.waitingNote')} />;
}

/** Whether the round's clock has run out, on this device's clock corrected to the server's; re-checked while it runs. */
function useTimeUp(view: LiveView, paused: boolean): boolean {
  const { clock, clockOffsetMs } = view;
  const [now, setNow] = useState(() => Date.now());
  const running = clock !== null && clock.runningSince !== null && !paused;
  useEffect(() => {
    if (!running) return;
    const tick = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(tick);
  }, [running]);
  if (clock === null) return false;
  const timer = { usedMs: clock.usedMs, runningSince: clock.runningSince === null ? null : clock.runningSince - clockOffsetMs };
  return remainingMs(timer, clock.limitSeconds, Math.max(now, timer.runningSince ?? 0)) <= 0;
}
