// @vitest-environment jsdom
// Step 0 on screen: the first turn is history's first mover's (the US), though the turn order
// names the DPRK first — as the engine and `whn rollout` give it (tests/unit/engine/step-zero.test.ts,
// tests/unit/cli/rollout.test.ts).
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { Simulator } from '../../../../src/app/app/simulator.tsx';
import { SessionProvider } from '../../../../src/app/stores/session/index.ts';
import { startTimeline } from '../../../../src/engine/index.ts';
import { loadScenario } from '../../../../src/scenario/index.ts';
import { dprkFirstText } from '../../engine/load-fixture.ts';

describe('the simulator at step 0', () => {
  it("should give the first turn to history's first mover and offer that actor's moves", () => {
    const result = loadScenario(dprkFirstText(), 'dprk-first.yaml');
    if (!result.ok) throw new Error('the fixture loads');
    const scenario = result.scenario;
    expect(scenario.turns.order).toEqual(['dprk', 'us']);
    render(
      <SessionProvider init={{ id: 'step-zero', name: 'Step 0', scenario, timeline: startTimeline(scenario), source: null }}>
        <Simulator recovery={null} opened="fresh" />
      </SessionProvider>,
    );
    expect(screen.getByTestId('whose-turn').textContent).toContain('US');
    expect(screen.getByTestId('whose-turn').textContent).not.toContain('DPRK');
    const moves = within(document.getElementById('moves') as HTMLElement);
    expect(moves.getByRole('button', { name: /Offer sanctions relief/ }).getAttribute('aria-disabled')).toBeNull();
    expect(moves.queryByRole('button', { name: /Withdraw liaison staff/ })).toBeNull();
  });
});
