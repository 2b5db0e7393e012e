import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../../src/cli/io.ts';
import { main } from '../../../src/cli/main.ts';
import { compileScenario } from '../../../src/engine/compile.ts';
import { rolloutStartAt, runRollouts, startPoint } from '../../../src/engine/rollout/index.ts';
import { dprkFirstText, loadFile } from '../engine/load-fixture.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const MARCH = 'scenarios/march-2019.yaml';
/** A file only these tests read: the liaison fixture with DPRK first in the turn order, the US first in history. */
const DPRK_FIRST = 'dprk-first.yaml';

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), readFile: (p) => (p === DPRK_FIRST ? new TextEncoder().encode(dprkFirstText()) : readFileSync(p.startsWith('/') ? p : `${root}${p}`)) };
  const code = await main(['rollout', ...args], io);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('whn rollout', () => {
  it('should refuse a what-if key that names no actor of the scenario, "__proto__" too, in one line', async () => {
    const { code, stdout, stderr } = await run(MARCH, '--hawkishness', '__proto__=2', '--runs', '10');
    expect(stdout).toBe('');
    expect(code).not.toBe(0);
    expect(stderr.split('\n')).toEqual([expect.stringMatching(/^whn rollout: .*What-if hawkishness names an unknown actor "__proto__" \(actors: .*us.*\)/)]);
  });

  it('should print the same numbers as the in-process API', async () => {
    const scenario = loadFile(MARCH);
    const date = scenario.replay[5]?.date as string;
    const { code, stdout, stderr } = await run(MARCH, '--from-replay', date, '--moves', 'pass', '--runs', '3000', '--depth', '9', '--seed', '77');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const { timeline, node } = startPoint(scenario, { replayDate: date, moves: ['pass'] });
    const api = runRollouts(compileScenario(scenario), rolloutStartAt(timeline, node), { runs: 3000, depth: 9, seed: 77 });
    const cli = JSON.parse(stdout) as Record<string, unknown>;
    const { scenario: id, from, ...numbers } = cli;
    expect(numbers).toEqual(JSON.parse(JSON.stringify(api)));
    expect(id).toEqual({ id: 'march-2019', hash: scenario.hash });
    expect(from).toMatchObject({ date: timeline.node(node).date, turn: timeline.node(node).turn });
  });

  it('should give the documented JSON shape', async () => {
    const json = JSON.parse((await run(MARCH, '--runs', '500', '--depth', '4')).stdout);
    expect(json).toMatchObject({ runs: 500, depth: 4, seed: 1 });
    expect(Object.keys(json.fan[0]).sort()).toEqual(expect.arrayContaining(['turn', 'p5', 'p25', 'p50', 'p75', 'p95']));
    expect(json.outcomes[0]).toEqual(expect.objectContaining({ id: 'summit', probability: expect.any(Number), byTurn: expect.any(Array) }));
    expect(json.outcomes[0].byTurn).toHaveLength(5);
    expect(json.topPaths).toHaveLength(10);
    expect(json.topPaths[0]).toEqual(expect.objectContaining({ moves: expect.any(Array), probability: expect.any(Number) }));
  });

  it('should write CSV with one row per turn and each outcome\'s probability', async () => {
    const { code, stdout } = await run(MARCH, '--runs', '400', '--depth', '5', '--format', 'csv');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^turn,date,p5,p25,p50,p75,p95,mean,summit,summit_se,/);
    expect(lines).toHaveLength(1 + 6);
    const json = JSON.parse((await run(MARCH, '--runs', '400', '--depth', '5')).stdout);
    expect(Number(lines[6]?.split(',')[8])).toBeCloseTo(json.outcomes[0].byTurn[5], 6);
  });

  it('should apply what-if options like the API', async () => {
    const scenario = loadFile(MARCH);
    const { stdout } = await run(MARCH, '--runs', '800', '--depth', '6', '--hawkishness', 'dprk=3', '--factor', 'ease-sanctions=0', '--pass-factor', '0.5');
    const api = runRollouts(compileScenario(scenario), rolloutStartAt(startPoint(scenario, {}).timeline, 0), {
      runs: 800,
      depth: 6,
      seed: 1,
      whatIf: { hawkishness: { dprk: 3 }, moveFactors: { 'ease-sanctions': 0 }, passFactor: 0.5 },
    });
    expect(JSON.parse(stdout).outcomes).toEqual(JSON.parse(JSON.stringify(api.outcomes)));
  });

  it("should start at step 0 with history's first mover, as the app does, whatever the turn order says", async () => {
    const { code, stdout, stderr } = await run(DPRK_FIRST, '--runs', '400', '--depth', '2', '--seed', '5');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const first = new Set((JSON.parse(stdout).topPaths as { moves: string[] }[]).map((p) => p.moves[0]));
    const usMoves = new Set(loadFile('tests/fixtures/engine-liaison.yaml').moves.filter((m) => m.actor === 'us').map((m) => m.id));
    expect(first.size).toBeGreaterThan(0);
    for (const move of first) expect(usMoves.has(move as string) || move === 'pass' || move === 'pass:us', `${move} is not a US move`).toBe(true);
    // A DPRK move from the root is not its turn.
    const dprk = await run(DPRK_FIRST, '--moves', 'withdraw-liaison', '--runs', '10');
    expect(dprk.code).toBe(1);
    expect(dprk.stderr).toMatch(/turn/);
  });

  it('should rank sensitivities for an outcome', async () => {
    const { code, stdout } = await run('tests/fixtures/rollout-exact.yaml', '--sensitivity', 'war', '--runs', '1000', '--depth', '5');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.outcome).toBe('war');
    expect(json.entries.map((e: { id: string }) => e.id)).toContain('strike');
  });

  it.each([
    [[], /name one scenario file/],
    [[MARCH, '--runs', 'many'], /--runs needs a whole number, not "many"/],
    [[MARCH, '--format', 'xml'], /--format must be json or csv, not "xml"/],
    [[MARCH, '--depth'], /--depth needs a value/],
    [[MARCH, '--frobnicate'], /unknown option "--frobnicate"/],
    [[MARCH, '--from-replay', 'March 1'], /--from-replay needs a date written YYYY-MM-DD/],
    [[MARCH, '--hawkishness', 'dprk'], /--hawkishness needs id=number pairs/],
    [[MARCH, '--hawkishness', 'dprk=2,dprk=3'], /--hawkishness gives "dprk" twice/],
  ])('should exit 2 on the usage error %j', async (args, message) => {
    const { code, stderr } = await run(...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).toMatch(/usage: whn rollout/);
  });

  it.each([
    [[MARCH, '--from-replay', '2019-01-01'], /no step dated 2019-01-01/],
    [[MARCH, '--moves', 'ease-sanctions,launch-icbm'], /move 2 \("launch-icbm"\)/],
    [[MARCH, '--runs', '0'], /runs is 0; it must be a whole number from 1/],
    [[MARCH, '--hawkishness', 'usa=2'], /unknown actor "usa"/],
    [[MARCH, '--hawkishness', '__proto__=2'], /What-if hawkishness names an unknown actor "__proto__" \(actors: us, dprk, rok\)/],
    [[MARCH, '--hawkishness', 'constructor=2'], /unknown actor "constructor"/],
    [[MARCH, '--factor', '__proto__=2'], /What-if move factor names an unknown move "__proto__"/],
    [[MARCH, '--factor', 'toString=0'], /unknown move "toString"/],
    [['tests/fixtures/invalid/unknown-actor.yaml'], /is not a valid scenario/],
    [['no/such/file.yaml'], /cannot read no\/such\/file.yaml/],
  ])('should exit 1 with a clear message for %j', async (args, message) => {
    const { code, stderr } = await run(...args);
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
  });

  it('should run as the installed whn command', () => {
    const result = spawnSync(process.execPath, ['bin/whn.mjs', 'rollout', MARCH, '--runs', '200', '--depth', '3', '--seed', '9'], { cwd: root, encoding: 'utf8' });
    expect(result.status).toBe(0);
    const scenario = loadFile(MARCH);
    const api = runRollouts(compileScenario(scenario), rolloutStartAt(startPoint(scenario, {}).timeline, 0), { runs: 200, depth: 3, seed: 9 });
    expect(JSON.parse(result.stdout).fan).toEqual(JSON.parse(JSON.stringify(api.fan)));
  });
});
