import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gridScenario } from '../engine/grid-scenario.ts';
import { outOfRoomAfter } from '../engine/out-of-room.ts';
import { main } from '../../../src/cli/main.ts';
import type { Io } from '../../../src/cli/io.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');

function run(args: string[], files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readFile: (path) => (path in files ? Buffer.from(files[path] as string) : readFileSync(join(ROOT, path))),
  };
  return main(args, io).then((code) => ({ code, out: out.join('\n'), err: err.join('\n') }));
}

const liaisonText = readFileSync(join(ROOT, 'tests/fixtures/engine-liaison.yaml'), 'utf8');
/** 13 postures of 6 levels, every combination reachable: about 1.3e10 states. */
const thirteen = gridScenario(13, 6, { everyLevel: true });

describe('whn explore', () => {
  it('should report a file that is not UTF-8 with its place, as validate does', async () => {
    const r = await run(['explore', 'tests/fixtures/invalid/not-utf8.yaml']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^tests\/fixtures\/invalid\/not-utf8\.yaml:\d+:\d+: .*UTF-8/m);
  });

  it('should exit 0 and list expected findings as expected', async () => {
    const r = await run(['explore', 'tests/fixtures/engine-free.yaml']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('b.stance.frozen  (expected)');
  });

  it('should exit 1 on an unexpected unreachable level and never-open move', async () => {
    // offer-relief now leads nowhere new, and cancel-sanctions waits for a level nothing sets
    const text = liaisonText
      .replace('effects: [{ posture: us.sanctions, set: relief }]', 'effects: [{ posture: us.sanctions, set: standing }]')
      .replace('requires: { posture: us.sanctions, is: expanded }', 'requires: { posture: us.sanctions, is: relief }')
      .replace(/\nreplay:[\s\S]*?\nexplore:/, '\nexplore:'); // the replay would no longer play
    const r = await run(['explore', 'x.yaml', '--json'], { 'x.yaml': text });
    expect(r.err).toBe('');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out);
    expect(report.neverOpenMoves.unexpected).toEqual(['cancel-sanctions']);
    expect(report.unreachableLevels.unexpected).toEqual(['us.sanctions.relief']);
  });

  it('should refuse a cap this machine cannot hold before starting, naming the number it can hold', async () => {
    const r = await run(['explore', 'grid.yaml', '--max-states', '1000000000'], { 'grid.yaml': thirteen });
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^whn explore: --max-states 1000000000 is more than this machine can hold for grid\.yaml: at most \d+ states \(the search may use \d+ MB, half the free memory, and never holds more than 268435456\)$/);
  });

  it('should stop with one line, "stopped at N states", when memory runs out during the search', async () => {
    const restore = outOfRoomAfter(10);
    try {
      const r = await run(['explore', 'grid.yaml'], { 'grid.yaml': thirteen });
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/^whn explore: grid\.yaml: Exploring "grid" stopped at [\d,]+ states: out of memory .*; lower the cap \(maxStates \/ --max-states\) or split the scenario\.$/);
    } finally {
      restore();
    }
  });

  it('should say clearly when a file is invalid', async () => {
    const r = await run(['explore', 'bad.yaml'], { 'bad.yaml': 'format: 1\n' });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/bad.yaml is not a valid scenario/);
  });

  it('should follow lapses: the level an effect lapses to is reached, and say how many states it searched with them', async () => {
    const r = await run(['explore', 'tests/fixtures/lapse-explore.yaml']);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')).toEqual([
      'tests/fixtures/lapse-explore.yaml: 3 reachable states (0 terminal; 3 searched with the lapses pending in them)',
      '  levels never reached: none',
      '  moves never open: none',
      '  dead ends: none',
      'ok',
    ]);
  });
});

describe('whn replay', () => {
  it('should print the JSON steps with postures, tension, outcomes and source urls', async () => {
    const r = await run(['replay', 'tests/fixtures/engine-liaison.yaml', '--format', 'json']);
    expect(r.code).toBe(0);
    const steps = JSON.parse(r.out);
    expect(steps).toHaveLength(4);
    expect(Object.keys(steps[0])).toEqual(['date', 'actor', 'move', 'label', 'cameo', 'goldstein', 'postures', 'tension', 'outcomes', 'sources']);
    expect(steps[1]).toMatchObject({ date: '2019-03-04', move: 'withdraw-liaison', outcomes: ['office-empty'], sources: ['https://example.org/wire', 'https://example.org/paper'] });
  });

  it('should print CSV with a header row', async () => {
    const r = await run(['replay', 'tests/fixtures/engine-liaison.yaml', '--format=csv']);
    const lines = r.out.split('\n').filter((line) => line !== '');
    expect(lines[0]).toBe('date,actor,move,label,cameo,goldstein,tension,outcomes,postures,sources');
    expect(lines).toHaveLength(5);
  });

  it('should exit 2 on an unknown format', async () => {
    expect((await run(['replay', 'tests/fixtures/engine-liaison.yaml', '--format', 'xml'])).code).toBe(2);
  });
});
