import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.ts';
import { io as realIo, type Io } from '../../../src/cli/io.ts';
import { loadScenario } from '../../../src/scenario/load.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const minimal = join(root, 'tests/fixtures/minimal.yaml');
const full = join(root, 'tests/fixtures/valid-full.yaml');
const unknownActor = join(root, 'tests/fixtures/invalid/unknown-actor.yaml');
const unknownKey = join(root, 'tests/fixtures/invalid/unknown-key.yaml');

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), readFile: (p) => readFileSync(p) };
  const code = await main(['validate', ...args], io);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('whn validate', () => {
  it('should exit 0 and name each valid file', async () => {
    const { code, stdout, stderr } = await run(minimal, full);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/minimal\.yaml: valid \(minimal, 1 actor, 1 move, 0 replay steps, hash [0-9a-f]{16}\)/);
    expect(stdout).toMatch(/valid-full\.yaml: valid \(full-example, 2 actors, 4 moves, 4 replay steps/);
  });

  it('should exit 1 and print each problem of each invalid file on stderr, one per line', async () => {
    const { code, stderr } = await run(minimal, unknownActor, unknownKey);
    expect(code).toBe(1);
    expect(stderr.split('\n')).toEqual([
      `${unknownActor}:28:12: moves[0].actor: unknown actor 'usa' — did you mean 'us'?`,
      `${unknownKey}:32:5: moves[0].efects: unknown key 'efects' — did you mean 'effects'?`,
      '2 of 3 files invalid, 2 problems',
    ]);
  });

  it('should count an unreadable path as invalid, with a message and no crash', async () => {
    const missing = join(root, 'no-such-scenario.yaml');
    const { code, stderr } = await run(missing, join(root, 'tests'));
    expect(code).toBe(1);
    expect(stderr).toContain(`${missing}:1:1: (document): cannot read the file (no such file)`);
    expect(stderr).toContain('tests:1:1: (document): cannot read the file (it is a directory)');
  });

  it.each([
    [[], /name at least one scenario file/],
    [['--jsn', minimal], /unknown option "--jsn"/],
  ])('should exit 2 on a usage error: %j', async (args, message) => {
    const { code, stderr } = await run(...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).toContain('usage: whn validate <file…> [--json]');
  });

  it('should print help on --help and exit 0', async () => {
    const { code, stdout } = await run('--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/exit status: 0 every file is valid, 1 .* 2 usage error/);
  });

  it('should print a machine-readable report with --json', async () => {
    const { code, stdout, stderr } = await run('--json', minimal, unknownActor);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    const report = JSON.parse(stdout) as { files: { file: string; valid: boolean; problems: Record<string, unknown>[] }[] };
    expect(report.files.map((f) => [f.file, f.valid])).toEqual([
      [minimal, true],
      [unknownActor, false],
    ]);
    expect(report.files[1]?.problems).toEqual([
      {
        file: unknownActor,
        line: 28,
        column: 12,
        path: 'moves[0].actor',
        message: "unknown actor 'usa'",
        hint: "did you mean 'us'?",
        text: `${unknownActor}:28:12: moves[0].actor: unknown actor 'usa' — did you mean 'us'?`,
      },
    ]);
  });

  it('should treat arguments after -- as files', async () => {
    const { code, stderr } = await run('--', '--json');
    expect(code).toBe(1);
    expect(stderr).toContain('--json:1:1: (document): cannot read the file (no such file)');
  });

  describe('files that are not scenario files, read with the real file system', () => {
    const dir = mkdtempSync(join(tmpdir(), 'whn-odd-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    async function runReal(...args: string[]) {
      const err: string[] = [];
      const code = await main(['validate', ...args], { ...realIo, stdout: () => undefined, stderr: (t) => err.push(t) });
      return { code, stderr: err.join('\n') };
    }

    it.each([
      ['an endless device', '/dev/zero'],
      ['a device', '/dev/null'],
    ])('should refuse %s at once instead of reading it', async (_kind, path) => {
      const { code, stderr } = await runReal(path);
      expect(code).toBe(1);
      expect(stderr).toContain(`${path}:1:1: (document): cannot read the file (it is not a regular file but a device, pipe or socket)`);
    });

    it('should refuse a named pipe without waiting for a writer', async () => {
      const fifo = join(dir, 'pipe.yaml');
      const made = spawnSync('mkfifo', [fifo]);
      expect(made.status).toBe(0);
      const { code, stderr } = await runReal(fifo);
      expect(code).toBe(1);
      expect(stderr).toContain('it is not a regular file');
    });

    it('should refuse a file over the size cap from its size, saying the size', async () => {
      const big = join(dir, 'big.yaml');
      writeFileSync(big, Buffer.alloc(3 * 1024 * 1024, 0x61));
      const { code, stderr } = await runReal(big);
      expect(code).toBe(1);
      expect(stderr).toContain(`${big}:1:1: (document): the file is 3.0 MB, more than the 2 MB a scenario may be`);
    });

    it('should never read more than one byte past the limit', () => {
      const small = join(dir, 'small.yaml');
      writeFileSync(small, 'abcdef');
      expect(Buffer.from(realIo.readFile(small, 100)).toString()).toBe('abcdef');
      expect(() => realIo.readFile(small, 3)).toThrow(expect.objectContaining({ code: 'EFBIG', size: 6 }));
    });
  });

  describe('warnings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'whn-warn-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const twin = join(dir, 'twin.yaml');
    writeFileSync(twin, readFileSync(full, 'utf8').replace('short: DPRK\n    colour: "#d62728"', 'short: US\n    colour: "#1f77b4"'));

    it('should print warnings on stderr and still call the file valid, exit 0', async () => {
      const { code, stdout, stderr } = await run(twin);
      expect(code).toBe(0);
      expect(stdout).toMatch(/twin\.yaml: valid \(full-example/);
      expect(stderr.split('\n')).toEqual([
        `${twin}:40:12: warning: actors[1].short: this actor has the same short name 'US' and the same colour #1f77b4 as actor 'us' (line 25) — give each actor its own name, short name and colour: players tell the sides apart by them`,
        'the file is valid, 1 warning',
      ]);
    });

    it('should list warnings apart from problems in the JSON report', async () => {
      const { code, stdout } = await run('--json', twin);
      expect(code).toBe(0);
      const [report] = (JSON.parse(stdout) as { files: { valid: boolean; problems: unknown[]; warnings: { path: string; severity: string }[] }[] }).files;
      expect(report?.valid).toBe(true);
      expect(report?.problems).toEqual([]);
      expect(report?.warnings.map((w) => [w.path, w.severity])).toEqual([['actors[1].short', 'warning']]);
    });
  });

  describe('through bin/whn.mjs, on a file outside the project', () => {
    const dir = mkdtempSync(join(tmpdir(), 'whn-validate-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('should list shape and cross-reference problems of one file together, in line order', async () => {
      const broken = join(dir, 'broken.yaml');
      writeFileSync(broken, readFileSync(minimal, 'utf8').replace('colour: "#1f77b4"', 'colour: blue').replace('set: expanded }', 'set: expandd }'));
      const { code, stderr } = await run(broken);
      expect(code).toBe(1);
      expect(stderr.split('\n')).toEqual([
        `${broken}:17:13: actors[0].colour: must be a colour written #rrggbb — write six hexadecimal digits in quotes, e.g. colour: "#1f4e9a"`,
        `${broken}:32:39: moves[0].effects[0].set: posture 'us.sanctions' has no level 'expandd' — did you mean 'expanded'?`,
        '1 of 1 file invalid, 2 problems',
      ]);
    });

    it('should accept a valid file and reject an invalid one with exit codes 0 and 1', () => {
      const good = join(dir, 'good.yaml');
      const bad = join(dir, 'bad.yaml');
      copyFileSync(minimal, good);
      copyFileSync(unknownActor, bad);
      const bin = join(root, 'bin/whn.mjs');
      expect(execFileSync(process.execPath, [bin, 'validate', good], { encoding: 'utf8' })).toMatch(/good\.yaml: valid/);
      const failed = spawnSync(process.execPath, [bin, 'validate', bad], { encoding: 'utf8' });
      expect(failed.status).toBe(1);
      expect(failed.stderr).toContain(`${bad}:28:12: moves[0].actor: unknown actor 'usa' — did you mean 'us'?`);
      expect(failed.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace
    });

    it('should print the hash the app gives the scenario (the built CLI hashes with node:crypto)', () => {
      const march = join(root, 'scenarios/march-2019.yaml');
      const loaded = loadScenario(readFileSync(march), march);
      if (!loaded.ok) throw new Error('scenarios/march-2019.yaml does not load');
      const printed = execFileSync(process.execPath, [join(root, 'bin/whn.mjs'), 'validate', march, join(root, 'scenarios/translations/march-2019.ko.yaml')], { encoding: 'utf8' });
      expect(printed).toContain(`march-2019, 3 actors, 40 moves, 23 replay steps, hash ${loaded.scenario.hash})`);
      expect(printed).toContain(`ko translation of march-2019, hash ${loaded.scenario.hash} unchanged`);
    });
  });
});

describe('whn validate on a translation sidecar', () => {
  it('should check a shipped sidecar against its scenario and say the hash is unchanged', async () => {
    const { code, stdout, stderr } = await run(join(root, 'scenarios/translations/march-2019.ko.yaml'));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/march-2019\.ko\.yaml: valid \(ko translation of march-2019, hash [0-9a-f]{16} unchanged\)/);
  });

  it('should report an unknown id with its line, and a missing text as a warning', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'whn-sidecar-'));
    try {
      copyFileSync(join(root, 'scenarios/tutorial.yaml'), join(dir, 'tutorial.yaml'));
      const file = join(dir, 'tutorial.ko.yaml');
      writeFileSync(file, 'format: 1\ntranslates: tutorial\nlanguage: ko\nmoves:\n  send-patrol:\n    label: 순찰\n');
      const bad = await run(file);
      expect(bad.code).toBe(1);
      expect(bad.stderr.split('\n')[0]).toBe(`${file}:5:3: moves.send-patrol: scenario "tutorial" has no move "send-patrol" — did you mean 'send-patrols'?`);
      writeFileSync(file, 'format: 1\ntranslates: tutorial\nlanguage: ko\nmoves:\n  send-patrols:\n    label: 순찰\n');
      const partial = await run(file);
      expect(partial.code).toBe(0);
      expect(partial.stderr).toContain(`${file}:5:3: warning: moves.send-patrols.description: no ko text`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
