// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ChartsPanel from '../../../../../src/app/features/charts/charts-panel.tsx';
import { fixtureTimeline } from '../../charts/engine-helpers.ts';

afterEach(cleanup);

const TITLES = ['Tension index per branch', 'Goldstein weight per move', 'Cumulative Goldstein per actor'];

describe('ChartsPanel with layout="tabs"', () => {
  it('should show one chart at a time behind a named tab list, the tension chart first', () => {
    const t = fixtureTimeline();
    render(<ChartsPanel timeline={t} current={t.replayTrack().at(-1) as number} layout="tabs" />);
    const tabs = within(screen.getByRole('tablist', { name: 'Chart' })).getAllByRole('tab');
    expect(tabs.map((b) => [b.textContent, b.getAttribute('aria-selected')])).toEqual([
      ['Tension', 'true'],
      ['Goldstein per move', 'false'],
      ['Cumulative Goldstein', 'false'],
    ]);
    const panel = screen.getByRole('tabpanel');
    expect(panel.getAttribute('aria-labelledby')).toBe(tabs[0]?.id);
    expect(tabs[0]?.getAttribute('aria-controls')).toBe(panel.id);
    expect(within(panel).getByRole('region', { name: TITLES[0] })).toBeTruthy();
    expect(screen.queryByRole('region', { name: TITLES[1] })).toBeNull();
    // Hidden panels draw nothing: of the three charts, only the selected one is in the document at all.
    expect(TITLES.filter((title) => screen.queryByRole('region', { name: title, hidden: true }))).toEqual([TITLES[0]]);
  });

  it('should switch charts by click and by arrow keys, Home and End, keeping each chart its table and downloads', async () => {
    const user = userEvent.setup();
    const t = fixtureTimeline();
    render(<ChartsPanel timeline={t} current={t.replayTrack().at(-1) as number} layout="tabs" />);
    await user.click(screen.getByRole('tab', { name: 'Goldstein per move' }));
    const region = screen.getByRole('region', { name: TITLES[1] });
    expect(within(region).getByRole('button', { name: `Download ${TITLES[1]} as PNG` })).toBeTruthy();
    expect(within(region).getByRole('button', { name: `Download the data of ${TITLES[1]} as CSV` })).toBeTruthy();
    await user.click(within(region).getByRole('button', { name: `Show table of ${TITLES[1]}` }));
    expect(within(region).getByRole('table', { name: /Goldstein weight of each move/ })).toBeTruthy();

    await user.click(screen.getByRole('tab', { name: 'Goldstein per move' }));
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Cumulative Goldstein' }).getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Cumulative Goldstein' }));
    expect(screen.getByRole('region', { name: TITLES[2] })).toBeTruthy();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Tension' }).getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: 'Cumulative Goldstein' }).getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{Home}');
    expect(screen.getByRole('tab', { name: 'Tension' }).getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tab', { name: 'Cumulative Goldstein' }).getAttribute('aria-selected')).toBe('true');
    // Only the selected tab is in the tab order.
    expect(screen.getAllByRole('tab').map((b) => b.tabIndex)).toEqual([-1, -1, 0]);
  });

  it('should stack all three charts by default (the debrief)', () => {
    const t = fixtureTimeline();
    render(<ChartsPanel timeline={t} current={t.replayTrack().at(-1) as number} />);
    expect(screen.queryByRole('tablist')).toBeNull();
    for (const title of TITLES) expect(screen.getByRole('region', { name: title })).toBeTruthy();
  });
});
