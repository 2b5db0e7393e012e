/** The error boundary with the session's ways out: download this session, or start a fresh one. */
import { useCallback, type ReactNode } from 'react';
import { ErrorBoundary } from '../components/index.ts';
import { downloadBlob } from '../lib/download.ts';
import { exportSessionFile, sessionFileName } from '../stores/persistence/index.ts';
import { freshInit, sessionFileOf, useSend, useSessionActor } from '../stores/session/index.ts';

export interface SessionErrorBoundaryProps {
  readonly label: string;
  readonly resetKey?: unknown;
  readonly children: ReactNode;
}

export function SessionErrorBoundary({ label, resetKey, children }: SessionErrorBoundaryProps) {
  const actor = useSessionActor();
  const send = useSend();
  const download = useCallback(() => {
    const file = sessionFileOf(actor.getSnapshot().context);
    downloadBlob(exportSessionFile(file), sessionFileName(file));
  }, [actor]);
  const fresh = useCallback(() => {
    const { scenario, source } = actor.getSnapshot().context;
    send({ type: 'session.replace', init: freshInit(scenario, source) });
  }, [actor, send]);
  return (
    <ErrorBoundary label={label} resetKey={resetKey} onDownload={download} onFresh={fresh}>
      {children}
    </ErrorBoundary>
  );
}
