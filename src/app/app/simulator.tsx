/** The simulator screen: header, banners, the simulator or the classroom route, and the dialogs. */
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { Dialog, LanguagePicker } from '../components/index.ts';
import { CompareView } from '../features/compare/index.ts';
import { HelpContent } from '../features/help/index.ts';
import { MovesPanel } from '../features/moves/index.ts';
import { ScenarioPicker, type PickedScenario, type ReadResult } from '../features/picker/index.ts';
import { PostureBoard } from '../features/posture-board/index.ts';
import { ReplayBar } from '../features/replay/index.ts';
import { SessionsDialog } from '../features/sessions/index.ts';
import { TimelinePanel } from '../features/timeline/index.ts';
import { sessionStore } from '../stores/persistence/index.ts';
import { useSend, useSession, useShareLinkNavigation, type RecoveryNotice, type UnsavedCopy } from '../stores/session/index.ts';
import { AppHeader } from './app-header.tsx';
import type { ClassroomView } from './classroom-route.tsx';
import { useDropScenario } from './drop-scenario.ts';
import { goTo, joinSearch } from './network-address.ts';
import { RecoveryBanner } from './recovery-banner.tsx';
import { UpdateBanner } from './update-banner.tsx';
import { SessionErrorBoundary } from './session-error-boundary.tsx';
import { useSessionSwitch } from './session-switch.ts';
import { useScenarioLanguage } from './scenario-language.ts';
import { useShortcuts } from './shortcuts.ts';
import { useEditLinks } from './edit-links.ts';
import { useSaving } from './use-saving.tsx';
import { ChartsSection, WhatsNextSection } from './simulator-panels.tsx';
import { StatusLine } from './status-line.tsx';
import { useWords, type Words } from '../lib/words/index.ts';

// The classroom screens and the debrief load on first use, keeping them out of the first load.
// The share panel brings the link codec (lz-string): it loads when the dialog first opens.
const SharePanel = lazy(() => import('../features/share/index.ts').then((m) => ({ default: m.SharePanel })));
const Classroom = lazy(() => import('./classroom-route.tsx').then((m) => ({ default: m.Classroom })));

type Open = 'picker' | 'share' | 'help' | 'sessions' | null;

export interface SimulatorProps {
  readonly recovery: RecoveryNotice | null;
  readonly opened: 'link' | 'saved' | 'fresh';
  /** Something the restore had to change, said after "Restored your last session." */
  readonly note?: string | null;
  /** The name of the copy a link opened as, else null. */
  readonly copy?: string | null;
  /** Safe mode: the last session was not reopened; the sessions list opens first. */
  readonly safe?: boolean;
  /** A session that could not be saved before the last reload. */
  readonly unsaved?: UnsavedCopy | null;
  /** A scenario to open at once (the editor's "Play this"). */
  readonly play?: PickedScenario | null;
}

function openingWelcome(t: Words['t'], opened: SimulatorProps['opened'], note: string | null, copy: string | null): string {
  const text = opened === 'link' ? t('app.welcome.link', { copy: copy === null ? 'no' : 'yes', name: copy ?? '' }) : opened === 'saved' ? t('app.welcome.saved') : '';
  return note ? `${text} ${note}`.trim() : text;
}

