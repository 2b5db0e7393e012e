/**
 * The saved-sessions dialog: list, open, rename, delete (with undo), export and import sessions;
 * damaged saves are listed with "download raw data" and "delete", never silently dropped.
 *
 * Props (the shell mounts it and keeps `open` in its state):
 * - `open`: whether the dialog is shown (a native modal <dialog>: focus stays inside, Escape
 *   closes, focus returns to the control that opened it).
 * - `onClose()`: called on Close, Escape, and after opening a session.
 * - `store`: where sessions live — pass `sessionStore` from src/app/stores/persistence.
 * - `safe`: the app started in safe mode (the last session was not reopened): says so at the top.
 * - `currentId`: the id of the session open now (marked, cannot be deleted from here).
 * - `onOpen(session)`: the user chose a session (from the list or a just-imported file); the shell
 *   restores it with `restoreSession` and shows any error it returns.
 */
import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { exportSessionFile, fileLabel, formatBytes, sessionFileName, type SessionEntry, type SessionStore } from '../../stores/persistence/index.ts';
import { importSession } from '../../stores/session/index.ts';
import type { SessionFile } from '../../../engine/session/index.ts';
import { useWords } from '../../lib/words/index.ts';
import { downloadBlob } from '../../lib/download.ts';
import './sessions-dialog.css';

export interface SessionsDialogProps {
  readonly open: boolean;
  readonly onClose: () => void;
  readonly store: SessionStore;
  readonly currentId?: string | null;
  readonly onOpen: (session: SessionFile) => void;
  readonly safe?: boolean;
}

type Status = { readonly kind: 'info' | 'error'; readonly text: string; readonly undo?: SessionFile } | null;

