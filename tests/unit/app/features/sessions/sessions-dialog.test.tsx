// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { SessionsDialog } from '../../../../../src/app/features/sessions/index.ts';
import { createSessionStore, memoryBackend, type SessionStore } from '../../../../../src/app/stores/persistence/index.ts';
import type { SessionFile } from '../../../../../src/engine/session/index.ts';
import { marchSession as realSession } from '../../stores/persistence/real-session.ts';
import { makeSession } from '../../stores/persistence/factories.ts';

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

async function storeWith(...sessions: SessionFile[]) {
  const backend = memoryBackend();
  const store = createSessionStore(backend);
  for (const s of sessions) await store.save(s);
  return { store, backend };
}

describe('SessionsDialog', () => {
  it('should list saved sessions and open one, then close and give focus back', async () => {
    const { store } = await storeWith(makeSession({ id: 'a', name: 'Hawks' }), makeSession({ id: 'b', name: 'Doves', savedAt: '2024-06-01T10:00:00.000Z' }));
    const { user, onOpen, opener } = setup(store);
    await user.click(opener);
    const dialog = screen.getByRole('dialog', { name: 'Saved sessions' });
    await within(dialog).findByRole('button', { name: 'Open Hawks' });
    expect(within(dialog).getAllByRole('listitem').map((li) => li.querySelector('strong')?.textContent)).toEqual(['Doves', 'Hawks']);
    await user.click(within(dialog).getByRole('button', { name: 'Open Hawks' }));
    await waitFor(() => expect(onOpen).toHaveBeenCalledWith(makeSession({ id: 'a', name: 'Hawks' })));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('should close on Escape', async () => {
    const { store } = await storeWith();
    const { user, opener } = setup(store);
    await user.click(opener);
    const dialog = screen.getByRole('dialog', { name: 'Saved sessions' });
    expect(await within(dialog).findByText(/No saved sessions yet/)).toBeTruthy();
    fireEvent(dialog, new Event('cancel', { cancelable: true }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('should rename a session', async () => {
    const { store } = await storeWith(makeSession({ id: 'a', name: 'Hawks' }));
    const { user, opener } = setup(store);
    await user.click(opener);
    await user.click(await screen.findByRole('button', { name: 'Rename Hawks' }));
    const input = screen.getByRole('textbox', { name: 'New name for “Hawks”' });
    await user.clear(input);
    await user.type(input, 'Hawks win{Enter}');
    expect(await screen.findByRole('button', { name: 'Open Hawks win' })).toBeTruthy();
    expect(await store.get('a')).toMatchObject({ ok: true, session: { name: 'Hawks win' } });
    expect(screen.getByRole('status').textContent).toContain('Renamed to “Hawks win”.');
  });

  it('should delete a session and bring it back with undo, but never delete the open one', async () => {
    const { store } = await storeWith(makeSession({ id: 'a', name: 'Hawks' }), makeSession({ id: 'b', name: 'Doves' }));
    const { user, opener } = setup(store, vi.fn(), 'b');
    await user.click(opener);
    expect(((await screen.findByRole('button', { name: 'Delete Doves' })) as HTMLButtonElement).disabled).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Delete Hawks' }));
    await user.click(await screen.findByRole('button', { name: 'Undo delete' }));
    expect(await screen.findByRole('button', { name: 'Open Hawks' })).toBeTruthy();
    expect(await store.get('a')).toMatchObject({ ok: true, session: makeSession({ id: 'a', name: 'Hawks' }) });
  });

  it('should show a damaged save with its raw data downloadable, and delete it only after confirming', async () => {
    const { store, backend } = await storeWith(makeSession({ id: 'a', name: 'Hawks' }));
    await backend.update('broken', () => ({ id: 'broken', text: '{"format":"whn-session","ver', revision: 1 }));
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => (blobs.push(b), 'blob:x'));
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { user, opener } = setup(store);
    await user.click(opener);
    expect(await screen.findByText('Damaged save')).toBeTruthy();
    expect(screen.getByText(/cut off or was changed outside the app/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Download the raw data of damaged save broken' }));
    expect(await blobs[0]?.text()).toBe('{"format":"whn-session","ver');
    await user.click(screen.getByRole('button', { name: 'Delete damaged save broken' }));
    expect(await store.raw('broken')).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Confirm: delete damaged save broken for good' }));
    await waitFor(async () => expect(await store.raw('broken')).toBeNull());
    expect((await store.get('a')).ok).toBe(true);
  });

  it('should import a session file into the list, and explain a bad file', async () => {
    const { store } = await storeWith();
    const { user, opener } = setup(store);
    await user.click(opener);
    const input = screen.getByLabelText('Import a session file (.json)');
    const file = await realSession({ id: 'real', name: 'Real one' });
    await user.upload(input, new File([JSON.stringify(file)], 'real.json', { type: 'application/json' }));
    expect(await screen.findByText(/Imported “Real one”\. Choose Open/)).toBeTruthy();
    expect(await store.list()).toHaveLength(1);
    await user.upload(input, new File(['not json'], 'notes.json', { type: 'application/json' }));
    expect(await screen.findByText(/"notes.json": This saved session is damaged: its text is cut off/)).toBeTruthy();
    expect(await store.list()).toHaveLength(1);
  });

  it('should refuse a file that does not open (a timeline that does not fit its scenario) and store nothing', async () => {
    const { store } = await storeWith();
    const { user, opener } = setup(store);
    await user.click(opener);
    const file = await realSession({ id: 'misfit' });
    const misfit = { ...file, timeline: { ...file.timeline, nodes: [[0, 9999, 2, 0]] } };
    await user.upload(screen.getByLabelText('Import a session file (.json)'), new File([JSON.stringify(misfit)], 'misfit.json', { type: 'application/json' }));
    expect(await screen.findByText(/"misfit.json" was not imported: .+ Nothing was saved\./)).toBeTruthy();
    expect(await store.list()).toEqual([]);
  });

  it('should import an older export of a saved session as a copy, leaving the saved one as it was', async () => {
    const newer = await realSession({ id: 'same', name: 'Class 3B', moves: 3 });
    const older = await realSession({ id: 'same', name: 'Class 3B', moves: 1 });
    const { store } = await storeWith(newer);
    const { user, opener } = setup(store);
    await user.click(opener);
    await user.upload(screen.getByLabelText('Import a session file (.json)'), new File([JSON.stringify(older)], 'old.json', { type: 'application/json' }));
    expect(await screen.findByText(/A different version of this session is already saved, so "old.json" was imported beside it as “Class 3B \(copy\)”/)).toBeTruthy();
    expect(await store.get('same')).toMatchObject({ ok: true, session: { timeline: newer.timeline } });
    expect((await store.list()).map((e) => e.status === 'ok' && e.name).sort()).toEqual(['Class 3B', 'Class 3B (copy)']);
    // A strictly newer export may update it in place.
    const newest = await realSession({ id: 'same', name: 'Class 3B', moves: 5 });
    await user.upload(screen.getByLabelText('Import a session file (.json)'), new File([JSON.stringify(newest)], 'new.json', { type: 'application/json' }));
    expect(await screen.findByText(/Updated “Class 3B” from the file/)).toBeTruthy();
    expect(await store.get('same')).toMatchObject({ ok: true, session: { timeline: newest.timeline } });
  });
});
