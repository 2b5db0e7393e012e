// @vitest-environment jsdom
/** A seat's replay of the exercise so far: it steps along the class's path only, says which step it shows, and "Latest" follows the class. */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startTimeline } from '../../../../../src/engine/index.ts';
import { PathReplay } from '../../../../../src/app/features/replay/index.ts';
import { loadLazyMessages } from '../../../../../src/app/lib/words/index.ts';
import { shipped } from '../../../classroom/fixtures.ts';

afterEach(() => cleanup());

describe('PathReplay', () => {
  it('should step back along the path to the head, show that step\'s narration, and follow the class again with Latest', async () => {
    await loadLazyMessages();
    const scenario = shipped('march-2019');
    const history = startTimeline(scenario);
    const track = history.replayTrack();
    // The class left history after three replayed steps: North Korea rebuilt a launch site.
    const { timeline, node: head } = history.play(track[3] as number, { actor: 'dprk', move: 'rebuild-launch-site' });
    const onAt = vi.fn();
    const { rerender } = render(<PathReplay timeline={timeline} head={head} at={null} onAt={onAt} />);
    expect(screen.getByTestId('path-step').textContent).toMatch(/^Step 4 of 4 · /);
    const story = screen.getByRole('region', { name: 'Narration' });
    expect(story.textContent).toContain('Rebuild a launch site');
    expect(story.textContent).toContain('free play');
    expect((screen.getByRole('button', { name: 'Latest' }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: '◀ Back' }));
    expect(onAt).toHaveBeenLastCalledWith(track[3]);
    rerender(<PathReplay timeline={timeline} head={head} at={track[3] as number} onAt={onAt} />);
    expect(screen.getByTestId('path-step').textContent).toMatch(/^Step 3 of 4 · /);
    const step = scenario.replay[timeline.node(track[3] as number).replayIndex ?? -1];
    expect(screen.getByRole('region', { name: 'Narration' }).textContent).toContain(step?.narration.slice(0, 40));
    expect(screen.getByRole('region', { name: 'Narration' }).textContent).not.toContain('free play');

    fireEvent.click(screen.getByRole('button', { name: 'Forward ▶' }));
    expect(onAt).toHaveBeenLastCalledWith(null);
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    expect(onAt).toHaveBeenLastCalledWith(timeline.root);
    fireEvent.click(screen.getByRole('button', { name: 'Latest' }));
    expect(onAt).toHaveBeenLastCalledWith(null);
  });

  it('should show the head when the step asked for is not on the class\'s path (the class undid it)', async () => {
    await loadLazyMessages();
    const history = startTimeline(shipped('march-2019'));
    const track = history.replayTrack();
    const { timeline, node: elsewhere } = history.play(track[1] as number, { actor: 'us', move: 'seize-cargo-ship' });
    render(<PathReplay timeline={timeline} head={track[2] as number} at={elsewhere} onAt={() => undefined} />);
    expect(screen.getByTestId('path-step').textContent).toMatch(/^Step 2 of 2 · /);
  });
});