export function SessionsDialog({ open, onClose, store, currentId = null, onOpen, safe = false }: SessionsDialogProps) {
  const { t, locale } = useWords();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const returnFocus = useRef<Element | null>(null);
  const [entries, setEntries] = useState<readonly SessionEntry[]>([]);
  const [status, setStatus] = useState<Status>(null);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const titleId = useId();
  const importId = useId();

  const refresh = useCallback(() => {
    void store.list().then(setEntries);
  }, [store]);

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

  async function openEntry(id: string) {
    const result = await store.open(id);
    if (!result.ok) {
      setStatus({ kind: 'error', text: result.error.message });
      refresh();
      return;
    }
    onOpen(result.session);
    onClose();
  }

  async function exportEntry(id: string) {
    const result = await store.get(id);
    if (!result.ok) return setStatus({ kind: 'error', text: result.error.message });
    downloadBlob(exportSessionFile(result.session), sessionFileName(result.session));
    setStatus({ kind: 'info', text: t('sessions.exported', { name: result.session.name, file: sessionFileName(result.session) }) });
  }

  async function deleteEntry(entry: SessionEntry) {
    if (entry.status === 'ok') {
      const saved = await store.get(entry.id);
      await store.delete(entry.id);
      refresh();
      setStatus({ kind: 'info', text: t('sessions.deleted', { name: entry.name }), undo: saved.ok ? saved.session : undefined });
    } else {
      await store.delete(entry.id);
      setConfirming(null);
      refresh();
      setStatus({ kind: 'info', text: t('sessions.deletedDamaged', { id: entry.id }) });
    }
  }

  async function undoDelete(session: SessionFile) {
    const saved = await store.save(session);
    refresh();
    setStatus(saved.ok ? { kind: 'info', text: t('sessions.restored', { name: session.name }) } : { kind: 'error', text: saved.error.message });
  }

  async function submitRename(event: FormEvent<HTMLFormElement>, id: string) {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get('name') ?? '').trim();
    if (name.length === 0) return setStatus({ kind: 'error', text: t('sessions.needsName') });
    const result = await store.rename(id, name);
    setRenaming(null);
    refresh();
    setStatus(result.ok ? { kind: 'info', text: t('sessions.renamed', { name: result.session.name }) } : { kind: 'error', text: result.error.message });
  }

  async function importFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = await importSession(file, store);
    if (!result.ok) return setStatus({ kind: 'error', text: result.message });
    refresh();
    if (result.notSaved !== null) {
      // Storage full: the session is still usable, just not kept in the list.
      setStatus({ kind: 'error', text: t('sessions.importNotSaved', { error: result.notSaved }) });
      onOpen(result.session);
      onClose();
      return;
    }
    const { name } = result.session;
    if (result.placed === 'copy') setStatus({ kind: 'info', text: t('sessions.importedCopy', { label: fileLabel(file), copy: name }) });
    else if (result.placed === 'update') setStatus({ kind: 'info', text: t('sessions.importedUpdate', { name }) });
    else setStatus({ kind: 'info', text: t('sessions.imported', { name, migrated: result.migrated ? 'yes' : 'no' }) });
  }

  return (
    <dialog ref={dialogRef} className="sessions-dialog" aria-labelledby={titleId} onCancel={handleCancel}>
      <div className="sessions-dialog__head">
        <h2 id={titleId}>{t('sessions.title')}</h2>
        <button type="button" onClick={onClose}>
          {t('sessions.close')}
        </button>
      </div>
      {safe ? <p className="sessions-dialog__warning">{t('store.safeMode')}</p> : null}
      {!store.persistent ? (
        <p className="sessions-dialog__warning">{t('sessions.notPersistent')}</p>
      ) : null}
      <div className="sessions-dialog__import">
        <label htmlFor={importId}>{t('sessions.import')}</label>
        <input id={importId} type="file" accept=".json,application/json" onChange={(e) => void importFile(e.currentTarget)} />
      </div>
      <div className="sessions-dialog__status" role="status" aria-live="polite">
        {status ? (
          <p className={status.kind === 'error' ? 'is-error' : undefined}>
            {status.kind === 'error' ? <strong>{t('sessions.problem')}</strong> : null}
            {status.text}{' '}
            {status.undo ? (
              <button type="button" onClick={() => status.undo && void undoDelete(status.undo)}>
                {t('sessions.undoDelete')}
              </button>
            ) : null}
          </p>
        ) : null}
      </div>
      {entries.length === 0 ? (
        <p>{t('sessions.empty')}</p>
      ) : (
        <ul className="sessions-dialog__list">
          {entries.map((entry) =>
            entry.status === 'ok' ? (
              <li key={entry.id}>
                {renaming === entry.id ? (
                  <form className="sessions-dialog__rename" onSubmit={(e) => void submitRename(e, entry.id)}>
                    <label htmlFor={`${titleId}-rename-${entry.id}`}>{t('sessions.renameLabel', { name: entry.name })}</label>
                    <input id={`${titleId}-rename-${entry.id}`} name="name" defaultValue={entry.name} maxLength={200} autoFocus required />
                    <button type="submit">{t('sessions.saveName')}</button>
                    <button type="button" onClick={() => setRenaming(null)}>
                      {t('sessions.cancel')}
                    </button>
                  </form>
                ) : (
                  <>
                    <div className="sessions-dialog__info">
                      <strong>{entry.name || t('sessions.unnamed')}</strong>
                      {entry.id === currentId ? <span className="sessions-dialog__badge">{t('sessions.openNow')}</span> : null}
                      <br />
                      <span className="sessions-dialog__meta">
                        {t('sessions.meta', { scenario: entry.scenarioId, steps: entry.moves, savedAt: formatSavedAt(entry.savedAt, locale), size: formatBytes(entry.bytes) })}
                      </span>
                    </div>
                    <div className="sessions-dialog__actions">
                      <button type="button" onClick={() => void openEntry(entry.id)} disabled={entry.id === currentId} aria-label={t('sessions.openLabel', { name: entry.name })}>
                        {t('sessions.open')}
                      </button>
                      <button type="button" onClick={() => setRenaming(entry.id)} aria-label={t('sessions.renameButton', { name: entry.name })}>
                        {t('sessions.rename')}
                      </button>
                      <button type="button" onClick={() => void exportEntry(entry.id)} aria-label={t('sessions.exportLabel', { name: entry.name })}>
                        {t('sessions.export')}
                      </button>
                      <button type="button" onClick={() => void deleteEntry(entry)} disabled={entry.id === currentId} aria-label={t('sessions.deleteLabel', { name: entry.name })}>
                        {t('sessions.delete')}
                      </button>
                    </div>
                  </>
                )}
              </li>
            ) : (
              <li key={entry.id} className="is-corrupt">
                <div className="sessions-dialog__info">
                  <strong>{t('sessions.damaged')}</strong> <span className="sessions-dialog__meta">({entry.id}, {formatBytes(entry.bytes)})</span>
                  <br />
                  <span>{entry.error.message}</span>
                </div>
                <div className="sessions-dialog__actions">
                  <button
                    type="button"
                    onClick={() => downloadBlob(new Blob([entry.raw], { type: 'application/json' }), `whn-damaged-${entry.id}.json`)}
                    aria-label={t('sessions.downloadRawLabel', { id: entry.id })}
                  >
                    {t('sessions.downloadRaw')}
                  </button>
                  {confirming === entry.id ? (
                    <>
                      <button type="button" className="is-danger" onClick={() => void deleteEntry(entry)} aria-label={t('sessions.confirmDeleteLabel', { id: entry.id })}>
                        {t('sessions.confirmDelete')}
                      </button>
                      <button type="button" onClick={() => setConfirming(null)} aria-label={t('sessions.keepLabel', { id: entry.id })}>
                        {t('sessions.keep')}
                      </button>
                    </>
                  ) : (
                    <button type="button" onClick={() => setConfirming(entry.id)} aria-label={t('sessions.deleteDamagedLabel', { id: entry.id })}>
                      {t('sessions.delete')}
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

function formatSavedAt(iso: string, locale: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
}
