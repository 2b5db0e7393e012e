/**
 * Banners for work that is not saved: a write that failed (with the session one click away as a
 * file), another tab's change to this session (keep both, or reload), and a session that could not
 * be saved before the last reload (offered back).
 */
import type { SessionFile } from '../../engine/session/index.ts';
import { exportSessionFile, sessionFileName } from '../stores/persistence/index.ts';
import type { SaveProblem, UnsavedCopy } from '../stores/session/index.ts';
import { downloadBlob } from '../lib/download.ts';
import { useWords } from '../lib/words/index.ts';

interface Action {
  readonly label: string;
  readonly onClick: () => void;
  readonly quiet?: boolean;
}

/** A warning banner: the message, then "Download this session", then the other ways out. */
function WarningBanner({ message, session, actions }: { readonly message: string; readonly session: SessionFile; readonly actions: readonly Action[] }) {
  const { t } = useWords();
  const all: readonly Action[] = [{ label: t('store.download'), onClick: () => downloadBlob(exportSessionFile(session), sessionFileName(session)) }, ...actions];
  return (
    <div className="banner banner--warning" role="alert">
      <p>{message}</p>
      <div className="banner__actions">
        {all.map((a) => (
          <button key={a.label} type="button" className={a.quiet ? 'button button--quiet' : 'button'} onClick={a.onClick}>
            {a.label}
          </button>
        ))}
      </div>
    </div>
  );
}

export interface SaveBannerProps {
  readonly problem: SaveProblem;
  readonly onKeepBoth: () => void;
  readonly onReload: () => void;
}

export function SaveBanner({ problem, onKeepBoth, onReload }: SaveBannerProps) {
  const { t } = useWords();
  if (problem.kind !== 'changed-elsewhere') return <WarningBanner message={t('app.notSaved', { error: problem.message })} session={problem.session} actions={[]} />;
  const actions = [
    { label: t('store.keepBoth'), onClick: onKeepBoth },
    { label: t('store.reload'), onClick: onReload },
  ];
  return <WarningBanner message={t('store.conflict')} session={problem.session} actions={actions} />;
}

export interface UnsavedBannerProps {
  readonly unsaved: UnsavedCopy;
  readonly onOpen: () => void;
  readonly onDismiss: () => void;
}

export function UnsavedBanner({ unsaved, onOpen, onDismiss }: UnsavedBannerProps) {
  const { t, locale } = useWords();
  const time = new Date(unsaved.at).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const actions = [
    { label: t('store.openUnsaved'), onClick: onOpen },
    { label: t('app.dismiss'), onClick: onDismiss, quiet: true },
  ];
  return <WarningBanner message={t('store.unsavedFound', { name: unsaved.session.name, time })} session={unsaved.session} actions={actions} />;
}
