/**
 * The saved-sessions dialog: list, open, rename, delete (with undo), export and import sessions;
 * damaged saves are listed with "download raw data" and "delete", never silently dropped.
 *
 * Props (the shell mounts it and keeps `open` in its state):
 * - `open`: whether the dialog is shown (a native modal <dialog>: focus stays inside, Escape
 *   closes, focus returns to the control that opened it).
 * - `onClose()`: called on Close, Escape, and after opening a session.
 * - `store`: where sessions live — pass `sessionStore` from src/app/persistence.
 * - `currentId`: the id of the session open now (marked, cannot be deleted from here).
 * - `onOpen(session)`: the user chose a session (from the list or a just-imported file); the shell
 *   restores it with `restoreSession` and shows any error it returns.
 */
import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  exportSessionFile,
  formatBytes,
  importSessionFile,
  sessionFileName,
  type SessionEntry,
  type SessionStore,
} from '../../stores/persistence/index.ts';
import type { SessionFile } from '../../../engine/session/index.ts';
import { distinctName } from '../../lib/distinct-name.ts';
import { downloadBlob } from '../../lib/download.ts';
import './sessions-dialog.css';

export interface SessionsDialogProps {
  readonly open: boolean;
  readonly onClose: () => void;
  readonly store: SessionStore;
  readonly currentId?: string | null;
  readonly onOpen: (session: SessionFile) => void;
}

type Status = { readonly kind: 'info' | 'error'; readonly text: string; readonly undo?: SessionFile } | null;

