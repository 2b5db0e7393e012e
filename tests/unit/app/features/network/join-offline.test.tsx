// @vitest-environment jsdom
/** Joining needs the exercise server: offline, the join screen says so at once instead of a connection that hangs. */
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { JoinScreen } from '../../../../../src/app/features/network/join-screen.tsx';
import { loadLazyMessages } from '../../../../../src/app/lib/words/index.ts';

const props = { room: null, initialCode: 'ABC234', seats: null, problem: null, busy: false, onTeam: () => undefined, onWatch: () => undefined, onFacilitator: () => undefined, onOtherRoom: () => undefined };

afterEach(() => vi.restoreAllMocks());

describe('the join screen without a network', () => {
  it('should say that joining needs a network, refuse to try, and come back when the network does', async () => {
    await loadLazyMessages();
    const online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const onCode = vi.fn();
    render(<JoinScreen {...props} onCode={onCode} />);
    expect(screen.getByRole('alert').textContent).toMatch(/offline: joining an exercise needs a network/);
    const join = screen.getByRole('button', { name: 'Join' });
    expect((join as HTMLButtonElement).disabled).toBe(true);
    online.mockReturnValue(true);
    act(() => void window.dispatchEvent(new Event('online')));
    expect(screen.queryByRole('alert')).toBeNull();
    expect((screen.getByRole('button', { name: 'Join' }) as HTMLButtonElement).disabled).toBe(false);
    expect(onCode).not.toHaveBeenCalled();
  });
});
