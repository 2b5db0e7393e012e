/**
 * Keeps the draft saved: every change is written to the drafts database a moment after typing
 * stops, and at once when the page is hidden or closed, so a reload or a crash loses at most the
 * last fraction of a second.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { draftName, draftStore, type Draft } from '../../stores/drafts/index.ts';

export const SAVE_DELAY_MS = 300;

export type SaveState = 'saved' | 'saving' | 'failed';

export function useDraftAutosave(draft: Draft, fallbackName: string, onSaved: (draft: Draft) => void) {
  const [state, setState] = useState<SaveState>('saved');
  const unsaved = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saved = useRef(onSaved);
  useEffect(() => {
    saved.current = onSaved;
  });

  const flush = useCallback(async () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const text = unsaved.current;
    if (text === null) return;
    unsaved.current = null;
    const next: Draft = { ...draft, text, name: draftName(text, fallbackName), updated: Date.now() };
    try {
      await (await draftStore()).put(next);
      if (unsaved.current === null) setState('saved');
      saved.current(next);
    } catch {
      unsaved.current ??= text;
      setState('failed');
    }
  }, [draft, fallbackName]);

  const changed = useCallback(
    (text: string) => {
      unsaved.current = text;
      setState('saving');
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
    },
    [flush],
  );

  useEffect(() => {
    const now = () => void flush();
    const hidden = () => document.visibilityState === 'hidden' && now();
    window.addEventListener('pagehide', now);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('pagehide', now);
      document.removeEventListener('visibilitychange', hidden);
      now();
    };
  }, [flush]);

  return { state, changed };
}
