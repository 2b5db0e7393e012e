/**
 * `whn rollout --moves-file FILE`: a path too long for one command-line argument (Linux allows
 * 128 kB) is read from a file, one move per line or separated by commas, with the checks of
 * --moves and messages that name the file's line.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { io as realIo, type Io } from '../../../src/cli/io.ts';
import { main } from '../../../src/cli/main.ts';
import { startTimeline } from '../../../src/engine/index.ts';
import { MAX_INLINE_MOVES, MAX_MOVES_FILE_BYTES, movesFileText, parseRolloutArgs, rolloutArgs, rolloutFrom } from '../../../src/engine/rollout/index.ts';
import { loadFile } from '../engine/load-fixture.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const MARCH = `${root}scenarios/march-2019.yaml`;
const dir = mkdtempSync(join(tmpdir(), 'whn-moves-file-'));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { ...realIo, stdout: (t) => out.push(t), stderr: (t) => err.push(t) };
  const code = await main(['rollout', ...args], io);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

const march = loadFile('scenarios/march-2019.yaml');
const date = march.replay[5]?.date as string;
const RUN = ['--runs', '200', '--depth', '4', '--seed', '9'];

describe('whn rollout --moves-file', () => {
  it('should give the numbers of --moves for the same moves, one per line or comma-separated', async () => {
    const inline = await run(MARCH, '--from-replay', date, '--moves', 'pass,pass,pass', ...RUN);
    expect(inline.code).toBe(0);
    const lines = await run(MARCH, '--from-replay', date, '--moves-file', file('lines.txt', 'pass\r\n\npass\npass\n'), ...RUN);
    const mixed = await run(MARCH, '--from-replay', date, '--moves-file', file('mixed.txt', 'pass, pass\npass'), ...RUN);
    expect(lines).toEqual(inline);
    expect(mixed).toEqual(inline);
  });

  it('should run a 20,000-move path, whose --moves would not fit one argument', async () => {
    let timeline = startTimeline(march);
    let node = timeline.root;
    for (let i = 0; i < 20_000; i++) ({ timeline, node } = timeline.play(node, { actor: timeline.nextActors(node)[0] as string, move: 'pass' }));
    const from = rolloutFrom(timeline, node);
    expect(from?.moves).toHaveLength(20_000);
    const args = rolloutArgs(MARCH, from!, { runs: 50, depth: 3, seed: 2 }, file('long.txt', movesFileText(from!.moves!)));
    expect(args).toContain('--moves-file');
    expect(args.every((a) => a.length < 128 * 1024)).toBe(true);
    expect(from!.moves!.join(',').length).toBeGreaterThan(MAX_INLINE_MOVES);
    const { code, stdout, stderr } = await run(...args);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).from).toMatchObject({ date: timeline.node(node).date, turn: timeline.node(node).turn });
  }, 60_000);

  it('should name the line of an empty move, as --moves refuses it', async () => {
    const { code, stderr } = await run(MARCH, '--moves-file', file('empty.txt', 'pass\npass,,pass\n'), ...RUN);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^whn rollout: .*empty\.txt line 2: --moves-file needs move ids, one per line or separated by commas, with none empty/);
    expect((await run(MARCH, '--moves', 'pass,,pass')).stderr).toMatch(/--moves needs move ids separated by commas, with none empty/);
  });

  it('should name the line of an unknown move and of a move that is closed there', async () => {
    const unknown = await run(MARCH, '--moves-file', file('unknown.txt', 'pass\n\npas\n'), ...RUN);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/unknown\.txt line 3: move 2 \("pas"\): scenario "march-2019" has no move "pas"/);
    const closed = await run(MARCH, '--moves-file', file('closed.txt', 'pass:dprk\n'), ...RUN);
    expect(closed.code).toBe(1);
    expect(closed.stderr).toMatch(/closed\.txt line 1: move 1 \("pass:dprk"\): /);
  });

  it('should refuse a file that is missing, a directory, a device, too big, not UTF-8 or empty, in one line each', async () => {
    mkdirSync(join(dir, 'a-dir'), { recursive: true });
    const cases: [string, RegExp][] = [
      [join(dir, 'missing.txt'), /cannot read the file \(no such file\)/],
      [join(dir, 'a-dir'), /cannot read the file \(it is a directory\)/],
      ['/dev/zero', /cannot read the file \(it is not a regular file/],
      [file('big.txt', 'pass\n'.repeat(MAX_MOVES_FILE_BYTES / 5 + 1)), /cannot read the file \(it is over 2 MB\)|the file is over 2 MB/],
      [file('latin1.txt', new Uint8Array([0x70, 0x61, 0x73, 0x73, 0x0a, 0xe9, 0x0a])), /latin1\.txt line 2: the file is not UTF-8 text/],
      [file('blank.txt', '\n \n'), /blank\.txt names no move/],
    ];
    for (const [path, message] of cases) {
      const { code, stdout, stderr } = await run(MARCH, '--moves-file', path, ...RUN);
      expect({ path, code, stdout }).toEqual({ path, code: 2, stdout: '' });
      expect(stderr.split('\n')[0]).toMatch(message);
    }
  });

  it('should refuse --moves and --moves-file together', () => {
    expect(() => parseRolloutArgs(['s.yaml', '--moves', 'pass', '--moves-file', 'm.txt'])).toThrow(/--moves or --moves-file, not both/);
  });
});

describe('the command a long path is written as', () => {
  it('should keep the moves inline up to the limit and name the moves file beyond it', () => {
    const short = { moves: ['pass'] };
    const long = { moves: Array.from({ length: MAX_INLINE_MOVES / 4 }, () => 'pass') };
    expect(rolloutArgs('s.yaml', short, { runs: 1, depth: 1, seed: 1 })).toContain('--moves');
    const args = rolloutArgs('s.yaml', long, { runs: 1, depth: 1, seed: 1 });
    expect(args.slice(1, 3)).toEqual(['--moves-file', 'moves.txt']);
    expect(parseRolloutArgs(args)).toMatchObject({ movesFile: 'moves.txt', from: {} });
  });
});
