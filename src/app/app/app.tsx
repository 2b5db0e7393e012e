import { lazy, Suspense, useCallback, useDeferredValue, useEffect, useState, type DragEvent } from 'react';
import { ChartsPanel } from '../features/charts/index.ts';
import type { NodeId } from '../../engine/index.ts';
import { CompareView } from '../features/compare/index.ts';
import { Dialog, ErrorBoundary } from '../components/index.ts';
import { HelpContent } from '../features/help/index.ts';
import { isTypingTarget } from '../lib/keyboard.ts';
import { MovesPanel } from '../features/moves/index.ts';
import { readScenarioFile, ScenarioPicker, type PickedScenario, type ReadResult } from '../features/picker/index.ts';
import { PostureBoard } from '../features/posture-board/index.ts';
import { ReplayBar } from '../features/replay/index.ts';
import {
  bootSession,
  freshInit,
  restoreSession,
  SessionProvider,
  startAutosave,
  useSend,
  useSession,
  useSessionActor,
  useShareLinkNavigation,
  type BootResult,
  type LinkOpened,
  type RecoveryNotice,
} from '../stores/session/index.ts';
import { sessionStore, type SessionFile } from '../stores/persistence/index.ts';
import { SessionsDialog } from '../features/sessions/index.ts';
import { AppHeader, RecoveryBanner, SharePanel } from './shell.ts';
import { TimelinePanel } from '../features/timeline/index.ts';
import { WhatHappensNextPanel } from '../features/whats-next/index.ts';
import type { ClassroomView } from '../features/classroom/index.ts';

// The classroom screens and the debrief load on first use, keeping them out of the first load.
const Classroom = lazy(() => import('./classroom-route.tsx').then((m) => ({ default: m.Classroom })));

type Boot = { readonly status: 'loading' } | { readonly status: 'done'; readonly result: BootResult };

/** Finds the session to open (link, last session or a fresh one), then shows the simulator. */
export function App() {
  const [boot, setBoot] = useState<Boot>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    bootSession(window.location.hash).then(
      (result) => {
        if (!live) return;
        // The link has done its job: from now on autosave holds the session, and a reload must not reopen the old link state.
        if (window.location.hash) history.replaceState(null, '', window.location.pathname + window.location.search);
        setBoot({ status: 'done', result });
      },
      (error: unknown) => live && setBoot({ status: 'done', result: { ok: false, message: error instanceof Error ? error.message : String(error) } }),
    );
    return () => {
      live = false;
    };
  }, []);

  if (boot.status === 'loading') {
    return (
      <main className="boot">
        <h1>What Happens Next</h1>
        <p aria-live="polite">Opening the scenario…</p>
      </main>
    );
  }
  if (!boot.result.ok) {
    return (
      <main className="boot">
        <h1>What Happens Next</h1>
        <p role="alert">The app could not start: {boot.result.message}</p>
      </main>
    );
  }
  return (
    <SessionProvider init={boot.result.init}>
      <ErrorBoundary label="The simulator">
        <Simulator recovery={boot.result.recovery} opened={boot.result.opened} />
      </ErrorBoundary>
    </SessionProvider>
  );
}

type Open = 'picker' | 'share' | 'help' | 'sessions' | null;

interface SimulatorProps {
  readonly recovery: RecoveryNotice | null;
  readonly opened: 'link' | 'saved' | 'fresh';
}

