/** The app's entry: finds the session to open (a link, the last session or a fresh one), then shows the simulator. */
import { lazy, Suspense, useEffect, useState } from 'react';
import { bootSession, forgetBootLink, isSafeMode, SessionProvider, type BootResult } from '../stores/session/index.ts';
import { SessionErrorBoundary } from './session-error-boundary.tsx';
import { Simulator } from './simulator.tsx';
import { useLanguage, useWords } from '../lib/words/index.ts';
import { initInLanguage } from './scenario-language.ts';
import { ErrorBoundary } from '../components/index.ts';
import { downloadText } from '../lib/download.ts';
import { goTo, networkAddress, useSearch } from './network-address.ts';
import { editorAddress } from './editor-address.ts';
import type { PickedScenario } from '../features/picker/index.ts';

// The networked exercise (join, seats, console) loads when the address asks for it.
const NetworkRoute = lazy(() => import('./network-route.tsx').then((m) => ({ default: m.NetworkRoute })));
// The scenario editor (CodeMirror and its worker) loads when the address asks for it.
const EditorRoute = lazy(() => import('./editor-route.tsx').then((m) => ({ default: m.EditorRoute })));

/** After a failure on a seat's screen: the exercise as this seat saw it last, as a session file. */
function downloadRoomView(): void {
  // Loaded with the route already: the room client (and colyseus.js) stays out of the first page.
  void import('./room-client.ts').then(({ roomClient }) => {
    const { view, room } = roomClient().getSnapshot();
    if (view) downloadText(JSON.stringify(view.file, null, 2) + '\n', `exercise-${room ?? 'room'}.json`, 'application/json');
  });
}

/** After a failure in the editor: the draft as last saved, as a file. */
function downloadDraft(id: string | null): void {
  if (id === null) return;
  void import('../stores/drafts/index.ts')
    .then(({ draftStore }) => draftStore())
    .then((store) => store.get(id))
    .then((draft) => draft && downloadText(draft.text, 'draft.yaml', 'application/yaml'));
}

type Boot = { readonly status: 'loading' } | { readonly status: 'done'; readonly result: BootResult };

export function App() {
  const { t } = useWords();
  const { language } = useLanguage();
  const [boot, setBoot] = useState<Boot>({ status: 'loading' });
  const search = useSearch();
  const network = networkAddress(search);
  const editor = editorAddress(search);
  // Back from the editor: the simulator mounts again, without the boot's welcome, and opens what "Play this" chose.
  const [back, setBack] = useState<{ readonly play: PickedScenario | null } | null>(null);

  useEffect(() => {
    let live = true;
    const hash = window.location.hash;
    bootSession(hash, { safe: isSafeMode(window.location.search) })
      .then(async (result) => (result.ok ? { ...result, init: await initInLanguage(result.init, language, result.opened === 'fresh') } : result))
      .then(
        (result) => {
          if (!live) return;
          // The link has done its job: from now on autosave holds the session, and a reload must not reopen the old link state.
          forgetBootLink(hash);
          setBoot({ status: 'done', result });
        },
        (error: unknown) => live && setBoot({ status: 'done', result: { ok: false, message: error instanceof Error ? error.message : String(error) } }),
      );
    return () => {
      live = false;
    };
    // Boots once: a later language change retexts the open session (useScenarioLanguage).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  if (network !== null) {
    return (
      <Suspense fallback={<p aria-live="polite">{t('app.opening')}</p>}>
        <ErrorBoundary label={t('app.part.network')} onDownload={downloadRoomView} onFresh={() => goTo('')}>
          <NetworkRoute address={network} />
        </ErrorBoundary>
      </Suspense>
    );
  }
  if (boot.status === 'loading') {
    return (
      <main className="boot">
        <h1>{t('app.product')}</h1>
        <p aria-live="polite">{t('app.opening')}</p>
      </main>
    );
  }
  if (!boot.result.ok) {
    return (
      <main className="boot">
        <h1>{t('app.product')}</h1>
        <p role="alert">{t('app.cannotStart', { message: boot.result.message })}</p>
        <p>
          <a href={`${window.location.pathname}?safe`}>{t('store.safeLink')}</a>
        </p>
      </main>
    );
  }
  const { init, recovery, opened, note, copy, safe, unsaved } = boot.result;
  return (
    <SessionProvider init={init}>
      {editor !== null ? (
        <Suspense fallback={<p aria-live="polite">{t('editorRoute.loading')}</p>}>
          <ErrorBoundary label={t('editorRoute.part')} onDownload={() => downloadDraft(editor.draft)} onFresh={() => goTo('')}>
            <EditorRoute
              address={editor}
              onLeave={(play) => {
                setBack({ play });
                goTo('');
              }}
            />
          </ErrorBoundary>
        </Suspense>
      ) : (
        <SessionErrorBoundary label={t('app.part.simulator')}>
          {back === null ? (
            <Simulator recovery={recovery} opened={opened} note={note} copy={copy} safe={safe} unsaved={unsaved} />
          ) : (
            <Simulator recovery={null} opened="fresh" play={back.play} />
          )}
        </SessionErrorBoundary>
      )}
    </SessionProvider>
  );
}
