// First, so each feature's own CSS (imported by its code) comes after the shared rules it builds on.
import './app/app/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app/app.tsx';
import { applyWords, browserLanguageSources, initialLanguage, LanguageProvider, wordsFor } from './app/lib/words/index.ts';

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