export function SessionsDialog({ open, onClose, store, currentId = null, onOpen }: SessionsDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const returnFocus = useRef<Element | null>(null);
  const [entries, setEntries] = useState<readonly SessionEntry[]>([]);
  const [status, setStatus] = useState<Status>(null);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const titleId = useId();
  const importId = useId();

  const refresh = useCallback(() => setEntries(store.list()), [store]);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnFocus.current = document.activeElement;
      refresh();
      setStatus(null);
      setRenaming(null);
      setConfirming(null);
      // showModal makes the rest of the page inert (focus trap) and gives Escape; jsdom lacks it.
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
      // Every close goes through here (Escape is turned into onClose), so focus is restored once.
      const target = returnFocus.current;
      if (target instanceof HTMLElement && target.isConnected) target.focus();
    }
  }, [open, refresh]);

  function handleCancel(event: Event | { preventDefault(): void }) {
    // Escape: let the parent own `open`, so the state and the dialog never disagree.
    event.preventDefault();
    onClose();
  }

  function openEntry(id: string) {
    const result = store.get(id);
    if (!result.ok) {
      setStatus({ kind: 'error', text: result.error.message });
      refresh();
      return;
    }
    onOpen(result.session);
    onClose();
  }

  function exportEntry(id: string) {
    const result = store.get(id);
    if (!result.ok) return setStatus({ kind: 'error', text: result.error.message });
    downloadBlob(exportSessionFile(result.session), sessionFileName(result.session));
    setStatus({ kind: 'info', text: `Exported “${result.session.name}” as ${sessionFileName(result.session)}.` });
  }

  function deleteEntry(entry: SessionEntry) {
    if (entry.status === 'ok') {
      const saved = store.get(entry.id);
      store.delete(entry.id);
      refresh();
      setStatus({ kind: 'info', text: `Deleted “${entry.name}”.`, undo: saved.ok ? saved.session : undefined });
    } else {
      store.delete(entry.id);
      setConfirming(null);
      refresh();
      setStatus({ kind: 'info', text: `Deleted the damaged save ${entry.id}.` });
    }
  }

  function undoDelete(session: SessionFile) {
    const saved = store.save(session);
    refresh();
    setStatus(saved.ok ? { kind: 'info', text: `Restored “${session.name}”.` } : { kind: 'error', text: saved.error.message });
  }

  function submitRename(event: FormEvent<HTMLFormElement>, id: string) {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get('name') ?? '').trim();
    if (name.length === 0) return setStatus({ kind: 'error', text: 'A session needs a name.' });
    const result = store.rename(id, name);
    setRenaming(null);
    refresh();
    setStatus(result.ok ? { kind: 'info', text: `Renamed to “${result.session.name}”.` } : { kind: 'error', text: result.error.message });
  }

  async function importFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = await importSessionFile(file);
    if (!result.ok) return setStatus({ kind: 'error', text: result.error.message });
    // Another saved session with the same name could not be told apart in this list.
    const others = store.list().flatMap((e) => (e.status === 'ok' && e.id !== result.session.id ? [e.name] : []));
    const session = { ...result.session, name: distinctName(result.session.name, others) };
    const saved = store.save(session);
    refresh();
    if (!saved.ok) {
      // Storage full: the session is still usable, just not kept in the list.
      setStatus({ kind: 'error', text: `${saved.error.message} The imported session can still be opened now.` });
      onOpen(session);
      onClose();
      return;
    }
    const migrated = result.migratedFrom !== null ? ' (converted from an older format)' : '';
    setStatus({ kind: 'info', text: `Imported “${session.name}”${migrated}. Choose Open to continue it.` });
  }

  return (
    <dialog ref={dialogRef} className="sessions-dialog" aria-labelledby={titleId} onCancel={handleCancel}>
      <div className="sessions-dialog__head">
        <h2 id={titleId}>Saved sessions</h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      {!store.persistent ? (
        <p className="sessions-dialog__warning">This browser does not let the app keep data: sessions last until you close the tab. Export them to keep them.</p>
      ) : null}
      <div className="sessions-dialog__import">
        <label htmlFor={importId}>Import a session file (.json)</label>
        <input id={importId} type="file" accept=".json,application/json" onChange={(e) => void importFile(e.currentTarget)} />
      </div>
      <div className="sessions-dialog__status" role="status" aria-live="polite">
        {status ? (
          <p className={status.kind === 'error' ? 'is-error' : undefined}>
            {status.kind === 'error' ? <strong>Problem: </strong> : null}
            {status.text}{' '}
            {status.undo ? (
              <button type="button" onClick={() => status.undo && undoDelete(status.undo)}>
                Undo delete
              </button>
            ) : null}
          </p>
        ) : null}
      </div>
      {entries.length === 0 ? (
        <p>No saved sessions yet. Sessions are saved automatically as you play.</p>
      ) : (
        <ul className="sessions-dialog__list">
          {entries.map((entry) =>
            entry.status === 'ok' ? (
              <li key={entry.id}>
                {renaming === entry.id ? (
                  <form className="sessions-dialog__rename" onSubmit={(e) => submitRename(e, entry.id)}>
                    <label htmlFor={`${titleId}-rename-${entry.id}`}>New name for “{entry.name}”</label>
                    <input id={`${titleId}-rename-${entry.id}`} name="name" defaultValue={entry.name} maxLength={200} autoFocus required />
                    <button type="submit">Save name</button>
                    <button type="button" onClick={() => setRenaming(null)}>
                      Cancel
                    </button>
                  </form>
                ) : (
                  <>
                    <div className="sessions-dialog__info">
                      <strong>{entry.name || '(unnamed)'}</strong>
                      {entry.id === currentId ? <span className="sessions-dialog__badge"> open now</span> : null}
                      <br />
                      <span className="sessions-dialog__meta">
                        {entry.scenarioId} · {entry.moves} {entry.moves === 1 ? 'step' : 'steps'} · saved {formatSavedAt(entry.savedAt)} · {formatBytes(entry.bytes)}
                      </span>
                    </div>
                    <div className="sessions-dialog__actions">
                      <button type="button" onClick={() => openEntry(entry.id)} disabled={entry.id === currentId} aria-label={`Open ${entry.name}`}>
                        Open
                      </button>
                      <button type="button" onClick={() => setRenaming(entry.id)} aria-label={`Rename ${entry.name}`}>
                        Rename
                      </button>
                      <button type="button" onClick={() => exportEntry(entry.id)} aria-label={`Export ${entry.name} to a file`}>
                        Export
                      </button>
                      <button type="button" onClick={() => deleteEntry(entry)} disabled={entry.id === currentId} aria-label={`Delete ${entry.name}`}>
                        Delete
                      </button>
                    </div>
                  </>
                )}
              </li>
            ) : (
              <li key={entry.id} className="is-corrupt">
                <div className="sessions-dialog__info">
                  <strong>Damaged save</strong> <span className="sessions-dialog__meta">({entry.id}, {formatBytes(entry.bytes)})</span>
                  <br />
                  <span>{entry.error.message}</span>
                </div>
                <div className="sessions-dialog__actions">
                  <button
                    type="button"
                    onClick={() => downloadBlob(new Blob([entry.raw], { type: 'application/json' }), `whn-damaged-${entry.id}.json`)}
                    aria-label={`Download the raw data of damaged save ${entry.id}`}
                  >
                    Download raw data
                  </button>
                  {confirming === entry.id ? (
                    <>
                      <button type="button" className="is-danger" onClick={() => deleteEntry(entry)} aria-label={`Confirm: delete damaged save ${entry.id} for good`}>
                        Confirm delete
                      </button>
                      <button type="button" onClick={() => setConfirming(null)} aria-label={`Keep damaged save ${entry.id}`}>
                        Keep
                      </button>
                    </>
                  ) : (
                    <button type="button" onClick={() => setConfirming(entry.id)} aria-label={`Delete damaged save ${entry.id}`}>
                      Delete
                    </button>
                  )}
                </div>
              </li>
            ),
          )}
        </ul>
      )}
    </dialog>
  );
}

function formatSavedAt(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
