// @vitest-environment jsdom
/**
 * A networked seat shows the scenario in its device's language: on one room, a Korean device reads
 * the move and posture labels in Korean and an English one in English, and the language picker
 * switches them live. The room, and what it sends, keep the scenario's ids and its own text.
 */
import { readFileSync } from 'node:fs';
import { useSyncExternalStore } from 'react';
import { act, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NetworkSeat } from '../../../../src/app/app/network-seat.tsx';
import { useViewInLanguage } from '../../../../src/app/app/scenario-language.ts';
import { createWords, english, LanguageProvider, loadCatalogue, useLanguage, type Words } from '../../../../src/app/lib/words/index.ts';
import { setCurrentWords } from '../../../../src/app/lib/words/words.ts';
import { createRoomStore, seatTokens, type RoomSnapshot, type RoomStore } from '../../../../src/app/stores/room/index.ts';
import { createOptions, testServer } from '../../server/helpers.ts';

async function until(store: RoomStore, test: (s: RoomSnapshot) => boolean, ms = 8000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!test(store.getSnapshot())) {
    if (Date.now() > deadline) throw new Error(`the store did not get there within ${ms} ms: ${JSON.stringify(store.getSnapshot().status)}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A seat's screen as the networked route shows it: the room's view in the chosen language, and a way to choose Korean. */
function SeatScreen({ store }: { readonly store: RoomStore }) {
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const view = useViewInLanguage(snapshot.view);
  const { choose } = useLanguage();
  if (view === null || snapshot.seat === null) return null;
  return (
    <>
      <button type="button" onClick={() => void choose('ko')}>
        choose Korean
      </button>
      <NetworkSeat store={store} snapshot={snapshot} view={view} seat={snapshot.seat} notice={null} projector={false} onOpenDebrief={() => undefined} />
    </>
  );
}

function renderSeat(store: RoomStore, words: Words) {
  return render(
    <LanguageProvider initial={words}>
      <SeatScreen store={store} />
    </LanguageProvider>,
  );
}

const { settings, name } = createOptions();
// The facilitator's copy of the shipped scenario (under jsdom the test server cannot read its own scenarios/ folder):
// the same text, so the same hash, and its shipped translation applies.
const scenario = { kind: 'yaml', text: readFileSync('scenarios/march-2019.yaml', 'utf8') } as const;

/** Every text the page has shown since `watch` (added nodes, and text nodes as they were before a change). */
function watch(): { readonly seen: string[]; readonly stop: () => void } {
  const seen: string[] = [];
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') seen.push(record.oldValue ?? '', record.target.textContent ?? '');
      for (const node of record.addedNodes) seen.push(node.textContent ?? '');
    }
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true, characterDataOldValue: true });
  return { seen, stop: () => observer.disconnect() };
}

/** A room hosted on `server` by a facilitator's store, with its first view in. */
async function hostedRoom(server: { readonly url: string }): Promise<{ readonly facilitator: RoomStore; readonly code: string }> {
  const facilitator = createRoomStore({ url: server.url, tokens: seatTokens(null) });
  expect(await facilitator.host({ scenario, settings, name })).toBe(true);
  await until(facilitator, (s) => s.view !== null);
  return { facilitator, code: facilitator.getSnapshot().room as string };
}

const ENGLISH_LABELS = /Refuse sanctions relief|US Sanctions/i;

describe('a networked seat in its device language', () => {
  // First in the file: the translation is not cached yet when this device joins.
  it('should give a Korean device its first view with the translation ready, never the English text first', async () => {
    const server = await testServer();
    const korean = createWords('ko', await loadCatalogue('ko'));
    try {
      const { facilitator, code } = await hostedRoom(server);
      setCurrentWords(korean);
      const us = createRoomStore({ url: server.url, tokens: seatTokens(null) });
      expect(await us.join(code, { kind: 'team', team: 'a' })).toBe(true);
      await until(us, (s) => s.view !== null);
      const shown = watch();
      renderSeat(us, korean);
      // At the first render, without waiting: the view came with its translation made.
      expect((screen.getByRole('radio', { name: /제재 완화 거부/ }) as HTMLInputElement).value).toBe('refuse-sanctions-relief');
      await act(async () => new Promise((resolve) => setTimeout(resolve, 50)));
      shown.stop();
      expect(shown.seen.join('\n')).not.toMatch(ENGLISH_LABELS);
      for (const store of [facilitator, us]) await store.leave();
    } finally {
      setCurrentWords(english);
      await server.stop();
    }
  });

  it('should show one room in Korean on a Korean device and in English on an English one, switching live', async () => {
    const server = await testServer();
    const korean = createWords('ko', await loadCatalogue('ko'));
    try {
      const { facilitator, code } = await hostedRoom(server);
      const us = createRoomStore({ url: server.url, tokens: seatTokens(null) });
      const dprk = createRoomStore({ url: server.url, tokens: seatTokens(null) });
      expect(await us.join(code, { kind: 'team', team: 'a' })).toBe(true);
      expect(await dprk.join(code, { kind: 'team', team: 'b' })).toBe(true);
      await until(us, (s) => s.view !== null);
      await until(dprk, (s) => s.view !== null);

      // The US team's device is in Korean: its moves and postures in the shipped translation.
      setCurrentWords(korean);
      const shown = watch();
      const seatUs = renderSeat(us, korean);
      // The choice is still the move's id: what a commit sends does not depend on the language.
      expect(((await screen.findByRole('radio', { name: /제재 완화 거부/ })) as HTMLInputElement).value).toBe('refuse-sanctions-relief');
      // Never a label in English on the way: the seat waited for the translation.
      shown.stop();
      expect(shown.seen.join('\n')).not.toMatch(ENGLISH_LABELS);
      expect(screen.getAllByText('미국 제재').length).toBeGreaterThan(0);
      expect(screen.queryByText(/Refuse sanctions relief/)).toBeNull();
      expect(screen.queryByText('US Sanctions')).toBeNull();
      seatUs.unmount();

      // The DPRK team's device, on the same room, is in English; then its picker turns it Korean.
      setCurrentWords(english);
      renderSeat(dprk, english);
      expect(await screen.findByRole('radio', { name: /Send some staff back/ })).toBeTruthy();
      expect(screen.getAllByText('Kaesong liaison office').length).toBeGreaterThan(0);
      expect(screen.queryByText('개성 연락사무소')).toBeNull();
      await act(async () => screen.getByRole('button', { name: 'choose Korean' }).click());
      await waitFor(() => expect(screen.getAllByText('개성 연락사무소').length).toBeGreaterThan(0));
      expect((screen.getByRole('radio', { name: /일부 인력 복귀/ }) as HTMLInputElement).value).toBe('send-some-staff-back');
      expect(screen.queryByText('Kaesong liaison office')).toBeNull();

      // The room's view stays the scenario's own text: only the screen reads it translated.
      expect(dprk.getSnapshot().view?.session.scenario.meta.language).toBe('en');
      for (const store of [facilitator, us, dprk]) await store.leave();
    } finally {
      setCurrentWords(english);
      await server.stop();
    }
  });
});
