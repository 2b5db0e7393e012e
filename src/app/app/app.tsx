/** The app's entry: finds the session to open (a link, the last session or a fresh one), then shows the simulator. */
import { useEffect, useState } from 'react';
import { bootSession, isSafeMode, SessionProvider, type BootResult } from '../stores/session/index.ts';
import { SessionErrorBoundary } from './session-error-boundary.tsx';
import { Simulator } from './simulator.tsx';
import { useWords } from '../lib/words/index.ts';

type Boot = { readonly status: 'loading' } | { readonly status: 'done'; readonly result: BootResult };

export function App() {
  const { t } = useWords();
  const [boot, setBoot] = useState<Boot>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    bootSession(window.location.hash, { safe: isSafeMode(window.location.search) }).then(
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
      <SessionErrorBoundary label={t('app.part.simulator')}>
        <Simulator recovery={recovery} opened={opened} note={note} copy={copy} safe={safe} unsaved={unsaved} />
      </SessionErrorBoundary>
    </SessionProvider>
  );
}
