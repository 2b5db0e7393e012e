// `whn validate --explain`, run as users run it: the built command line (dist-cli/, rebuilt by tests/build-cli.ts).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const bin = join(root, 'bin/whn.mjs');
const full = join(root, 'tests/fixtures/valid-full.yaml');
const minimal = join(root, 'tests/fixtures/minimal.yaml');
const dir = mkdtempSync(join(tmpdir(), 'whn-explain-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function whn(...args: string[]) {
  const run = spawnSync(process.execPath, [bin, 'validate', ...args], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('whn validate --explain', () => {
  it("should print each move's code with its description, root, class and weight, and an override with its reason", () => {
    const { code, stdout, stderr } = whn('--explain', full);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/valid-full\.yaml: valid \(full-example, 2 actors, 4 moves/),
      '  expand-sanctions (US): CAMEO 163 "Impose embargo, boycott, or sanctions" (root 16 "Reduce relations", material conflict), Goldstein −8.0',
      "  cancel-sanctions (US): CAMEO 081 \"Ease administrative sanctions, not specified below\" (root 08 \"Yield\", material cooperation), Goldstein +3.0, overridden (the code's +5.0): A reversal by tweet is less than an easing of sanctions proper.",
      '  withdraw-liaison (DPRK): CAMEO 161 "Reduce or break diplomatic relations" (root 16 "Reduce relations", material conflict), Goldstein −4.0',
      '  return-liaison (DPRK): CAMEO 036 "Express intent to meet or negotiate" (root 03 "Express intent to cooperate", verbal cooperation), Goldstein +4.0',
    ]);
  });

  it('should name every actor of a joint move, and say an uncoded event has no code and whose weight it carries', () => {
    const { code, stdout } = whn('--explain', join(root, 'tests/fixtures/engine-parties.yaml'));
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toContain('  exercise (US, ROK): CAMEO 152 "Increase military alert status" (root 15 "Exhibit force posture", material conflict), Goldstein −7.2');
    expect(lines).toContain("  pause-tests (DPRK): no CAMEO code (cameo: none), Goldstein +1.0 (the scenario's weight): A silence is no CAMEO event, but it reads as mild restraint.");
    expect(stdout).not.toContain('not in the CAMEO table');
  });

  it('should show a plausible wrong code for what it is: 0233 asks for aid, it does not approve it', () => {
    const file = join(dir, 'aid.yaml');
    writeFileSync(file, readFileSync(minimal, 'utf8').replace('label: Expand sanctions', 'label: Approve food aid').replace('cameo: "163"', 'cameo: "0233"'));
    const { code, stdout } = whn('--explain', file);
    expect(code).toBe(0);
    expect(stdout).toContain('  expand-sanctions (US): CAMEO 0233 "Appeal for humanitarian aid" (root 02 "Appeal", verbal cooperation), Goldstein +3.4');
  });

  it('should add the moves to each valid file of the --json report', () => {
    const { code, stdout } = whn('--json', '--explain', full);
    expect(code).toBe(0);
    const [report] = (JSON.parse(stdout) as { files: { moves: Record<string, unknown>[] }[] }).files;
    expect(report?.moves).toHaveLength(4);
    expect(report?.moves[1]).toEqual({
      move: 'cancel-sanctions',
      actors: ['us'],
      cameo: '081',
      description: 'Ease administrative sanctions, not specified below',
      root: { code: '08', description: 'Yield' },
      quadClass: 'material cooperation',
      tableGoldstein: 5,
      goldstein: 3,
      override: { value: 3, reason: 'A reversal by tweet is less than an easing of sanctions proper.' },
    });
    expect(Object.keys(JSON.parse(whn('--json', full).stdout).files[0])).not.toContain('moves');
  });

  it('should print no moves without --explain, and none for an invalid file', () => {
    expect(whn(full).stdout).not.toContain('CAMEO');
    const { code, stdout, stderr } = whn('--explain', join(root, 'tests/fixtures/invalid/unknown-cameo.yaml'));
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/moves\[0\]\.cameo: CAMEO code '1699' is not in the CAMEO table — root 16/);
  });

  it('should document --explain in its help', () => {
    const { code, stdout } = whn('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('usage: whn validate <file…> [--json] [--explain]');
    expect(stdout).toMatch(/--explain +after each valid scenario, print each move's CAMEO code/);
  });
});
