/**
 * Replacing the session on screen: a picked scenario, a saved session or a share link. The session
 * that was on screen was autosaved and stays in Sessions…; what cannot be opened says so and keeps
 * its data downloadable.
 */
import { useCallback } from 'react';
import type { SessionFile } from '../../engine/session/index.ts';
import type { PickedScenario } from '../features/picker/index.ts';
import { freshInit, openSession, useSend, type LinkOpened, type RecoveryNotice } from '../stores/session/index.ts';

export interface SessionSwitchHandlers {
  /** What to tell the user once it opened. */
  /** `classroom`: whether the opened session runs an exercise (null: leave the view as it is). */
  readonly onOpened: (welcome: string, classroom: boolean | null) => void;
  readonly onFailed: (notice: RecoveryNotice) => void;
}

const withNote = (text: string, note: string | null) => (note ? `${text} ${note}` : text);

export function useSessionSwitch({ onOpened, onFailed }: SessionSwitchHandlers) {
  const send = useSend();
  const pick = useCallback(
    ({ scenario, source }: PickedScenario) => {
      send({ type: 'session.replace', init: freshInit(scenario, source) });
      onOpened(`Opened ${scenario.meta.title}. Your previous session stays in your saved sessions.`, null);
    },
    [send, onOpened],
  );
  const openSaved = useCallback(
    async (session: SessionFile) => {
      const opened = await openSession(session);
      if (!opened.ok) return onFailed({ message: `“${session.name}” could not be opened. ${opened.message} It stays in your saved sessions.`, raw: JSON.stringify(session, null, 2) });
      send({ type: 'session.replace', init: opened.init });
      onOpened(withNote(`Opened “${session.name}”.`, opened.note), null);
    },
    [send, onOpened, onFailed],
  );
  const openLink = useCallback(
    (opened: LinkOpened) => {
      if (!opened.ok) return onFailed(opened.notice);
      send({ type: 'session.replace', init: opened.init });
      onOpened(withNote('Opened the shared session. Your previous session stays in your saved sessions.', opened.note), Boolean(opened.init.classroom));
    },
    [send, onOpened, onFailed],
  );
  return { pick, openSaved, openLink };
}
