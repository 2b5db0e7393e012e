// @vitest-environment jsdom
/**
 * The suggested `whn rollout` command names the file that gives the same numbers: the shipped file
 * for a shipped scenario, and never a shipped file for a scenario the user loaded (same id, other numbers).
 */
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileScenario } from '../../../../../src/engine/compile.ts';
import { startTimeline, type NodeId, type Timeline } from '../../../../../src/engine/index.ts';
import { MAX_INLINE_MOVES, movesFromText, rolloutCsv, rolloutStartAt, runRollouts, startPoint } from '../../../../../src/engine/rollout/index.ts';
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

describe('the command for a long path', () => {
  afterEach(cleanup);

  /** March 2019 after `n` passes from the root: a path of n moves, each written "pass". */
  function passes(n: number): { timeline: Timeline; node: NodeId } {
    let timeline = startTimeline(shipped('march-2019'));
    let node = timeline.root;
    for (let i = 0; i < n; i++) ({ timeline, node } = timeline.play(node, { actor: timeline.nextActors(node)[0] as string, move: 'pass' }));
    return { timeline, node };
  }

  const bar = ({ timeline, node }: { timeline: Timeline; node: NodeId }) => {
    const r = runRollouts(compileScenario(timeline.scenario), rolloutStartAt(timeline, node), options);
    render(<ExportBar timeline={timeline} current={node} result={r} options={options} file="scenarios/march-2019.yaml" />);
    return r;
  };

  it('should print the moves inline and offer no moves file while they are short', () => {
    bar(passes(3));
    expect(screen.getByText(/--moves pass,pass,pass --runs/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Download moves.txt' })).toBeNull();
  });

  it('should print --moves-file moves.txt and download the moves, one per line, when they are over the limit', async () => {
    const long = passes(1000);
    expect('pass,'.repeat(1000).length - 1).toBeGreaterThan(MAX_INLINE_MOVES);
    const r = bar(long);
    const command = screen.getByText(/^npx whn rollout scenarios\/march-2019\.yaml --moves-file moves\.txt --runs 20 --depth 3 --seed 5$/);
    expect(command.textContent).not.toContain('pass');
    expect(screen.getByText(/This path has 1,000 moves/)).toBeTruthy();
    const blobs: Blob[] = [];
    const names: string[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => (blobs.push(b), 'blob:x'));
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Download moves.txt' }));
    expect(names).toEqual(['moves.txt']);
    const text = await blobs[0]!.text();
    expect(text.split('\n')).toHaveLength(1001);
    // What the CLI reads from that file starts where the panel is.
    const { node } = startPoint(long.timeline.scenario, { moves: movesFromText(text, 'moves.txt').moves });
    expect(node).toBe(long.node);
    expect(JSON.parse(resultJson(english, long.timeline, long.node, r, options, 'scenarios/march-2019.yaml')).commandNote).toMatch(/from moves\.txt, one per line/);
    vi.restoreAllMocks();
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
