/**
 * The panel writes `whn rollout` commands and the CLI reads them with the same spec module: whatever
 * the panel can ask for must read back as the same start and options.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cliCommand } from '../../../../src/app/features/whats-next/cli-command.ts';
import { startTimeline } from '../../../../src/engine/index.ts';
import {
  DEFAULT_TOP_PATHS,
  MAX_DEPTH,
  MAX_FACTOR,
  MAX_RUNS,
  MAX_SEED,
  MAX_TOP_PATHS,
  MIN_DEPTH,
  MIN_RUNS,
  MIN_SEED,
  parseRolloutArgs,
  rolloutArgs,
  rolloutFrom,
  type RolloutFrom,
  type RolloutOptions,
} from '../../../../src/engine/rollout/index.ts';
import { loadFile } from '../load-fixture.ts';

const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/);
const pad = (n: number, width: number) => String(n).padStart(width, '0');
const date = fc.tuple(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}-${pad(m, 2)}-${pad(d, 2)}`);
const move = fc.oneof(id, fc.constant('pass'), id.map((actor) => `pass:${actor}`));
// `+ 0` turns -0 into 0: a factor is written as text, where the sign of zero does not survive.
const factor = (min: number) => fc.oneof(fc.double({ min, max: MAX_FACTOR, noNaN: true }), fc.constantFrom(0.25, 0.5, 1, 2, 2.8284, 4)).map((x) => Math.max(min, x) + 0);
const factors = (min: number) => fc.dictionary(id, factor(min), { maxKeys: 4 }).map((d) => ({ ...d }));

const from: fc.Arbitrary<RolloutFrom> = fc
  .record({ replayDate: date, moves: fc.array(move, { minLength: 1, maxLength: 6 }) }, { requiredKeys: [] })
  .map((f) => ({ ...f }));
const options: fc.Arbitrary<RolloutOptions> = fc
  .record({
    runs: fc.integer({ min: MIN_RUNS, max: MAX_RUNS }),
    depth: fc.integer({ min: MIN_DEPTH, max: MAX_DEPTH }),
    seed: fc.integer({ min: MIN_SEED, max: MAX_SEED }),
    topPaths: fc.option(fc.integer({ min: 0, max: MAX_TOP_PATHS }), { nil: undefined }),
    whatIf: fc.record({ hawkishness: factors(Number.MIN_VALUE), moveFactors: factors(0), passFactor: fc.option(factor(0), { nil: undefined }) }),
  })
  .map(({ topPaths, whatIf: { passFactor, ...whatIf }, ...rest }) => ({
    ...rest,
    ...(topPaths === undefined ? {} : { topPaths }),
    whatIf: { ...whatIf, ...(passFactor === undefined ? {} : { passFactor }) },
  }));
const file = fc.stringMatching(/^[a-z][a-z0-9_./-]{0,20}\.yaml$/);

/** What the CLI reads back: defaults filled in, neutral (×1) factors left out as the writer leaves them out. */
function readBack(options: RolloutOptions): RolloutOptions {
  const { hawkishness = {}, moveFactors = {}, passFactor } = options.whatIf ?? {};
  const active = (o: Readonly<Record<string, number>>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== 1));
  return {
    runs: options.runs,
    depth: options.depth,
    seed: options.seed,
    topPaths: options.topPaths ?? DEFAULT_TOP_PATHS,
    whatIf: { hawkishness: active(hawkishness), moveFactors: active(moveFactors), ...(passFactor === undefined || passFactor === 1 ? {} : { passFactor }) },
  };
}

describe('the rollout spec on the command line', () => {
  it('should read back every start and options it writes', () => {
    fc.assert(
      fc.property(file, from, options, (f, start, opts) => {
        const args = rolloutArgs(f, start, opts);
        const parsed = parseRolloutArgs(args);
        expect(parsed).toStrictEqual({ file: f, from: start, options: readBack(opts), format: 'json' });
        if (parsed === 'help') return;
        // Written again, the command is the same: one spelling per request.
        expect(rolloutArgs(parsed.file, parsed.from, parsed.options)).toEqual(args);
      }),
      { numRuns: 500 },
    );
  });

  it('should read the panel\'s command as the panel\'s start and options', () => {
    const march = loadFile('scenarios/march-2019.yaml');
    const timeline = startTimeline(march);
    const at = timeline.replayTrack()[5] as number;
    const played = timeline.play(at, { actor: timeline.nextActors(at)[0] as string, move: 'pass' });
    const panel = { runs: 2000, depth: 9, seed: 77, whatIf: { hawkishness: { dprk: 4, us: 1 }, moveFactors: { 'ease-sanctions': 0 }, passFactor: 0.5 } };
    const command = cliCommand('scenarios/march-2019.yaml', played.timeline, played.node, panel);
    expect(command).toMatch(/^npx whn rollout scenarios\/march-2019\.yaml --from-replay \d{4}-\d{2}-\d{2} --moves pass --runs 2000 --depth 9 --seed 77 --hawkishness dprk=4 --factor ease-sanctions=0 --pass-factor 0\.5$/);
    const parsed = parseRolloutArgs((command as string).replace(/^npx whn rollout /, '').split(' '));
    expect(parsed).toStrictEqual({ file: 'scenarios/march-2019.yaml', from: rolloutFrom(played.timeline, played.node), options: readBack(panel), format: 'json' });
  });
});
