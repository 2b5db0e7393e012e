/**
 * Autosave for the simulator screen, and what it shows when saving fails: the save banner (full
 * storage, another tab's change) and, after a reload, the session that could not be saved before.
 */
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import {
  forgetUnsaved,
  keepBoth,
  reloadStored,
  startAutosave,
  tabStorage,
  useSend,
  useSessionActor,
  type RecoveryNotice,
  type Resolved,
  type SaveProblem,
  type UnsavedCopy,
} from '../stores/session/index.ts';
import { useWords } from '../lib/words/index.ts';
import { SaveBanner, UnsavedBanner } from './save-banner.tsx';

export interface SavingHandlers {
  /** The copy autosave kept before the last reload (from boot), offered back once. */
  readonly unsaved: UnsavedCopy | null;
  readonly onSwitched: (welcome: string) => void;
  readonly onFailed: (notice: RecoveryNotice) => void;
}

export function useSaving({ unsaved: bootUnsaved, onSwitched, onFailed }: SavingHandlers): { readonly banners: ReactNode; readonly saving: boolean } {
  const { t } = useWords();
  const actor = useSessionActor();
  const send = useSend();
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const [unsaved, setUnsaved] = useState(bootUnsaved);

  useEffect(() => startAutosave(actor, setProblem), [actor]);

  const apply = useCallback(
    (resolved: Resolved, welcome: (name: string) => string) => {
      if (!resolved.ok) return onFailed({ message: resolved.message, raw: null });
      setProblem(null);
      send({ type: 'session.replace', init: resolved.init });
      onSwitched(welcome(resolved.name));
    },
    [send, onSwitched, onFailed],
  );
  const dismissUnsaved = () => {
    forgetUnsaved(tabStorage());
    setUnsaved(null);
  };

  const banners = (
    <>
      {problem && (
        <SaveBanner
          problem={problem}
          onKeepBoth={() => void keepBoth(problem.session).then((r) => apply(r, (name) => t('store.keptBoth', { name })))}
          onReload={() => void reloadStored(problem.session.id).then((r) => apply(r, () => t('store.reloaded')))}
        />
      )}
      {unsaved && (
        <UnsavedBanner
          unsaved={unsaved}
          onDismiss={dismissUnsaved}
          onOpen={() =>
            void keepBoth(unsaved.session).then((r) => {
              if (r.ok) dismissUnsaved();
              apply(r, (name) => t('store.keptBoth', { name }));
            })
          }
        />
      )}
    </>
  );
  return { banners, saving: problem === null };
}
