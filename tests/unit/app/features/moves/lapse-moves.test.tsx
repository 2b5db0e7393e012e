// @vitest-environment jsdom
// The moves list agrees with playing when an effect lapses (issue #12): a testing pause that ends
// before the next move's date leaves the ICBM test open, the posture board says the pause ends,
// and clicking the move plays it. At the pause node itself, history's ICBM test (29 November) is
// judged on its own date: open and marked, though a branch a turn later still meets the pause.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Simulator } from '../../../../../src/app/app/simulator.tsx';
import { english, WordsProvider } from '../../../../../src/app/lib/words/index.ts';
import { SessionProvider } from '../../../../../src/app/stores/session/index.ts';
import { startTimeline, type NodeId, type Timeline } from '../../../../../src/engine/index.ts';
import { loadFile } from '../../../engine/load-fixture.ts';

const scenario = loadFile('tests/fixtures/time-lapse.yaml');

/** Ten one-week drills after the 75-day pause of 15 September: 24 November, the pause ends on the 29th. */
function pausedNode(): { timeline: Timeline; node: NodeId } {
  const start = startTimeline(scenario);
  let out = { timeline: start, node: start.replayTrack()[3] as NodeId };
  for (let i = 0; i < 10; i++) out = out.timeline.play(out.node, { actor: 'us', move: 'run-drill' });
  return out;
}

const moves = () => within(document.getElementById('moves') as HTMLElement);
const current = (actor: string, posture: string) => within(screen.getByTestId(`posture-${actor}-${posture}`)).getByRole('listitem', { current: true }).textContent ?? '';

afterEach(cleanup);

describe('the moves list with a pause that lapses before the next move', () => {
  it('should list the ICBM test open, say the pause ends, and play it', async () => {
    const { timeline, node } = pausedNode();
    const user = userEvent.setup();
    render(
      <WordsProvider words={english}>
        <SessionProvider init={{ id: 'lapse', name: 'Lapse', scenario, timeline, current: node, mode: 'free', source: null }}>
          <Simulator recovery={null} opened="fresh" />
        </SessionProvider>
      </WordsProvider>,
    );
    expect(current('dprk', 'testing')).toMatch(/^Pause/);
    expect(within(screen.getByTestId('posture-dprk-testing')).getByText(/^Lapses to Testing on .+, before the next move$/)).toBeTruthy();
    const open = moves().getByRole('list', { name: 'Open moves of DPRK' });
    const icbm = within(open).getByRole('button', { name: /Test an ICBM/ });
    expect(icbm.getAttribute('aria-disabled')).toBeNull();
    await user.click(icbm);
    expect(current('dprk', 'testing')).toMatch(/^ICBM/);
  });

  it("should show history's ICBM test open and marked at the 15 September pause node, and follow the track", async () => {
    const timeline = startTimeline(scenario);
    const track = timeline.replayTrack();
    const user = userEvent.setup();
    render(
      <WordsProvider words={english}>
        <SessionProvider init={{ id: 'lapse-history', name: 'Lapse', scenario, timeline, current: track[3] as NodeId, mode: 'replay', source: null }}>
          <Simulator recovery={null} opened="fresh" />
        </SessionProvider>
      </WordsProvider>,
    );
    // The pause holds a turn later (22 September), but history tests on 29 November, the day it ends.
    expect(current('dprk', 'testing')).toMatch(/^Pause/);
    const open = moves().getByRole('list', { name: 'Open moves of DPRK' });
    const icbm = within(open).getByRole('button', { name: /Test an ICBM.*history's move/ });
    expect(icbm.getAttribute('aria-disabled')).toBeNull();
    expect(icbm.closest('li')?.className).toContain('move--historical');
    await user.click(icbm);
    expect(current('dprk', 'testing')).toMatch(/^ICBM/);
  });
});
