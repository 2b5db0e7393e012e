// @vitest-environment jsdom
/**
 * The suggested `whn rollout` command names the file that gives the same numbers: the shipped file
 * for a shipped scenario, and never a shipped file for a scenario the user loaded (same id, other numbers).
 */
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../../../../src/engine/compile.ts';
import { startTimeline } from '../../../../../src/engine/index.ts';
import { rolloutStartAt, runRollouts } from '../../../../../src/engine/rollout/index.ts';
import { ExportBar, resultJson, USER_FILE } from '../../../../../src/app/features/whats-next/export-bar.tsx';
import { english } from '../../../../../src/app/lib/words/index.ts';
import { shipped } from '../../../classroom/fixtures.ts';

const options = { runs: 20, depth: 3, seed: 5 };

function result() {
  const timeline = startTimeline(shipped('tutorial'));
  return { timeline, result: runRollouts(compileScenario(timeline.scenario), rolloutStartAt(timeline, timeline.root), options) };
}

describe('the equivalent command line', () => {
  it('should name the shipped file for a shipped scenario', () => {
    const { timeline, result: r } = result();
    render(<ExportBar timeline={timeline} current={timeline.root} result={r} options={options} file="scenarios/tutorial.yaml" />);
    expect(screen.getByText(/npx whn rollout scenarios\/tutorial\.yaml/)).toBeTruthy();
    expect(JSON.parse(resultJson(english, timeline, timeline.root, r, options, 'scenarios/tutorial.yaml')).commandNote).toBeUndefined();
  });

  it('should not name the shipped file for a scenario the user loaded, and say what to put instead', () => {
    const { timeline, result: r } = result();
    render(<ExportBar timeline={timeline} current={timeline.root} result={r} options={options} file={null} />);
    expect(screen.getByText(new RegExp(`npx whn rollout ${USER_FILE}`))).toBeTruthy();
    expect(screen.queryByText(/scenarios\/tutorial\.yaml/)).toBeNull();
    const json = JSON.parse(resultJson(english, timeline, timeline.root, r, options, null)) as { command: string; commandNote: string };
    expect(json.command).toContain(USER_FILE);
    expect(json.commandNote).toMatch(/path of the scenario file you loaded/);
  });
});