export function Simulator({ recovery: bootRecovery, opened }: SimulatorProps) {
  const send = useSend();
  const actor = useSessionActor();
  const scenarioId = useSession((s) => s.scenario.meta.id);
  const sessionId = useSession((s) => s.id);
  const compare = useSession((s) => s.compare);
  const error = useSession((s) => s.error);
  const [open, setOpen] = useState<Open>(null);
  const inClassroom = useSession((s) => s.classroom !== null);
  const [classroomView, setClassroomView] = useState<ClassroomView>(inClassroom ? 'play' : 'off');
  const [recovery, setRecovery] = useState(bootRecovery);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [dropped, setDropped] = useState<ReadResult | null>(null);
  const [welcome, setWelcome] = useState(opened === 'link' ? 'Opened the shared session.' : opened === 'saved' ? 'Restored your last session.' : '');

  useEffect(() => startAutosave(actor, setSaveError), [actor]);

  const openLink = useCallback(
    (opened: LinkOpened) => {
      if (!opened.ok) return setRecovery(opened.notice);
      send({ type: 'session.replace', init: opened.init });
      setRecovery(null);
      setClassroomView(opened.init.classroom ? 'play' : 'off');
      setWelcome('Opened the shared session. Your previous session stays in your saved sessions.');
    },
    [send],
  );
  useShareLinkNavigation(openLink);

  const pick = useCallback(
    ({ scenario, source }: PickedScenario) => {
      send({ type: 'session.replace', init: freshInit(scenario, source) });
      setOpen(null);
      setDropped(null);
      setWelcome(`Opened ${scenario.meta.title}. Your previous session stays in your saved sessions.`);
    },
    [send],
  );

  const openSaved = useCallback(
    async (session: SessionFile) => {
      const restored = await restoreSession(session);
      if (restored.ok) {
        send({ type: 'session.replace', init: restored.init });
        setWelcome(`Opened “${session.name}”.`);
      } else {
        setRecovery({ message: `“${session.name}” could not be opened. ${restored.message} It stays in your saved sessions.`, raw: JSON.stringify(session, null, 2) });
      }
    },
    [send],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey) return;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      // Text fields keep their own undo and arrow keys.
      if (isTypingTarget(event.target)) return;
      if (mod && (key === 'z' || key === 'y')) {
        event.preventDefault();
        send({ type: key === 'y' || event.shiftKey ? 'history.redo' : 'history.undo' });
        return;
      }
      if (mod || document.querySelector('dialog[open]')) return;
      if (event.key === '?') {
        event.preventDefault();
        setOpen('help');
      } else if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
        event.preventDefault();
        send({ type: 'replay.step', delta: event.key === 'ArrowLeft' ? -1 : 1 });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [send]);

  const onDrop = async (event: DragEvent) => {
    const file = event.dataTransfer.files[0];
    if (!file) return;
    event.preventDefault();
    const result = await readScenarioFile(file);
    if (result.ok) pick({ scenario: result.scenario, source: result.source });
    else {
      setDropped(result);
      setOpen('picker');
    }
  };

  const branchHere = () => {
    send({ type: 'branch.here' });
    requestAnimationFrame(() => document.querySelector<HTMLElement>('#moves .move__button:not([aria-disabled])')?.focus());
  };

  return (
    <div className="app" onDragOver={(event) => event.preventDefault()} onDrop={(event) => void onDrop(event)}>
      <a className="skip-link" href="#moves">
        Skip to moves
      </a>
      <AppHeader
        actions={
          <>
            <button type="button" className="button" onClick={() => setOpen('picker')}>
              Scenario…
            </button>
            <button type="button" className="button" onClick={() => setOpen('sessions')}>
              Sessions…
            </button>
            <button type="button" className="button" aria-pressed={classroomView !== 'off'} onClick={() => setClassroomView(classroomView === 'off' ? 'play' : 'off')}>
              Classroom
            </button>
            <button type="button" className="button" onClick={() => setOpen('share')}>
              Share link
            </button>
            <button type="button" className="button" onClick={() => setOpen('help')} aria-keyshortcuts="?" aria-label="Help and keyboard shortcuts">
              Help ?
            </button>
          </>
        }
      />
      {recovery && <RecoveryBanner message={recovery.message} raw={recovery.raw} onDismiss={() => setRecovery(null)} />}
      {saveError && (
        <div className="banner banner--warning" role="alert">
          <p>Your changes are not being saved: {saveError} Export the session to keep it.</p>
        </div>
      )}
      <div className="app__status" role="status">
        {welcome && (
          <p className="notice">
            {welcome}{' '}
            <button type="button" className="button button--small button--quiet" onClick={() => setWelcome('')}>
              Dismiss
            </button>
          </p>
        )}
        {error && (
          <p className="notice notice--error">
            {error}{' '}
            <button type="button" className="button button--small button--quiet" onClick={() => send({ type: 'notice.dismiss' })}>
              Dismiss
            </button>
          </p>
        )}
      </div>
      {classroomView === 'off' ? (
        <>
          <ReplayBar onBranchHere={branchHere} />
          <main className="app__main">
            <PostureBoard />
            <MovesPanel />
            <TimelinePanel />
          </main>
          <WhatsNext />
          <Charts />
        </>
      ) : (
        <Suspense fallback={<p aria-live="polite">Loading the classroom…</p>}>
          <ErrorBoundary label="The classroom">
            <Classroom view={classroomView} onView={setClassroomView} />
          </ErrorBoundary>
        </Suspense>
      )}

      <Dialog open={open === 'picker'} title="Choose a scenario" onClose={() => setOpen(null)} className="dialog--wide">
        <ScenarioPicker currentId={scenarioId} onPick={pick} dropped={dropped} />
      </Dialog>
      <SessionsDialog open={open === 'sessions'} onClose={() => setOpen(null)} store={sessionStore} currentId={sessionId} onOpen={(session) => void openSaved(session)} />
      <Dialog open={open === 'share'} title="Share this session" onClose={() => setOpen(null)}>
        <SharePanel />
      </Dialog>
      <Dialog open={open === 'help'} title="Help" onClose={() => setOpen(null)}>
        <HelpContent />
      </Dialog>
      <Dialog open={compare !== null} title="Compare branches" onClose={() => send({ type: 'compare.close' })} className="dialog--wide">
        {compare && <CompareView a={compare.a} b={compare.b} />}
      </Dialog>
    </div>
  );
}

function WhatsNext() {
  // Deferred: the panel follows a move in a background render, so it never holds up the click's paint.
  const timeline = useDeferredValue(useSession((s) => s.timeline));
  const current = useDeferredValue(useSession((s) => s.current));
  return (
    <div className="app__whats-next">
      <Suspense fallback={<p aria-live="polite">Loading what happens next…</p>}>
        <ErrorBoundary label="The What happens next panel" resetKey={current}>
          <WhatHappensNextPanel timeline={timeline} current={current} />
        </ErrorBoundary>
      </Suspense>
    </div>
  );
}

function Charts() {
  const send = useSend();
  const timeline = useSession((s) => s.timeline);
  const current = useSession((s) => s.current);
  const go = useCallback((id: NodeId) => send({ type: 'node.go', id }), [send]);
  return (
    <section className="app__charts" aria-labelledby="charts-title">
      <h2 id="charts-title" className="app__charts-title">
        Escalation charts
      </h2>
      <Suspense fallback={<p aria-live="polite">Loading the charts…</p>}>
        <ErrorBoundary label="The escalation charts" resetKey={current}>
          <ChartsPanel timeline={timeline} current={current} onSelectNode={go} layout="tabs" />
        </ErrorBoundary>
      </Suspense>
    </section>
  );
}
