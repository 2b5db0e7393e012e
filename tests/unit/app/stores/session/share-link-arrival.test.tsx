// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, waitFor } from '@testing-library/react';
import { forgetBootLink, useShareLinkNavigation, type LinkOpened } from '../../../../../src/app/stores/session/index.ts';
import { encodeShareLink } from '../../../../../src/app/stores/persistence/share-link.ts';
import { marchSession } from '../persistence/real-session.ts';

function Listener({ onOpened }: { onOpened: (opened: LinkOpened) => void }) {
  useShareLinkNavigation(onOpened);
  return null;
}

const link = async (id: string) => encodeShareLink(await marchSession({ id, name: `Session ${id}`, moves: 2 }));

afterEach(() => history.replaceState(null, '', '/'));

describe('a share link that arrives while the app is starting', () => {
  it('should be opened when the listener starts, since boot read the address before it came', async () => {
    // The address changed after boot read it (a link pasted during a slow start): no hashchange is left to hear.
    history.replaceState(null, '', `/${await link('late-1')}`);
    const onOpened = vi.fn();
    render(<Listener onOpened={onOpened} />);
    await waitFor(() => expect(onOpened).toHaveBeenCalledTimes(1));
    expect(onOpened.mock.calls[0]?.[0]).toMatchObject({ ok: true, init: { id: 'late-1', name: 'Session late-1' } });
    expect(window.location.hash).toBe('');
  });

  it('should still open a link when the screen hands in a new callback while the link decodes', async () => {
    const first = vi.fn();
    const second = vi.fn();
    const view = render(<Listener onOpened={first} />);
    history.replaceState(null, '', `/${await link('late-2')}`);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    view.rerender(<Listener onOpened={second} />);
    await waitFor(() => expect(second).toHaveBeenCalledTimes(1));
    expect(second.mock.calls[0]?.[0]).toMatchObject({ ok: true, init: { id: 'late-2' } });
    expect(first).not.toHaveBeenCalled();
  });

  it('should leave a link that is not the one boot opened in the address, and drop the one boot opened', async () => {
    const booted = await link('booted');
    const newer = await link('newer');
    history.replaceState(null, '', `/${newer}`);
    forgetBootLink(booted);
    expect(window.location.hash).toBe(newer);
    forgetBootLink(newer);
    expect(window.location.hash).toBe('');
  });
});
