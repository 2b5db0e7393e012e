import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The outputs in tests/fixtures/rollout-golden/ were written by `whn rollout` before the engine's
// state representation and statistics changed (issue 13): same seed, same fan, outcomes and paths.
const root = fileURLToPath(new URL('../../../', import.meta.url));
const golden = (name: string) => readFileSync(`${root}tests/fixtures/rollout-golden/${name}`, 'utf8');

function whn(...args: string[]) {
  const result = spawnSync(process.execPath, ['bin/whn.mjs', ...args], { cwd: root, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout;
}

describe.each(['march-2019', 'tutorial'])('whn rollout on %s, compared with the output stored before issue 13', (name) => {
  it('should give the same JSON for the same seed', () => {
    const stored = JSON.parse(golden(`${name}.json`)) as Record<string, unknown>;
    const now = JSON.parse(whn('rollout', `scenarios/${name}.yaml`, '--runs', '4000', '--depth', '12', '--seed', '7')) as Record<string, unknown>;
    for (const key of Object.keys(stored)) expect(now[key], key).toEqual(stored[key]);
  });

  it('should give the same CSV for the same seed', () => {
    expect(whn('rollout', `scenarios/${name}.yaml`, '--runs', '2000', '--depth', '8', '--seed', '123', '--format', 'csv')).toBe(golden(`${name}.csv`));
  });
});