export function Simulator({ recovery: bootRecovery, opened, note = null, copy = null, safe = false, unsaved = null, play = null }: SimulatorProps) {
  const { t } = useWords();
  const send = useSend();
  const scenarioId = useSession((s) => s.scenario.meta.id);
  const sessionId = useSession((s) => s.id);
  const source = useSession((s) => s.source);
  const compare = useSession((s) => s.compare);
  const [open, setOpen] = useState<Open>(safe ? 'sessions' : null);
  const inClassroom = useSession((s) => s.classroom !== null);
  const [classroomView, setClassroomView] = useState<ClassroomView>(inClassroom ? 'play' : 'off');
  const [recovery, setRecovery] = useState(bootRecovery);
  const [dropped, setDropped] = useState<ReadResult | null>(null);
  const [welcome, setWelcome] = useState(() => openingWelcome(t, opened, note, copy));
  useScenarioLanguage();

  const onOpened = useCallback((text: string, classroom: boolean | null) => {
    setRecovery(null);
    setOpen(null);
    setDropped(null);
    if (classroom !== null) setClassroomView(classroom ? 'play' : 'off');
    setWelcome(text);
  }, []);
  const onSwitched = useCallback((text: string) => onOpened(text, null), [onOpened]);
  const { banners, saving } = useSaving({ unsaved, onSwitched, onFailed: setRecovery });
  const { pick, openSaved, openLink } = useSessionSwitch({ onOpened, onFailed: setRecovery, saving });
  useShareLinkNavigation(openLink);
  // After autosave has started (useSaving above), so the opened scenario is saved like any pick.
  const played = useRef(play);
  useEffect(() => {
    if (played.current) pick(played.current);
    played.current = null;
  }, [pick]);
  const { edit, editDrafts } = useEditLinks(scenarioId, source);
  const openHelp = useCallback(() => setOpen('help'), []);
  useShortcuts(send, openHelp);
  const onBroken = useCallback((result: ReadResult) => {
    setDropped(result);
    setOpen('picker');
  }, []);
  const onDrop = useDropScenario(pick, onBroken);

  const branchHere = () => {
    send({ type: 'branch.here' });
    requestAnimationFrame(() => document.querySelector<HTMLElement>('#moves .move__button:not([aria-disabled])')?.focus());
  };

  return (
    <div className="app" onDragOver={(event) => event.preventDefault()} onDrop={onDrop}>
      <a className="skip-link" href="#moves">
        {t('app.skipToMoves')}
      </a>
      <AppHeader
        actions={
          <>
            <button type="button" className="button" onClick={() => setOpen('picker')}>
              {t('app.menu.scenario')}
            </button>
            <button type="button" className="button" onClick={() => setOpen('sessions')}>
              {t('app.menu.sessions')}
            </button>
            <button type="button" className="button" aria-pressed={classroomView !== 'off'} onClick={() => setClassroomView(classroomView === 'off' ? 'play' : 'off')}>
              {t('app.menu.classroom')}
            </button>
            <button type="button" className="button" onClick={() => goTo(joinSearch(null))}>
              {t('app.menu.join')}
            </button>
            <button type="button" className="button" onClick={() => setOpen('share')}>
              {t('app.menu.share')}
            </button>
            <button type="button" className="button" onClick={openHelp} aria-keyshortcuts="?" aria-label={t('app.menu.helpLabel')}>
              {t('app.menu.help')}
            </button>
            <LanguagePicker />
          </>
        }
      />
      <UpdateBanner />
      {recovery && <RecoveryBanner message={recovery.message} raw={recovery.raw} onDismiss={() => setRecovery(null)} />}
      {banners}
      <StatusLine welcome={welcome} onDismissWelcome={() => setWelcome('')} />
      {classroomView === 'off' ? (
        <>
          <ReplayBar onBranchHere={branchHere} />
          <main className="app__main">
            <PostureBoard />
            <MovesPanel />
            <TimelinePanel />
          </main>
          <WhatsNextSection />
          <ChartsSection />
        </>
      ) : (
        <Suspense fallback={<p aria-live="polite">{t('app.loading.classroom')}</p>}>
          <SessionErrorBoundary label={t('app.part.classroom')}>
            <Classroom view={classroomView} onView={setClassroomView} />
          </SessionErrorBoundary>
        </Suspense>
      )}

      <Dialog open={open === 'picker'} title={t('app.dialog.picker')} onClose={() => setOpen(null)} className="dialog--wide">
        <ScenarioPicker currentId={scenarioId} onPick={(picked: PickedScenario) => pick(picked)} dropped={dropped} onEdit={(what) => void edit(what)} onDrafts={editDrafts} />
      </Dialog>
      <SessionsDialog open={open === 'sessions'} onClose={() => setOpen(null)} store={sessionStore} safe={safe} currentId={sessionId} onOpen={(session) => void openSaved(session)} />
      <Dialog open={open === 'share'} title={t('app.dialog.share')} onClose={() => setOpen(null)}>
        <Suspense fallback={null}>
          <SharePanel />
        </Suspense>
      </Dialog>
      <Dialog open={open === 'help'} title={t('app.dialog.help')} onClose={() => setOpen(null)}>
        <HelpContent />
      </Dialog>
      <Dialog open={compare !== null} title={t('app.dialog.compare')} onClose={() => send({ type: 'compare.close' })} className="dialog--wide">
        {compare && <CompareView a={compare.a} b={compare.b} />}
      </Dialog>
    </div>
  );
}
