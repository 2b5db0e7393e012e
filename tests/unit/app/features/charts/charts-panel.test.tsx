// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ChartsPanel from '../../../../../src/app/features/charts/charts-panel.tsx';
import { fixtureTimeline } from '../../charts/engine-helpers.ts';

describe('ChartsPanel', () => {
  it('should show three charts, each with a summary and named controls', () => {
    const t = fixtureTimeline();
    const end = t.replayTrack().at(-1) as number;
    render(<ChartsPanel timeline={t} current={end} />);
    for (const title of ['Tension index per branch', 'Goldstein weight per move', 'Cumulative Goldstein per actor']) {
      const region = screen.getByRole('region', { name: title });
      expect(within(region).getByRole('button', { name: `Show table of ${title}` })).toBeTruthy();
      expect(within(region).getByRole('button', { name: `Download ${title} as PNG` })).toBeTruthy();
      expect(within(region).getByRole('button', { name: `Download the data of ${title} as CSV` })).toBeTruthy();
    }
    expect(screen.getByText(/4 moves on this path/)).toBeTruthy();
    // Recharts names each legend icon; jsdom has no layout, so these are what gets drawn.
    expect(screen.getAllByLabelText(/ legend icon$/).length).toBeGreaterThanOrEqual(3);
  });

  it('should toggle a real table with caption and headers, and go to a node from it', async () => {
    const user = userEvent.setup();
    const t = fixtureTimeline();
    const end = t.replayTrack().at(-1) as number;
    const onSelectNode = vi.fn();
    render(<ChartsPanel timeline={t} current={end} onSelectNode={onSelectNode} />);
    const region = screen.getByRole('region', { name: 'Goldstein weight per move' });
    await user.click(within(region).getByRole('button', { name: 'Show table of Goldstein weight per move' }));
    const table = within(region).getByRole('table', { name: /Goldstein weight of each move/ });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Step', 'Date', 'Actor', 'Move', 'CAMEO', 'Goldstein', 'Kind', 'Go to']);
    expect(within(table).getAllByRole('row')).toHaveLength(5);
    expect(within(table).getByRole('cell', { name: 'Cancel sanctions by tweet' })).toBeTruthy();
    await user.click(within(table).getByRole('button', { name: 'Go to step 1, 2019-03-02' }));
    expect(onSelectNode).toHaveBeenCalledWith(1);
    expect((within(table).getByRole('button', { name: /^Here: step 4/ }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('should download the CSV of every branch', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => {
      blobs.push(b);
      return 'blob:x';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const t = fixtureTimeline();
    render(<ChartsPanel timeline={t} current={t.replayTrack()[2] as number} />);
    await user.click(screen.getByRole('button', { name: 'Download the data of Tension index per branch as CSV' }));
    expect(click).toHaveBeenCalledOnce();
    const text = await blobs[0]!.text();
    const lines = text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Branch,Step,Date,Actor,Move,Tension');
    expect(lines.filter((l) => l.startsWith('Historical record,'))).toHaveLength(5);
    expect(lines.filter((l) => l.startsWith('Replay so far (you are here),'))).toHaveLength(3);
  });
});
