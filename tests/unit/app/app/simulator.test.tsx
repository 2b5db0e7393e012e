// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Simulator } from '../../../../src/app/app/simulator.tsx';
import { offerUpdate } from '../../../../src/app/app/app-update.ts';
import { SessionProvider } from '../../../../src/app/stores/session/index.ts';
import { liaisonInit } from '../fixtures.ts';

function renderSimulator() {
  const user = userEvent.setup();
  render(
    <SessionProvider init={liaisonInit()}>
      <Simulator recovery={null} opened="fresh" />
    </SessionProvider>,
  );
  return user;
}

const movesRegion = () => screen.getByRole('region', { name: 'Moves' });
/** The branch prompt: the Moves region's first live region, always there so it is announced when it fills. */
const branchPrompt = () => within(movesRegion()).getAllByRole('status')[0] as HTMLElement;
/** The level a posture's ladder marks as current. */
const postureText = (actor: string, posture: string) => within(screen.getByTestId(`posture-${actor}-${posture}`)).getByRole('listitem', { current: true }).textContent ?? '';
/** The app header: of the page's <header>s, the one with the h1 (panels have headers too). */
const header = () => within(screen.getAllByRole('banner').find((h) => within(h).queryByRole('heading', { level: 1 })) as HTMLElement);

describe('the simulator screen', () => {
  it('should show the header facts: title, mode, date and whose turn', () => {
    renderSimulator();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Liaison office (app fixture)');
    expect(header().getByText('Replay')).toBeTruthy();
    expect(screen.getByTestId('current-date').textContent).toBe('1 Mar 2019');
    expect(screen.getByTestId('whose-turn').textContent).toContain('US');
  });

  it('should list the acting side\'s moves with CAMEO label, Goldstein weight in words, and closed moves with their reason', () => {
    renderSimulator();
    const moves = screen.getByRole('region', { name: 'Moves' });
    const announce = within(moves).getByRole('button', { name: /Announce sanctions/ });
    expect(announce.getAttribute('aria-disabled')).toBeNull();
    const item = announce.closest('li') as HTMLElement;
    expect(item.textContent).toContain('CAMEO 163');
    expect(item.textContent).toMatch(/−\d+\.\d conflictual/);
    const cancel = within(moves).getByRole('button', { name: /Cancel sanctions by tweet/ });
    expect(cancel.getAttribute('aria-disabled')).toBe('true');
    const reason = within(cancel.closest('li') as HTMLElement).getByText(/^Closed: .*sanctions/);
    // The reason is part of the button's description, so a screen reader hears it too.
    expect(cancel.getAttribute('aria-describedby')).toContain(reason.id);
  });

  it('should update postures, the statechart, the header and the tree at once when a move is played', async () => {
    const user = renderSimulator();
    await user.click(within(movesRegion()).getByRole('button', { name: /Offer sanctions relief/ }));
    expect(postureText('us', 'sanctions')).toMatch(/^relief/);
    // The drawn statechart is hidden from screen readers; this line says which states are filled.
    const active = within(screen.getByRole('figure', { name: /Live statechart/ })).getByText(/^Active states: /).textContent ?? '';
    expect(active.replace(/^Active states: |\.$/g, '').split('; ').map((path) => path.split('.').at(-1))).toContain('relief');
    expect(header().getByText('Free play')).toBeTruthy();
    expect(screen.getAllByTestId('branch')).toHaveLength(2);
    const here = within(screen.getByRole('list', { name: 'Branches' })).getByRole('button', { current: 'step' });
    expect(here.textContent).toContain('Offer sanctions relief');
  });

  it('should ignore a click on a closed move', async () => {
    const user = renderSimulator();
    await user.click(within(movesRegion()).getByRole('button', { name: /Cancel sanctions by tweet/ }));
    expect(postureText('us', 'sanctions')).toMatch(/^standing/);
    expect(screen.getAllByTestId('branch')).toHaveLength(1);
  });

  it('should undo and redo with the buttons and with Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y', async () => {
    const user = renderSimulator();
    await user.click(within(movesRegion()).getByRole('button', { name: /Offer sanctions relief/ }));
    expect(postureText('us', 'sanctions')).toMatch(/^relief/);
    await user.click(screen.getByRole('button', { name: 'Undo play move' }));
    expect(postureText('us', 'sanctions')).toMatch(/^standing/);
    await user.click(screen.getByRole('button', { name: 'Redo play move' }));
    expect(postureText('us', 'sanctions')).toMatch(/^relief/);
    await user.keyboard('{Control>}z{/Control}');
    expect(postureText('us', 'sanctions')).toMatch(/^standing/);
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(postureText('us', 'sanctions')).toMatch(/^relief/);
    await user.keyboard('{Control>}z{/Control}');
    await user.keyboard('{Control>}y{/Control}');
    expect(postureText('us', 'sanctions')).toMatch(/^relief/);
  });

  it('should step the replay with the arrow keys and show narration, sources and the unverified mark', async () => {
    const user = renderSimulator();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(postureText('dprk', 'liaison')).toMatch(/^withdrawn/);
    expect(screen.getByText('DPRK staff leave the liaison office.')).toBeTruthy();
    const link = screen.getByRole('link', { name: 'Newspaper article' });
    expect(link.getAttribute('href')).toBe('https://example.org/paper');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(screen.getByText(/Reports differ/).textContent).toMatch(/^⚠ Unverified: /);
    await user.keyboard('{ArrowLeft}');
    expect(screen.queryByText(/Unverified/)).toBeNull();
  });

  it('should branch from a replay step, show both branches, and delete the new one with undo', async () => {
    const user = renderSimulator();
    await user.keyboard('{ArrowRight}');
    await user.click(screen.getByRole('button', { name: 'Branch here' }));
    expect(header().getByText('Free play')).toBeTruthy();
    // Branch here says what to do next, in a polite live region.
    expect(branchPrompt().textContent).toMatch(/^Now choose a move to start a branch from \d+ \w+ \d{4}\.$/);
    await user.click(within(movesRegion()).getByRole('button', { name: /Test a missile/ }));
    expect(screen.getAllByTestId('branch')).toHaveLength(2);
    expect(branchPrompt().textContent).toBe('');
    await user.click(screen.getByRole('button', { name: /^Delete Branch from/ }));
    expect(screen.getAllByTestId('branch')).toHaveLength(1);
    expect(screen.getByText('Branch deleted.')).toBeTruthy();
    await user.click(within(screen.getByText('Branch deleted.').closest('p') as HTMLElement).getByRole('button', { name: 'Undo' }));
    expect(screen.getAllByTestId('branch')).toHaveLength(2);
  });

  it('should rename a branch and compare it with history', async () => {
    const user = renderSimulator();
    await user.keyboard('{ArrowRight}');
    await user.click(within(movesRegion()).getByRole('button', { name: /Test a missile/ }));
    await user.click(screen.getByRole('button', { name: /^Rename Branch from/ }));
    const input = screen.getByLabelText('Branch name');
    await user.clear(input);
    await user.type(input, 'Missile instead{Enter}');
    expect(screen.getByRole('heading', { name: /Missile instead/ })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Compare History with your branch' }));
    const dialog = screen.getByRole('dialog', { name: 'Compare branches' });
    expect(within(dialog).getByText(/Both follow the same path up to/).textContent).toContain('2 Mar 2019');
    const testing = within(dialog).getByRole('row', { name: /^DPRK · missile testing / });
    expect(testing.textContent).toContain('differs');
  });

  it('should open the help dialog with ? and list the shortcuts', async () => {
    const user = renderSimulator();
    await user.keyboard('?');
    const dialog = screen.getByRole('dialog', { name: 'Help' });
    expect(within(dialog).getByText('Ctrl+Z')).toBeTruthy();
    expect(within(dialog).getByText('← / →')).toBeTruthy();
  });
});

function setOnline(online: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online);
  act(() => {
    window.dispatchEvent(new Event(online ? 'online' : 'offline'));
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the offline indicator', () => {
  it('should appear in the header when the network goes and leave when it comes back', () => {
    renderSimulator();
    expect(header().queryByText('Offline')).toBeNull();
    setOnline(false);
    expect(header().getByRole('status').textContent).toMatch(/^Offline.*joining a hosted room/);
    setOnline(true);
    expect(header().queryByText('Offline')).toBeNull();
  });
});

describe('a new version of the app', () => {
  it('should be announced with a Reload button, and reload only when the user presses it', async () => {
    const user = renderSimulator();
    expect(screen.queryByRole('button', { name: 'Reload' })).toBeNull();
    const activate = vi.fn(() => Promise.resolve());
    act(() => offerUpdate(activate));
    expect(screen.getByText(/A new version is ready — reload when convenient/)).toBeTruthy();
    expect(activate).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Reload' }));
    expect(activate).toHaveBeenCalledTimes(1);
    expect((screen.getByRole('button', { name: 'Reload' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
