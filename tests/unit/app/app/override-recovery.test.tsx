// @vitest-environment jsdom
/**
 * A facilitator's override is a timeline node without a move. Leaving classroom mode (or importing
 * such a session) shows it in the What happens next panel, which once crashed on it.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SessionErrorBoundary } from '../../../../src/app/app/session-error-boundary.tsx';
import { freshInit, SessionProvider, useSession } from '../../../../src/app/stores/session/index.ts';
import { compileScenario } from '../../../../src/engine/compile.ts';
import { PASS, timelineFromJSON, type Timeline } from '../../../../src/engine/index.ts';
import { inexpressible, rolloutFrom, rolloutStartAt, runRollouts } from '../../../../src/engine/rollout/index.ts';
import { cliCommand } from '../../../../src/app/features/whats-next/cli-command.ts';
import { resultJson } from '../../../../src/app/features/whats-next/export-bar.tsx';
import { english } from '../../../../src/app/lib/words/index.ts';
import { WhatHappensNextPanel } from '../../../../src/app/features/whats-next/whats-next-panel.tsx';
import { round, run, shipped, started } from '../../classroom/fixtures.ts';

afterEach(cleanup);

const OVERRIDE = { actor: 'tolvany', posture: 'border', level: 'mobilized' } as const;

function overridden() {
  const c0 = round(started('tutorial'), { marenia: 'send-patrols' }, { tolvany: PASS });
  const c = run(c0, { type: 'override', override: OVERRIDE, reason: 'Suppose Tolvany had mobilised' });
  return { before: c0, after: c };
}

/** The timeline as an imported session file holds it. */
function reimported(timeline: Timeline): Timeline {
  const back = timelineFromJSON(timeline.scenario, JSON.parse(JSON.stringify(timeline.toJSON())));
  if (!back.ok) throw new Error(back.error);
  return back.timeline;
}

describe('the CLI command at a node after a facilitator override', () => {
  it('should say why no command exists instead of inventing one', () => {
    const { before, after } = overridden();
    const { timeline } = after;
    expect(cliCommand('scenarios/tutorial.yaml', before.timeline, before.state.head, { runs: 10, depth: 4, seed: 1 })).toContain(' --moves ');
    expect(rolloutFrom(timeline, after.state.head)).toBeNull();
    expect(cliCommand('scenarios/tutorial.yaml', timeline, after.state.head, { runs: 10, depth: 4, seed: 1 })).toBeNull();
    expect(inexpressible(timeline, after.state.head)).toMatch(/override/);
  });

  it('should export the JSON with the override in the path and a note instead of a command', () => {
    const { after } = overridden();
    const options = { runs: 50, depth: 4, seed: 3 };
    const start = rolloutStartAt(after.timeline, after.state.head);
    const result = runRollouts(compileScenario(after.timeline.scenario), start, options);
    const json = JSON.parse(resultJson(english, after.timeline, after.state.head, result, options, 'scenarios/tutorial.yaml')) as { from: { moves: unknown[] }; command: unknown; commandNote: string };
    expect(json.from.moves.at(-1)).toBe('override:tolvany.border=mobilized');
    expect(json.command).toBeNull();
    expect(json.commandNote).toMatch(/override/);
  });

  it('should start the rollout from the overridden postures, with the same side to move as before the override', () => {
    const { before, after } = overridden();
    const compiled = compileScenario(after.timeline.scenario);
    const start = rolloutStartAt(after.timeline, after.state.head);
    expect(compiled.unpack(start.state).tolvany?.border).toBe('mobilized');
    expect(start.nextActor).toBe(rolloutStartAt(before.timeline, before.state.head).nextActor);
    // Same postures, same futures: only the overridden level differs from the node before.
    expect(start.state).not.toBe(rolloutStartAt(before.timeline, before.state.head).state);
  });
});

describe.each([
  ['after leaving classroom mode', (t: Timeline) => t],
  ['in an imported session', reimported],
])('the What happens next panel at an override %s', (_, open) => {
  it('should show the futures and explain the missing command, never crash', async () => {
    const user = userEvent.setup();
    const { after } = overridden();
    const timeline = open(after.timeline);
    render(<WhatHappensNextPanel timeline={timeline} current={after.state.head} />);
    const panel = screen.getByRole('region', { name: 'What happens next' });
    await user.clear(within(panel).getByLabelText('Futures (N)'));
    await user.type(within(panel).getByLabelText('Futures (N)'), '200');
    await within(panel).findByText(/200 futures × 12 turns, seed 1\./, {}, { timeout: 20_000 });
    expect(within(panel).getByText(/No equivalent/).textContent).toMatch(/facilitator's posture override/);
  });
});

/** Fails for the session it was first given, as a saved session with bad data would. */
function FailsForSession({ bad }: { readonly bad: string }) {
  const id = useSession((s) => s.id);
  if (id === bad) throw new Error('Cannot read properties of null (reading \'move\')');
  return <p>Simulator for {id}</p>;
}

describe('the error boundary', () => {
  it('should show what failed with Download and Start fresh instead of a blank page, and recover on a fresh session', async () => {
    const user = userEvent.setup();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const init = { ...freshInit(shipped('tutorial')), id: 'broken-session' };
    const created: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => {
      created.push(blob);
      return 'blob:session';
    };
    URL.revokeObjectURL = () => undefined;
    render(
      <SessionProvider init={init}>
        <SessionErrorBoundary label="The simulator">
          <FailsForSession bad="broken-session" />
        </SessionErrorBoundary>
      </SessionProvider>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/The simulator could not be shown.*reading 'move'/);
    await user.click(within(alert).getByRole('button', { name: 'Download this session' }));
    expect(JSON.parse(await (created[0] as Blob).text())).toMatchObject({ id: 'broken-session', scenario: { id: 'tutorial' } });
    await user.click(within(alert).getByRole('button', { name: 'Start a fresh session' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText(/^Simulator for /).textContent).not.toContain('broken-session');
    vi.restoreAllMocks();
  });
});
