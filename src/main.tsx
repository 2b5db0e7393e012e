// First, so each feature's own CSS (imported by its code) comes after the shared rules it builds on.
import './app/app/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { registerSW } from 'virtual:pwa-register';
import { App } from './app/app/app.tsx';
import { applyWords, browserLanguageSources, initialLanguage, LanguageProvider, wordsFor } from './app/lib/words/index.ts';
import { offerUpdate } from './app/app/app-update.ts';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// English is in the first page; another language's catalogue is fetched before the first render, so nothing flashes in English.
// (A promise, not a top-level await: that would make the build split the first page into many chunks.)
void wordsFor(initialLanguage(browserLanguageSources())).then((words) => {
  applyWords(words);
  createRoot(root).render(
    <StrictMode>
      <LanguageProvider initial={words}>
        <App />
      </LanguageProvider>
    </StrictMode>,
  );
});

// The service worker that keeps the app working offline (vite.config.ts `offline`). A new version
// waits for the user's Reload (app-update.ts): then it is told to take over, and this page reloads
// once it has. Another open tab of the app, whose user pressed nothing, never reloads by itself
// (onNeedReload does nothing): it keeps its banner, and its Reload just reloads.
async function takeUpdate(): Promise<void> {
  const registration = await navigator.serviceWorker.getRegistration();
  if (!registration?.waiting) return window.location.reload();
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
  await activate();
}
const activate = registerSW({ onNeedRefresh: () => offerUpdate(takeUpdate), onNeedReload: () => undefined });
