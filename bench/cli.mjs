// npm run bench:cli — start-up of the `whn` command line against a bare `node -e 0`, measured
// side by side in one run (interleaved rounds, medians), with issue 13's targets:
// `whn --help` within 2× and `whn validate scenarios/march-2019.yaml` within 4×.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(`${root}dist-cli/main.mjs`)) {
  console.error('bench:cli: dist-cli/main.mjs is missing — run "npm run build:cli" first');
  process.exit(1);
}
const ROUNDS = Number(process.env.ROUNDS ?? 15);
const cases = [
  { name: 'node -e 0', args: ['-e', '0'] },
  { name: 'whn --help', args: ['bin/whn.mjs', '--help'], target: 2 },
  { name: 'whn validate march-2019', args: ['bin/whn.mjs', 'validate', 'scenarios/march-2019.yaml'], target: 4 },
];
const times = cases.map(() => []);
for (let round = 0; round < ROUNDS; round++) {
  cases.forEach((c, i) => {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, c.args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.status !== 0) {
      console.error(`bench:cli: ${c.name} exited ${result.status}: ${result.stderr}`);
      process.exit(1);
    }
    times[i].push(ms);
  });
}
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const base = median(times[0]);
console.log(`start-up, median of ${ROUNDS} interleaved rounds (node ${process.version})`);
console.log('command'.padEnd(28) + 'median ms'.padStart(10) + 'min ms'.padStart(9) + 'ratio'.padStart(8) + 'target'.padStart(8));
let ok = true;
cases.forEach((c, i) => {
  const m = median(times[i]);
  const ratio = m / base;
  const met = c.target === undefined || ratio <= c.target;
  ok &&= met;
  console.log(
    c.name.padEnd(28) + m.toFixed(0).padStart(10) + Math.min(...times[i]).toFixed(0).padStart(9) + `${ratio.toFixed(2)}×`.padStart(8) + (c.target ? `≤ ${c.target}× ${met ? 'ok' : 'MISSED'}` : '').padStart(12),
  );
});
process.exitCode = ok ? 0 : 1;
