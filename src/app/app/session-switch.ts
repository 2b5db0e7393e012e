/**
 * Replacing the session on screen: a picked scenario, a saved session or a share link. The session
 * that was on screen was autosaved and stays in Sessions… (the welcome says so only when it is true); what cannot be opened says so and keeps
 * its data downloadable.
 */
import { useCallback } from 'react';
import type { SessionFile } from '../../engine/session/index.ts';
import type { PickedScenario } from '../features/picker/index.ts';
import { formatProblem } from '../../scenario/problem.ts';
import { freshInit, openSession, useSend, type LinkOpened, type RecoveryNotice } from '../stores/session/index.ts';
import { useWords } from '../lib/words/index.ts';

export interface SessionSwitchHandlers {
  /** What to tell the user once it opened. */
  /** `classroom`: whether the opened session runs an exercise (null: leave the view as it is). */
  readonly onOpened: (welcome: string, classroom: boolean | null) => void;
  readonly onFailed: (notice: RecoveryNotice) => void;
  /** Whether the session on screen is saved (then it stays in the saved sessions when another replaces it). */
  readonly saving: boolean;
}

const withNote = (text: string, note: string | null) => (note ? `${text} ${note}` : text);

export function useSessionSwitch({ onOpened, onFailed, saving }: SessionSwitchHandlers) {
  const { t } = useWords();
  const send = useSend();
  const pick = useCallback(
    ({ scenario, source, warnings = [] }: PickedScenario) => {
      send({ type: 'session.replace', init: freshInit(scenario, source) });
      const warned = warnings.length === 0 ? '' : ` ${t('app.welcome.warnings', { count: warnings.length, list: warnings.map(formatProblem).join(' · ') })}`;
      onOpened(t('app.welcome.picked', { title: scenario.meta.title }) + warned, null);
    },
    [send, onOpened, t],
  );
  const openSaved = useCallback(
    async (session: SessionFile) => {
      const opened = await openSession(session);
      if (!opened.ok) return onFailed({ message: t('app.recovery.saved', { name: session.name, message: opened.message }), raw: JSON.stringify(session, null, 2) });
      send({ type: 'session.replace', init: opened.init });
      onOpened(withNote(t('app.welcome.opened', { name: session.name }), opened.note), null);
    },
    [send, onOpened, onFailed, t],
  );
  const openLink = useCallback(
    (opened: LinkOpened) => {
      if (!opened.ok) return onFailed(opened.notice);
      send({ type: 'session.replace', init: opened.init });
      const welcome = t('app.welcome.linkSwitch', { copy: opened.copy === null ? 'no' : 'yes', name: opened.copy ?? '', kept: saving ? 'yes' : 'no' });
      onOpened(withNote(welcome, opened.note), Boolean(opened.init.classroom));
    },
    [send, onOpened, onFailed, t, saving],
  );
  return { pick, openSaved, openLink };
}
