// @vitest-environment jsdom
/**
 * The suggested `whn rollout` command names the file that gives the same numbers: the shipped file
 * for a shipped scenario, and never a shipped file for a scenario the user loaded (same id, other numbers).
 */
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../../../../src/engine/compile.ts';
import { startTimeline } from '../../../../../src/engine/index.ts';
import { rolloutCsv, rolloutStartAt, runRollouts } from '../../../../../src/engine/rollout/index.ts';
import { ExportBar, resultJson, rolloutCsvColumns, USER_FILE } from '../../../../../src/app/features/whats-next/export-bar.tsx';
import { createWords, english, loadCatalogue, loadLazyMessages } from '../../../../../src/app/lib/words/index.ts';
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

describe('the rollout CSV', () => {
  it('should head its columns in the chosen language, as the CLI does in English, and keep outcome ids as data', async () => {
    const { result: r } = result();
    await loadLazyMessages();
    const [cli] = rolloutCsv(r).split('\n');
    const outcome = r.outcomes[0]!.id;
    expect(rolloutCsv(r, rolloutCsvColumns(english)).split('\n')[0]).toBe(cli);
    const [korean] = rolloutCsv(r, rolloutCsvColumns(createWords('ko', await loadCatalogue('ko')))).split('\n');
    expect(korean).toMatch(/^차례,날짜,5백분위,25백분위,중앙값,75백분위,95백분위,평균,/);
    expect(korean).toContain(`,${outcome},${outcome}_표준오차`);
  });
});
