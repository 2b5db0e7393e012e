// @vitest-environment jsdom
// Relative effects (raise/lower by N, at least/at most) are said in words on the move cards, in
// English and in Korean, and playing one moves the posture along its ladder as the words say.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Simulator } from '../../../../../src/app/app/simulator.tsx';
import { createWords, english, loadCatalogue, WordsProvider, type Words } from '../../../../../src/app/lib/words/index.ts';
import { SessionProvider } from '../../../../../src/app/stores/session/index.ts';
import { startTimeline } from '../../../../../src/engine/index.ts';
import { loadFile } from '../../../engine/load-fixture.ts';

const scenario = loadFile('tests/fixtures/engine-relative-effects.yaml');

function renderIn(words: Words) {
  const user = userEvent.setup();
  render(
    <WordsProvider words={words}>
      <SessionProvider init={{ id: 'relative', name: 'Relative effects', scenario, timeline: startTimeline(scenario), source: null }}>
        <Simulator recovery={null} opened="fresh" />
      </SessionProvider>
    </WordsProvider>,
  );
  return user;
}

const moves = () => within(document.getElementById('moves') as HTMLElement);

/** The effects line of the move card whose button is named `label`; a screen reader hears it with the button. */
function effectsOf(label: string): string | null {
  const button = moves().getByRole('button', { name: new RegExp(label) });
  const line = within(button.closest('li') as HTMLElement).queryByText(/^(Effects|효과): /);
  if (line) expect(button.getAttribute('aria-describedby')?.split(' ')).toContain(line.id);
  return line?.textContent ?? null;
}
const current = (actor: string, posture: string) => within(screen.getByTestId(`posture-${actor}-${posture}`)).getByRole('listitem', { current: true }).textContent ?? '';

afterEach(cleanup);

describe.each([
  ['en', async () => english, { atLeast: 'Effects: DPRK Testing at least ICBM', raise2: 'Effects: raises DPRK Testing by 2 levels', raise1: 'Effects: raises US Sanctions by one level', ease: 'Effects: lowers US Sanctions by one level, DPRK Testing at most Short-range' }],
  ['ko', async () => createWords('ko', await loadCatalogue('ko')), { atLeast: '효과: DPRK Testing 최소 ICBM', raise2: '효과: DPRK Testing을(를) 2단계 올림', raise1: '효과: US Sanctions을(를) 1단계 올림', ease: '효과: US Sanctions을(를) 1단계 내림, DPRK Testing 최대 Short-range' }],
] as const)('relative effects on the move cards (%s)', (_language, words, said) => {
  it('should say each effect in words, and play a raise by 2 as two rungs up', async () => {
    const user = renderIn(await words());
    // Step 0: history's first mover, the DPRK, is to move.
    expect(effectsOf('Test an ICBM')).toBe(said.atLeast);
    expect(effectsOf('Escalate testing')).toBe(said.raise2);
    expect(current('dprk', 'testing')).toMatch(/^Pause/);
    await user.click(moves().getByRole('button', { name: /Escalate testing/ }));
    expect(current('dprk', 'testing')).toMatch(/^ICBM/);
    expect(effectsOf('Tighten sanctions')).toBe(said.raise1);
    expect(effectsOf('Ease sanctions')).toBe(said.ease);
  });
});
