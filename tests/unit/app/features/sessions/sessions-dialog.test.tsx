// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { SessionsDialog } from '../../../../../src/app/features/sessions/index.ts';
import { createMemoryStorage, createSessionStore, type SessionStore } from '../../../../../src/app/stores/persistence/index.ts';
import type { SessionFile } from '../../../../../src/engine/session/index.ts';
import { makeSession, makeTimelineJson } from '../../stores/persistence/factories.ts';

function setup(store: SessionStore, onOpen = vi.fn(), currentId: string | null = null) {
  function Harness() {
    const [open, setOpen] = useState(false);
    return (
      <>
        <button type="button" onClick={() => setOpen(true)}>
          Sessions…
        </button>
        <SessionsDialog open={open} onClose={() => setOpen(false)} store={store} currentId={currentId} onOpen={onOpen} />
      </>
    );
  }
  const user = userEvent.setup();
  render(<Harness />);
  return { user, onOpen, opener: screen.getByRole('button', { name: 'Sessions…' }) };
}

function storeWith(...sessions: SessionFile[]) {
  const storage = createMemoryStorage();
  const store = createSessionStore(storage);
  for (const s of sessions) store.save(s);
  return { store, storage };
}

describe('SessionsDialog', () => {
  it('should list saved sessions and open one, then close and give focus back', async () => {
    const { store } = storeWith(makeSession({ id: 'a', name: 'Hawks' }), makeSession({ id: 'b', name: 'Doves', savedAt: '2024-06-01T10:00:00.000Z' }));
    const { user, onOpen, opener } = setup(store);
    await user.click(opener);
    const dialog = screen.getByRole('dialog', { name: 'Saved sessions' });
    expect(within(dialog).getAllByRole('listitem').map((li) => li.querySelector('strong')?.textContent)).toEqual(['Doves', 'Hawks']);
    await user.click(within(dialog).getByRole('button', { name: 'Open Hawks' }));
    expect(onOpen).toHaveBeenCalledWith(makeSession({ id: 'a', name: 'Hawks' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('should close on Escape', async () => {
    const { store } = storeWith();
    const { user, opener } = setup(store);
    await user.click(opener);
    const dialog = screen.getByRole('dialog', { name: 'Saved sessions' });
    expect(within(dialog).getByText(/No saved sessions yet/)).toBeTruthy();
    fireEvent(dialog, new Event('cancel', { cancelable: true }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('should rename a session', async () => {
    const { store } = storeWith(makeSession({ id: 'a', name: 'Hawks' }));
    const { user, opener } = setup(store);
    await user.click(opener);
    await user.click(screen.getByRole('button', { name: 'Rename Hawks' }));
    const input = screen.getByRole('textbox', { name: 'New name for “Hawks”' });
    await user.clear(input);
    await user.type(input, 'Hawks win{Enter}');
    expect(store.get('a')).toMatchObject({ ok: true, session: { name: 'Hawks win' } });
    expect(screen.getByRole('status').textContent).toContain('Renamed to “Hawks win”.');
    expect(screen.getByRole('button', { name: 'Open Hawks win' })).toBeTruthy();
  });

  it('should delete a session and bring it back with undo, but never delete the open one', async () => {
    const { store } = storeWith(makeSession({ id: 'a', name: 'Hawks' }), makeSession({ id: 'b', name: 'Doves' }));
    const { user, opener } = setup(store, vi.fn(), 'b');
    await user.click(opener);
    expect((screen.getByRole('button', { name: 'Delete Doves' }) as HTMLButtonElement).disabled).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Delete Hawks' }));
    expect(store.get('a').ok).toBe(false);
    expect(screen.queryByRole('button', { name: 'Open Hawks' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Undo delete' }));
    expect(store.get('a')).toEqual({ ok: true, session: makeSession({ id: 'a', name: 'Hawks' }) });
    expect(screen.getByRole('button', { name: 'Open Hawks' })).toBeTruthy();
  });

  it('should show a damaged save with its raw data downloadable, and delete it only after confirming', async () => {
    const { store, storage } = storeWith(makeSession({ id: 'a', name: 'Hawks' }));
    storage.setItem('whn:session:broken', '{"format":"whn-session","ver');
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => (blobs.push(b), 'blob:x'));
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { user, opener } = setup(store);
    await user.click(opener);
    expect(screen.getByText('Damaged save')).toBeTruthy();
    expect(screen.getByText(/cut off or was changed outside the app/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Download the raw data of damaged save broken' }));
    expect(await blobs[0]?.text()).toBe('{"format":"whn-session","ver');
    await user.click(screen.getByRole('button', { name: 'Delete damaged save broken' }));
    expect(storage.getItem('whn:session:broken')).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Confirm: delete damaged save broken for good' }));
    expect(storage.getItem('whn:session:broken')).toBeNull();
    expect(store.get('a').ok).toBe(true);
  });

  it('should import a session file into the list, and explain a bad file', async () => {
    const { store } = storeWith();
    const { user, opener } = setup(store);
    await user.click(opener);
    const input = screen.getByLabelText('Import a session file (.json)');
    await user.upload(input, new File([JSON.stringify(makeTimelineJson())], 'old.json', { type: 'application/json' }));
    expect(await screen.findByText(/Imported “Imported timeline” \(converted from an older format\)/)).toBeTruthy();
    expect(store.list()).toHaveLength(1);
    await user.upload(input, new File(['not json'], 'notes.json', { type: 'application/json' }));
    expect(await screen.findByText(/"notes.json": This saved session is damaged: its text is cut off/)).toBeTruthy();
    expect(store.list()).toHaveLength(1);
  });
});
