// @vitest-environment jsdom
/** The stepping buttons the replay bar and a seat's replay share: each does what it is given, is off when told, and keeps its order. */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StepControls } from '../../../../src/app/components/index.ts';

afterEach(() => cleanup());

const button = (name: string) => screen.getByRole('button', { name }) as HTMLButtonElement;

describe('StepControls', () => {
  it('should call the action of the button pressed, and only that one', () => {
    const onStart = vi.fn();
    const onBack = vi.fn();
    const onForward = vi.fn();
    render(<StepControls onStart={onStart} onBack={onBack} onForward={onForward} canStart canBack canForward />);
    fireEvent.click(button('◀ Back'));
    expect(onBack).toHaveBeenCalledOnce();
    fireEvent.click(button('Forward ▶'));
    fireEvent.click(button('Start'));
    expect([onStart.mock.calls.length, onBack.mock.calls.length, onForward.mock.calls.length]).toEqual([1, 1, 1]);
  });

  it('should turn off the buttons it is told to, and put the bar’s own controls in their places', () => {
    const none = () => undefined;
    render(
      <StepControls onStart={none} onBack={none} onForward={none} canStart={false} canBack={false} canForward arrowKeys middle={<button type="button">Play</button>}>
        <button type="button">Latest</button>
      </StepControls>,
    );
    expect([button('Start').disabled, button('◀ Back').disabled, button('Forward ▶').disabled]).toEqual([true, true, false]);
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Start', '◀ Back', 'Play', 'Forward ▶', 'Latest']);
    expect(button('◀ Back').getAttribute('aria-keyshortcuts')).toBe('ArrowLeft');
    expect(button('Forward ▶').getAttribute('aria-keyshortcuts')).toBe('ArrowRight');
  });

  it('should not announce arrow keys where the page has none', () => {
    const none = () => undefined;
    render(<StepControls onStart={none} onBack={none} onForward={none} canStart canBack canForward />);
    expect(button('Forward ▶').hasAttribute('aria-keyshortcuts')).toBe(false);
  });
});
