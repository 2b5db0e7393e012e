// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../../../../src/engine/compile.ts';
import { engineFor, startTimeline } from '../../../../../src/engine/index.ts';
import { checkOptions, MAX_RUNS, nextResponses, rolloutFrom, rolloutStartAt, runRollouts } from '../../../../../src/engine/rollout/index.ts';
import { WhatHappensNextPanel } from '../../../../../src/app/features/whats-next/whats-next-panel.tsx';
import { PANEL_MAX_RUNS } from '../../../../../src/app/features/whats-next/run-controls.tsx';
import { factorOf, factorText, HAWKISHNESS_STEPS, PROPENSITY_STEPS, stepOf } from '../../../../../src/app/features/whats-next/what-if-controls.tsx';
import { english } from '../../../../../src/app/lib/words/index.ts';
import { loadFile } from '../../../engine/load-fixture.ts';

const march = loadFile('scenarios/march-2019.yaml');

describe('WhatHappensNextPanel without a Web Worker (jsdom)', () => {
  it('should simulate on the page in slices and show the same numbers as the engine', async () => {
    const user = userEvent.setup();
    const timeline = startTimeline(march);
    const node = timeline.replayTrack()[4] as number;
    render(<WhatHappensNextPanel timeline={timeline} current={node} />);
    const panel = screen.getByRole('region', { name: 'What happens next' });
    // Likely next moves are there at once, before any simulation.
    expect(within(panel).getByRole('heading', { name: 'Likely next moves' })).toBeTruthy();
    await user.clear(within(panel).getByLabelText('Futures (N)'));
    await user.type(within(panel).getByLabelText('Futures (N)'), '500');
    await within(panel).findByText(/500 futures × 12 turns, seed 1\./, {}, { timeout: 20_000 });
    const api = runRollouts(compileScenario(march), rolloutStartAt(timeline, node), { runs: 500, depth: 12, seed: 1 });
    const collapse = api.outcomes.find((o) => o.id === 'talks-collapse');
    const row = within(panel).getByRole('row', { name: /^Talks collapse/ });
    expect(row.textContent).toContain(`${((collapse?.probability ?? 0) * 100).toFixed(1)}%`);
  });

  it('should reject an out-of-range N with a visible hint and keep the last valid value', async () => {
    const user = userEvent.setup();
    const timeline = startTimeline(march);
    render(<WhatHappensNextPanel timeline={timeline} current={0} />);
    const input = screen.getByLabelText('Futures (N)');
    await user.clear(input);
    await user.type(input, '0');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('1–200,000')).toBeTruthy();
  });
});

describe('what-if slider scale', () => {
  it.each([
    [0, 1, '×1'],
    [2, 4, '×4'],
    [-2, 0.25, '×0.25'],
    [1.5, 2.8284, '×2.83'],
    [-4, 0, 'never'],
  ])('should map step %d to factor %d (%s) and back', (step, factor, text) => {
    expect(factorOf(step)).toBe(factor);
    expect(factorText(english, factor)).toBe(text);
    if (factor > 0) expect(stepOf(factor)).toBeCloseTo(step, 3);
  });

  it('should only offer what-if factors and run counts the engine accepts', () => {
    const compiled = engineFor(march).compiled;
    const start = rolloutStartAt(startTimeline(march), 0);
    const ends = (range: { readonly min: number; readonly max: number }) => [factorOf(range.min), factorOf(range.max)];
    for (const h of ends(HAWKISHNESS_STEPS)) expect(() => nextResponses(compiled, start, { hawkishness: { dprk: h } })).not.toThrow();
    for (const f of ends(PROPENSITY_STEPS)) expect(() => nextResponses(compiled, start, { moveFactors: { 'ease-sanctions': f }, passFactor: f })).not.toThrow();
    expect(PANEL_MAX_RUNS).toBeLessThanOrEqual(MAX_RUNS);
    expect(() => checkOptions({ runs: PANEL_MAX_RUNS, depth: 12, seed: 1 })).not.toThrow();
  });
});

describe('the CLI start point of a node', () => {
  it('should start from the last replay step of a date, then play the branch', () => {
    const timeline = startTimeline(march);
    const track = timeline.replayTrack();
    const at = track[5] as number;
    expect(rolloutFrom(timeline, at)).toStrictEqual({ replayDate: timeline.node(at).date });
    const next = timeline.nextActors(at)[0] as string;
    const played = timeline.play(at, { actor: next, move: 'pass' });
    expect(rolloutFrom(played.timeline, played.node)).toStrictEqual({ replayDate: timeline.node(at).date, moves: ['pass'] });
    expect(rolloutFrom(timeline, 0)).toStrictEqual({});
  });
});
